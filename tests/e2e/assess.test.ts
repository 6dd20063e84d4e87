import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { scoreRespondent } from '../../src/core/assessment.ts';
import { encodeAnswerCode, newRespondentId } from '../../src/core/assessment-code.ts';
import { describeGap } from '../../src/core/assessment-gap.ts';
import { buildAssessmentModel } from '../../src/core/assessment-model.ts';
import { combineTeam } from '../../src/core/assessment-team.ts';
import type { AnswersFile, RespondentRole } from '../../src/schemas/assessment.ts';
import { CATEGORIES } from '../../src/schemas/taxonomy.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { countPdfPages } from '../support/pdf.ts';

const { browser, siteUrl } = useBrowser();
const library = await sharedLibrary();
const model = buildAssessmentModel(library.modes, CATEGORIES);
const total = model.modes.reduce((sum, m) => sum + m.questions, 0);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'assess-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The answer that means `health` (1 unhealthy to 5 healthy) on a mode's headline statement: turned
 * round where agreeing is the unhealthy answer, so the tests say what each person thinks, not which box.
 */
function answerFor(mode: (typeof model.modes)[number], health: number): number {
  return mode.reversed.includes(mode.headline) ? 6 - health : health;
}

/** Answers the quick scan by clicking: the headline statement of every mode, meaning `valueFor(mode)`. */
async function quickScan(page: Page, role: string, valueFor: (id: string) => number, name = '') {
  await page.getByRole('radio', { name: role, exact: true }).check();
  if (name) await page.getByRole('textbox', { name: /Your name/ }).fill(name);
  for (const mode of model.modes) await page.locator(`input[name="q:${mode.id}:${mode.headline}"][value="${answerFor(mode, valueFor(mode.id))}"]`).check();
}

/**
 * The same quick scan answered in one step, for tests about what happens after it: each radio gets
 * the DOM click a person's click would give it, so the page's own handlers run, without Playwright's
 * per-click checks (about 0.1 CPU-s each, 24 per scan). The clicks themselves are tested by
 * `quickScan` in the first test and in `codeFrom`.
 */
async function quickScanAtOnce(page: Page, role: string, valueFor: (id: string) => number) {
  await page.getByRole('radio', { name: role, exact: true }).check();
  const names = model.modes.map((mode) => `input[name="q:${mode.id}:${mode.headline}"][value="${answerFor(mode, valueFor(mode.id))}"]`);
  const missing = await page.evaluate((selectors) => selectors.filter((selector) => {
    const input = document.querySelector<HTMLInputElement>(selector);
    input?.click();
    return !input?.checked;
  }), names);
  expect(missing, 'statements that could not be answered').toEqual([]);
}

/** The same quick scan as an answers file, to compute what the page should show. */
function quickFile(role: RespondentRole, valueFor: (id: string) => number): AnswersFile {
  return { format: 'service-playbook-assessment', version: 1, respondent: { name: '', role }, answers: Object.fromEntries(model.modes.map((m) => [m.id, { [String(m.headline)]: answerFor(m, valueFor(m.id)) }])), warningSigns: {} };
}

/** The text of a download, read from where Chromium saved it. */
async function saved(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}

/** One person takes the quick scan in their own browser and copies their answer code. */
async function codeFrom(b: Browser, role: string, valueFor: (id: string) => number, name = '', company = ''): Promise<string> {
  const { page, done } = await openPage(b, `${siteUrl()}/assess/`);
  if (company) await page.getByRole('textbox', { name: /Company name/ }).fill(company);
  await quickScan(page, role, valueFor, name);
  await page.getByRole('button', { name: 'See my results' }).click();
  const code = await page.getByRole('textbox', { name: 'Your answer code' }).inputValue();
  await done();
  return code;
}

/**
 * Someone else's answer code for a quick scan, made by the encoder the page itself runs
 * (src/site/assess uses encodeAnswerCode), with a fresh respondent id as each browser makes. The
 * page's own code, from clicks, is checked by codeFrom; these stand for colleagues' codes.
 */
