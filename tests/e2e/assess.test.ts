import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Download, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildAssessmentModel, combineTeam, scoreRespondent } from '../../src/core/assessment.ts';
import { loadLibrary } from '../../src/core/load.ts';
import type { AnswersFile, RespondentRole } from '../../src/schemas/assessment.ts';
import { CATEGORIES } from '../../src/schemas/taxonomy.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';

const { browser, siteUrl } = useBrowser();
const library = await loadLibrary();
const model = buildAssessmentModel(library.modes, CATEGORIES);
const total = model.modes.reduce((sum, m) => sum + m.questions, 0);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'assess-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every statement answered 4, except the listed modes; a few signs ticked. */
const LOW: Record<string, number> = { understaffing: 1, 'no-recovery-plan': 2 };
const TICKED: Record<string, number[]> = { 'no-recovery-plan': [0, 2] };

/** An answers file for a person who gives every statement of a mode the value `valueFor(mode)`. */
function answersOf(name: string, role: RespondentRole, valueFor: (id: string) => number, ticked: Record<string, number[]> = {}): AnswersFile {
  return {
    format: 'service-playbook-assessment',
    version: 1,
    respondent: { name, role },
    answers: Object.fromEntries(model.modes.map((m) => [m.id, Object.fromEntries(Array.from({ length: m.questions }, (_, i) => [String(i), valueFor(m.id)]))])),
    warningSigns: ticked,
  };
}

/** Answers the whole questionnaire by clicking, as a person would. */
async function answerEverything(page: Page) {
  for (const mode of model.modes) {
    for (let i = 0; i < mode.questions; i++) await page.locator(`input[name="q:${mode.id}:${i}"][value="${LOW[mode.id] ?? 4}"]`).check();
  }
  for (const [id, signs] of Object.entries(TICKED)) {
    const details = page.locator(`fieldset[data-mode="${id}"] details`);
    await details.locator('summary').click();
    for (const i of signs) await details.locator(`input[value="${i}"]`).check();
  }
}