function codeFor(role: RespondentRole, valueFor: (id: string) => number): string {
  const file = quickFile(role, valueFor);
  return encodeAnswerCode(model, { ...file, respondent: { ...file.respondent, id: newRespondentId() } });
}

/** Hard for the front line, fine for leadership: the gap the articles describe. */
const hard = new Set(['understaffing', 'clunky-tools', 'empowerment-in-name-only', 'one-and-done-training']);
const PEOPLE: { role: RespondentRole; label: string; name: string; valueFor: (id: string) => number }[] = [
  { role: 'leader', label: 'Leader', name: 'Lea', valueFor: () => 5 },
  { role: 'manager', label: 'Manager', name: '', valueFor: (id) => (hard.has(id) ? 3 : 4) },
  { role: 'frontline', label: 'Frontline', name: '', valueFor: (id) => (hard.has(id) ? 1 : id === 'no-room-for-fun' ? 5 : 3) },
  { role: 'frontline', label: 'Frontline', name: '', valueFor: (id) => (hard.has(id) ? 1 : 4) },
];

describe.skipIf(browserTestsSkipped)('the self-assessment page in Chromium', () => {
  test('the quick scan asks one headline statement per mode, ranks them, and offers a deep dive on the top few', { timeout: 120_000 }, async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await expect(page.locator('fieldset.statement:visible').count()).resolves.toBe(model.modes.length);
    await expect(page.getByRole('heading', { name: 'Anonymous unless everyone gives a name' }).isVisible()).resolves.toBe(true);
    const valueFor = (id: string) => (id === 'understaffing' ? 1 : id === 'no-recovery-plan' ? 2 : 4);
    await quickScan(page, 'Manager', valueFor);
    await expect(page.locator('#progress-text').textContent()).resolves.toBe(`Quick scan done: all ${model.modes.length} statements answered.`);
    await page.getByRole('button', { name: 'See my results' }).click();
    const expected = scoreRespondent(model, quickFile('manager', valueFor));
    await expect(page.locator('#results-ranking > li > a').allTextContents()).resolves.toEqual(expected.ranking.map((m) => m.title));
    await expect(page.locator('#results-ranking > li').first().textContent()).resolves.toMatch(/Need 100 of 100, urgent\. Scored by quick scan \(1 statement\)\./);

    await page.getByRole('button', { name: 'Go deeper on these 3' }).click();
    const top = expected.ranking.slice(0, 3).map((m) => m.id);
    for (const id of model.modes.map((m) => m.id)) await expect(page.locator(`[data-deeper="${id}"]`).isVisible(), id).resolves.toBe(top.includes(id));
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toMatch(new RegExp(`^q:${top[0]}:`));
    const understaffing = model.modes.find((m) => m.id === 'understaffing')!;
    const other = understaffing.headline === 0 ? 1 : 0;
    await page.locator(`input[name="q:understaffing:${other}"][value="3"]`).check();
    await expect(page.locator('#progress-text').textContent()).resolves.toMatch(/Deep dive: 1 more\./);
    await expect(page.locator('#results-ranking > li').filter({ hasText: understaffing.title }).textContent()).resolves.toMatch(/Scored by deep dive \(2 of \d statements, 0 of \d warning signs\)/);

    await page.reload();
    await expect(page.locator(`[data-deeper="understaffing"]`).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: /^Show all \d+ statements/ }).click();
    await expect(page.locator('fieldset.statement:visible').count()).resolves.toBe(total);
    await done();
  });

  test('the downloaded handbook config generates a handbook', { timeout: 120_000 }, async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    const valueFor = (id: string) => (id === 'understaffing' ? 1 : id === 'no-recovery-plan' ? 2 : 4);
    await page.getByRole('textbox', { name: /Company name/ }).fill('Hearth & Loom');
    await quickScanAtOnce(page, 'Manager', valueFor);
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('combobox', { name: 'Chapters in the handbook' }).selectOption('4');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download handbook config' }).click()]);
    expect(download.suggestedFilename()).toBe('handbook.yaml');
    const configPath = join(work, 'handbook.yaml');
    await download.saveAs(configPath);
    const config = parse(readFileSync(configPath, 'utf8'));
    expect(config.company).toBe('Hearth & Loom');
    const expected = scoreRespondent(model, quickFile('manager', valueFor));
    expect(config.priorities).toEqual(expected.ranking.slice(0, 4).map((m) => m.id));
    await done();

    expect(existsSync('bin/playbook.mjs')).toBe(true);
    const out = join(work, 'handbook');
    const run = spawnSync(process.execPath, ['bin/playbook.mjs', 'generate', '--config', configPath, '--out', out, '--format', 'html,md', '--quiet'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'handbook.html'), 'utf8')).toMatch(/id="chapter-understaffing"/);
  });

  test('four people take the quick scan, exchange codes, and the team view ranks them and tells the truth about the gap', { timeout: 240_000 }, async () => {
    const [leader, manager, frontline1, frontline2] = PEOPLE;
    // The leader's code comes from the page, as a person makes it; the front line's from the same encoder.
    const codes = [await codeFrom(browser(), 'Leader', leader!.valueFor, leader!.name), '', codeFor('frontline', frontline1!.valueFor), codeFor('frontline', frontline2!.valueFor)];
    for (const code of codes.filter(Boolean)) expect(code).toMatch(/^SPA1-[A-Za-z0-9_-]{20,200}$/);
    const expected = combineTeam(model, PEOPLE.map((p) => quickFile(p.role, p.valueFor)));
    const wording = describeGap(expected.gap);
    expect(expected.gap.verdict).toBe('frontline-higher');

    // The manager takes it too, opens the leader's link, pastes the front line's codes (one twice, one broken) and adds their own.
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await quickScanAtOnce(page, 'Manager', manager!.valueFor);
    await page.goto(`${siteUrl()}/assess/#code=${codes[0]}`);
    await page.locator('#team-status').filter({ hasText: 'Added the answers from the link you opened.' }).waitFor();
    const broken = codes[2]!.slice(0, -5);
    await page.getByRole('textbox', { name: 'Answer codes from your team' }).fill(`From Fay: ${codes[2]}\nFrom Finn:\n${codes[3]}\nagain: ${codes[3]}\n${broken}`);
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Some codes were added, but not these:.*incomplete or mistyped/);
    await page.getByRole('button', { name: 'Add my own answers' }).click();
    await page.locator('#team-status').filter({ hasText: '4 people combined' }).waitFor();

    await expect(page.locator('#team-headline').textContent()).resolves.toBe(wording.headline);
    await expect(page.locator('#team-summary').textContent()).resolves.toContain(wording.details[1]!);
    // Not everyone gave a name, so nobody's shows: Lea is "Leader".
    await expect(page.locator('#team-people').textContent()).resolves.toMatch(/^Leader: quick scan.*Frontline 1: quick scan.*Frontline 2: quick scan.*Manager: quick scan/);
    await expect(page.locator('#team-results').textContent()).resolves.not.toMatch(/\bLea\b/);
    await expect(page.locator('#team-notes').textContent()).resolves.toMatch(/has the same answers as .*counted once/);
    const rows = await page.locator('#team-table tbody tr th').allTextContents();
    expect(rows).toEqual(expected.ranking.map((m) => m.title));
    const first = await page.locator('#team-table tbody tr').first().locator('th, td').allTextContents();
    const top = expected.ranking[0]!;
    expect(first).toEqual([top.title, ...[top.need, top.leadership, top.frontline].map((n) => String(Math.round(n!))), `+${Math.round(top.gap!)}`, 'quick scan']);

    // Codes are kept, so a reload (or the next person's link) adds to the same team.
    await page.reload();
    await page.locator('#team-status').filter({ hasText: '4 people combined' }).waitFor();

    // The one-page report for the leadership meeting, on A4 and on Letter.
    await page.evaluate(() => document.body.classList.add('printing-team'));
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      const file = join(work, `report-${format}.pdf`);
      writeFileSync(file, pdf);
      if (process.env.KEEP_REPORT) writeFileSync(`/tmp/report-${format}.pdf`, pdf);
      expect(countPdfPages(pdf), `${format} pages`).toBe(1);
      const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(text).toContain('Service self-assessment: team report');
      expect(text).toContain(wording.headline.replace(/\s+/g, ' ').slice(0, 60));
      expect(text).toContain(expected.ranking[0]!.title);
      expect(text).not.toContain(expected.ranking[10]!.title);
    }
    await done();
  });

  test('the team view hands its ranked priorities and the company name over to the handbook builder', { timeout: 180_000 }, async () => {
    // A leader who gives the company name, and two people from the front line; their needs differ
    // mode by mode, so the combined ranking is not any one person's.
    const people: { role: RespondentRole; valueFor: (id: string) => number }[] = [
      { role: 'leader', valueFor: (id) => 1 + (id.length % 5) },
      { role: 'frontline', valueFor: (id) => (hard.has(id) ? 1 : 2 + (id.charCodeAt(0) % 4)) },
      { role: 'frontline', valueFor: (id) => (hard.has(id) ? 2 : 5 - (id.length % 4)) },
    ];
    const company = 'Heron & Co <Ltd>';
    // The leader types the company name on the page; the front line's codes come from the same encoder.
    const [leader, ...frontline] = people;
    const codes = [await codeFrom(browser(), 'Leader', leader!.valueFor, '', company), ...frontline.map((person) => codeFor(person.role, person.valueFor))];
    const expected = combineTeam(model, people.map((p, i) => ({ ...quickFile(p.role, p.valueFor), ...(i === 0 ? { company } : {}) })));
    expect(expected.company).toBe(company);

    // Someone who has not taken it themselves collects the codes.
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await page.getByRole('textbox', { name: 'Answer codes from your team' }).fill(codes.join('\n'));
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await page.locator('#team-status').filter({ hasText: '3 people combined' }).waitFor();
    const top = Number(await page.locator('#top-count').inputValue());
    const wanted = expected.ranking.slice(0, top).map((m) => m.id);
    expect(wanted.length).toBeGreaterThanOrEqual(3);
    await expect(page.locator('#team-table tbody tr th').allTextContents()).resolves.toEqual(expected.ranking.map((m) => m.title));

    await page.locator('#build-team-link').click();
    await page.waitForURL(/\/build\/$/);
    await expect.poll(() => page.locator('#chosen li[data-id]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id))).toEqual(wanted);
    await expect.poll(() => page.getByLabel('Company name').inputValue()).toBe(company);
    await expect.poll(() => page.locator('#status').textContent()).toContain(`Took ${top} priorities and the company name from your self-assessment, in rank order`);
    // The fragment that carried them is gone from the address, so a reload or a shared link does not repeat it.
    expect(new URL(page.url()).hash).toBe('');
    await done();
  });

  test('a broken team file is reported by file name and field, and nothing is combined', async () => {
    const bad = join(work, 'answers-broken.json');
    writeFileSync(bad, JSON.stringify({ ...quickFile('frontline', () => 3), respondent: { name: 'Al', role: 'boss' } }));
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await page.getByLabel('Or choose answers files exported from this page (.json)').setInputFiles([bad]);
    const alert = page.getByRole('alert');
    await alert.getByRole('listitem').first().waitFor();
    await expect(alert.textContent()).resolves.toMatch(/answers-broken\.json, respondent\.role: expected one of leader, manager, frontline, other/);
    await expect(page.locator('#team-results').isVisible()).resolves.toBe(false);
    await done();
  });

  test('an exported answers file is read back by the team view, and names in files stay text', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await page.locator('input[name="q:understaffing:0"][value="2"]').check();
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('button', { name: 'Export my answers as a file' }).click();
    await expect(page.locator('#results-note').textContent()).resolves.toMatch(/Choose your role/);
    await page.getByRole('radio', { name: 'Frontline' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my answers as a file' }).click()]);
    expect(download.suggestedFilename()).toBe('answers-frontline.json');
    const exported = JSON.parse(await saved(download)) as AnswersFile;
    expect(exported).toMatchObject({ respondent: { name: '', role: 'frontline', id: expect.stringMatching(/^[A-Za-z0-9_-]{8}$/) }, answers: { understaffing: { '0': 2 } } });
    const hostile = join(work, 'answers-hostile.json');
    writeFileSync(hostile, JSON.stringify({ ...exported, respondent: { name: '<img src=x onerror=alert(1)>', role: 'leader' }, company: '</script><b>x</b>' }));
    const named = join(work, 'answers-named.json');
    writeFileSync(named, JSON.stringify({ ...exported, respondent: { name: 'Fay "the" \\ one', role: 'frontline' } }));
    page.on('dialog', () => expect.fail('a dialog opened'));
    await page.getByLabel('Or choose answers files exported from this page (.json)').setInputFiles([hostile, named]);
    await page.locator('#team-results:not([hidden])').waitFor();
    await expect(page.locator('#team-people').textContent()).resolves.toMatch(/<img src=x onerror=alert\(1\)>: quick scan.*Fay "the" \\ one/);
    await expect(page.locator('#team-results img, #team-results b').count()).resolves.toBe(0);
    await done();
  });

  test('the keyboard alone can answer a statement, and progress is announced', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await page.locator('input[name^="q:"]').first().focus();
    await page.keyboard.press('Space');
    await expect(page.locator('#progress-text').textContent()).resolves.toBe(`Quick scan: 1 of ${model.modes.length} statements answered.`);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('input[name^="q:"][value="2"]').first().isChecked()).resolves.toBe(true);
    await expect(page.locator('#progress-text').getAttribute('aria-live')).resolves.toBe('polite');
    await done();
  });

  test('start over clears the answers, after a confirmation', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await page.locator('input[name="q:understaffing:0"][value="2"]').check();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Keep my answers' }).click();
    await expect(page.locator('input[name="q:understaffing:0"][value="2"]').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, clear all answers' }).click();
    await page.reload();
    await expect(page.locator('input[name^="q:"]:checked').count()).resolves.toBe(0);
    await done();
  });

  test('its first-visit script is small, and neither zod nor the YAML writer is part of it', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    const scripts = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src));
    expect(scripts).toHaveLength(1);
    const body = await (await fetch(scripts[0]!)).text();
    expect(gzipSync(body).length).toBeLessThan(10_000);
    expect(body).not.toMatch(/ZodError|invalid_type_error|doubleQuotedMinMultiLineLength/);
    await done();
  });

  test.each(['light', 'dark'] as const)('has no axe violations in the %s scheme, with results, the deep dive and the team view shown', async (colorScheme) => {
    const context = await browser().newContext({ colorScheme });
    await context.addInitScript({ content: axeSource });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/assess/`);
    // The untouched page in the light scheme is already checked by pages.test.ts.
    if (colorScheme === 'dark') expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Leader', exact: true }).check();
    await page.locator('input[name="q:understaffing:0"][value="1"]').check();
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('button', { name: /^Go deeper on/ }).click();
    const code = await page.getByRole('textbox', { name: 'Your answer code' }).inputValue();
    const other = codeFor('frontline', () => 2);
    await page.getByRole('textbox', { name: 'Answer codes from your team' }).fill(`${code} ${other} SPA1-broken`);
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await page.locator('#team-results:not([hidden])').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('fits a 320 px wide screen without horizontal scrolling, results and team view included', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`, { viewport: { width: 320, height: 640 } });
    await page.getByRole('radio', { name: 'Frontline', exact: true }).check();
    await page.locator('input[name="q:understaffing:0"][value="1"]').check();
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('button', { name: 'Add my own answers' }).click();
    await page.locator('#team-results:not([hidden])').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await done();
  });
});