/** The text of a download; the shared Chromium is remote, so the file is copied here first. */
let downloads = 0;
async function saved(download: Download): Promise<string> {
  const path = join(work, `download-${++downloads}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}

describe.skipIf(browserTestsSkipped)('the self-assessment page in Chromium', () => {
  const expected = scoreRespondent(model, { ...answersOf('Sam', 'manager', (id) => LOW[id] ?? 4, TICKED), company: 'Hearth & Loom' });

  test('answers survive a reload, the results rank the modes, and the downloaded config generates a handbook', { timeout: 180_000 }, async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await expect(page.getByRole('status').first().textContent()).resolves.toBe(`0 of ${total} statements answered.`);
    await page.getByRole('textbox', { name: 'Your name or initials' }).fill('Sam');
    await page.getByRole('textbox', { name: /Company name/ }).fill('Hearth & Loom');
    await page.getByRole('radio', { name: 'Manager' }).check();
    await answerEverything(page);
    await expect(page.locator('#progress-text').textContent()).resolves.toBe(`All ${total} statements answered.`);

    await page.reload();
    await expect(page.locator('#progress-text').textContent()).resolves.toBe(`All ${total} statements answered.`);
    await expect(page.locator('input[name="q:understaffing:0"][value="1"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[name="w:no-recovery-plan"][value="2"]').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: /Company name/ }).inputValue()).resolves.toBe('Hearth & Loom');
    await expect(page.getByRole('radio', { name: 'Manager' }).isChecked()).resolves.toBe(true);

    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('results-title');
    const ranked = await page.locator('#results-ranking > li > a').allTextContents();
    expect(ranked).toEqual(expected.ranking.map((m) => m.title));
    await expect(page.locator('#results-ranking > li > a').first().getAttribute('href')).resolves.toBe('/modes/understaffing/');
    await expect(page.locator('#results-summary').textContent()).resolves.toContain(`Start with ${expected.ranking[0]!.title} (80), ${expected.ranking[1]!.title} (68)`);
    await expect(page.getByRole('img', { name: /Need by category/ }).count()).resolves.toBe(1);

    await page.getByRole('combobox', { name: 'Chapters in the handbook' }).selectOption('4');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download handbook config' }).click()]);
    expect(download.suggestedFilename()).toBe('handbook.yaml');
    const configPath = join(work, 'handbook.yaml');
    await download.saveAs(configPath);
    const config = parse(readFileSync(configPath, 'utf8'));
    expect(config.company).toBe('Hearth & Loom');
    expect(config.priorities).toEqual(expected.ranking.slice(0, 4).map((m) => m.id));
    await done();

    expect(existsSync('bin/playbook.mjs')).toBe(true);
    const out = join(work, 'handbook');
    const run = spawnSync(process.execPath, ['bin/playbook.mjs', 'generate', '--config', configPath, '--out', out, '--format', 'html,md', '--quiet'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const html = readFileSync(join(out, 'handbook.html'), 'utf8');
    expect(html).toMatch(/Hearth (?:&amp;|&#x26;) Loom/);
    // The chapters are the downloaded priorities, in ranked order.
    expect(html.indexOf('id="chapter-understaffing"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="chapter-understaffing"')).toBeLessThan(html.indexOf('id="chapter-no-recovery-plan"'));
    expect(existsSync(join(out, 'handbook.md'))).toBe(true);
  });

  test('the keyboard alone can answer a statement, and progress is announced', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await page.locator('input[name^="q:"]').first().focus();
    await page.keyboard.press('Space');
    await expect(page.locator('#progress-text').textContent()).resolves.toBe(`1 of ${total} statements answered.`);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('input[name^="q:"][value="2"]').first().isChecked()).resolves.toBe(true);
    await expect(page.locator('#progress-text').getAttribute('aria-live')).resolves.toBe('polite');
    await done();
  });

  test('team mode combines several exports and leads with the leadership-vs-front-line gap', async () => {
    const hard = new Set(['understaffing', 'clunky-tools', 'empowerment-in-name-only']);
    const team = [
      answersOf('Lea', 'leader', () => 5),
      answersOf('Tom', 'manager', (id) => (hard.has(id) ? 3 : 4)),
      answersOf('Fay', 'frontline', (id) => (hard.has(id) ? 1 : 3), { understaffing: [0, 1, 2] }),
      answersOf('Finn', 'frontline', (id) => (hard.has(id) ? 1 : 4)),
    ];
    const files = team.map((file) => {
      const path = join(work, `answers-${file.respondent.name.toLowerCase()}.json`);
      writeFileSync(path, JSON.stringify(file));
      return path;
    });
    const combined = combineTeam(model, team);

    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.getByLabel('Answer files from your team (choose several)').setInputFiles(files);
    const headline = page.getByRole('heading', { name: /points more need than leadership/ });
    await headline.waitFor();
    await expect(headline.textContent()).resolves.toBe(`The front line sees ${Math.round(combined.gap.points!)} points more need than leadership does`);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('team-headline');
    await expect(page.locator('#team-summary').textContent()).resolves.toMatch(/Combined from 4 people: Lea \(leader\), Tom \(manager\), Fay \(frontline\) and Finn \(frontline\)/);
    await expect(page.getByRole('link', { name: 'leaders rate service higher than customers and staff do' }).count()).resolves.toBe(1);
    const disagreements = await page.locator('#team-disagreements > li > a').allTextContents();
    expect(disagreements).toEqual(combined.disagreements.map((m) => m.title));
    expect(disagreements.length).toBeGreaterThan(0);
    const firstRow = await page.locator('#team-table tbody tr').first().locator('th, td').allTextContents();
    const top = combined.ranking[0]!;
    expect(firstRow).toEqual([top.title, ...[top.need, top.leadership, top.frontline, top.spread].map((n) => String(Math.round(n!)))]);
    // The file reader (with zod) is fetched only now, when a team imports files.
    expect(scripts.some((url) => /assessment-file/.test(url))).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download team handbook config' }).click()]);
    const config = parse(await saved(download));
    expect(config.priorities).toEqual(combined.ranking.slice(0, 5).map((m) => m.id));
    await done();
  });

  test('a broken team file is reported by file name and field, and nothing is combined', async () => {
    const bad = join(work, 'answers-broken.json');
    writeFileSync(bad, JSON.stringify({ ...answersOf('Al', 'frontline', () => 3), respondent: { name: 'Al', role: 'boss' } }));
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await page.getByLabel('Answer files from your team (choose several)').setInputFiles([bad]);
    const alert = page.getByRole('alert');
    await alert.getByRole('listitem').first().waitFor();
    await expect(alert.textContent()).resolves.toMatch(/answers-broken\.json, respondent\.role: expected one of leader, manager, frontline, other/);
    await expect(page.locator('#team-results').isVisible()).resolves.toBe(false);
    await done();
  });

  test('exporting answers downloads a file the team view reads back', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    await page.locator('input[name="q:understaffing:0"][value="2"]').check();
    await page.getByRole('button', { name: 'Export my answers' }).first().click();
    await expect(page.locator('#export-note').textContent()).resolves.toMatch(/Choose your role/);
    await page.getByRole('radio', { name: 'Frontline' }).check();
    await page.getByRole('textbox', { name: 'Your name or initials' }).fill('Ana B');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my answers' }).first().click()]);
    expect(download.suggestedFilename()).toBe('answers-ana-b.json');
    const exported = JSON.parse(await saved(download)) as AnswersFile;
    expect(exported).toMatchObject({ respondent: { name: 'Ana B', role: 'frontline' }, answers: { understaffing: { '0': 2 } } });
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

  test('its only script is small, and zod is not part of it', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    const scripts = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src));
    expect(scripts).toHaveLength(1);
    const body = await (await fetch(scripts[0]!)).text();
    expect(gzipSync(body).length).toBeLessThan(10_000);
    expect(body).not.toMatch(/ZodError|invalid_type_error/);
    await done();
  });

  test.each(['light', 'dark'] as const)('has no axe violations in the %s scheme, with results and the team view shown', async (colorScheme) => {
    const context = await browser().newContext({ colorScheme });
    await context.addInitScript({ content: axeSource });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/assess/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('input[name="q:understaffing:0"][value="1"]').check();
    await page.locator('input[name="q:no-service-vision:1"][value="3"]').check();
    await page.getByRole('button', { name: 'See my results' }).click();
    const file = join(work, `answers-axe-${colorScheme}.json`);
    writeFileSync(file, JSON.stringify(answersOf('Lea', 'leader', () => 5)));
    const second = join(work, `answers-axe-${colorScheme}-2.json`);
    writeFileSync(second, JSON.stringify(answersOf('Fay', 'frontline', () => 2)));
    await page.getByLabel('Answer files from your team (choose several)').setInputFiles([file, second]);
    await page.locator('#team-results:not([hidden])').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('fits a 320 px wide screen without horizontal scrolling, results included', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`, { viewport: { width: 320, height: 640 } });
    await page.locator('input[name="q:understaffing:0"][value="1"]').check();
    await page.getByRole('button', { name: 'See my results' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await done();
  });
});
