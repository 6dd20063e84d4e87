/**
 * The handbook builder (/build/) with a company's own words, in real Chromium: role titles, a note,
 * plays left out, plays and an example of its own, chapters it writes itself. Filled by hand, the
 * handbook and every download are the bytes `playbook generate` writes from the config.yaml it
 * downloads; that file opens again with every field filled; the draft survives a reload; the
 * Markdown parser is fetched only once there is Markdown; hostile Markdown is refused beside its
 * box in plain words and other hostile text stays text; chapters of one's own are reordered by
 * keyboard with focus kept; no axe violations, usable at 320 px.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import {
  axeSource,
  axeViolations,
  downloadBytes,
  sidewaysScroll,
  loadedScripts,
} from '../support/page-checks.ts';

const { browser, siteUrl } = useBrowser();
const library = await sharedLibrary();
const mode = (id: string) => library.modes.find((m) => m.id === id)!;
const title = (id: string) => mode(id).title;
const work = mkdtempSync(join(tmpdir(), 'build-own-e2e-'));
afterAll(() => {
  if (!process.env.KEEP_E2E) rmSync(work, { recursive: true, force: true });
});
const it = browserTestsSkipped ? test.skip : test;

/** `playbook generate` on a config the builder downloaded, the way a person would run it later. */
async function generateWithCli(name: string, config: Buffer): Promise<string> {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.yaml'), config);
  let stderr = '';
  const code = await runCli(
    ['generate', '-c', 'config.yaml', '-q', '--out', 'out', '--format', 'html,md,docx,handouts,kits,ics'],
    {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      cwd: dir,
      env: { PLAYBOOK_CONTENT_DIR: resolve('content'), CHROMIUM_PATH: join(work, 'none') },
    },
  );
  expect(code, stderr).toBe(0);
  return join(dir, 'out');
}

const previewReady = (page: Page) =>
  expect.poll(() => page.locator('#preview-status').textContent(), { timeout: 15_000 }).toMatch(/^Preview:/);

/** The fields every handbook needs (a name, a vision, chapters, two standards), so a preview can show. */
async function fillCompany(page: Page, company: string, chapters: string[]): Promise<void> {
  await page.getByLabel('Company name').fill(company);
  await page.getByLabel(/Service vision/).fill('Every rider is back on the road quickly.');
  for (const id of chapters)
    await page.getByRole('button', { name: `Add ${title(id)}`, exact: true }).click();
  await page.getByLabel('First response', { exact: true }).fill('2 hours');
  await page.getByLabel('Callback', { exact: true }).fill('the same working day');
}

/** A chapter's fold of the company's words, opened. */
async function openFold(page: Page, id: string): Promise<Locator> {
  const fold = page.locator(`details[data-id="${id}"]`);
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator('summary').click();
  return fold;
}

/** Fills every kind of the company's own words into a form that has the chapters below. */
async function fillOwnWords(page: Page): Promise<void> {
  await page.getByText('Your titles for the 14 roles').click();
  await page.getByLabel('Your title for Team leader', { exact: true }).fill('Shift supervisor');
  await page.getByLabel('Your title for Training lead', { exact: true }).fill('Coach');

  const recovery = await openFold(page, 'no-recovery-plan');
  await page
    .getByLabel('Note at the top (chapter 2)', { exact: true })
    .fill('Our busiest day is **Saturday**; the rota is on the staff app.\n\n- Ask first\n- Then act');
  await recovery.getByLabel(/Train and rehearse before it is needed/).check();
  await recovery.getByRole('button', { name: 'Add a play of your own' }).click();
  await page
    .getByLabel('What to do (chapter 2, your play 1)')
    .fill('Call back every Saturday complaint by Monday');
  await page.getByLabel('Who does it (chapter 2, your play 1)').selectOption('team-leader');
  await page.getByLabel('Working with (chapter 2, your play 1)').selectOption('customer-service-manager');
  await page.getByLabel('When (chapter 2, your play 1)').fill('From next week');
  await page
    .getByLabel('Steps, one per line (chapter 2, your play 1)')
    .fill('List Saturday’s complaints.\n\nShare them out on Monday morning.\n');
  await page
    .getByLabel('Your own example (chapter 2)', { exact: true })
    .fill('Last March a customer waited *three weeks* for a refund; we now call within :var[callback].');

  await page.getByRole('button', { name: 'Add a chapter of your own' }).click();
  await page.getByLabel('Title (your chapter 1)').fill('Who to call at night');
  await page.getByLabel('Text (your chapter 1)').fill('## The night list\n\nCall the duty manager first.');
  await page.getByRole('button', { name: 'Add a chapter of your own' }).click();
  await page.getByLabel('Title (your chapter 2)').fill('Our returns promise');
  await page.getByLabel('Comes after (your chapter 2)').selectOption('no-service-vision');
  await page
    .getByLabel('Text (your chapter 2)')
    .fill(
      'Every return within 30 days, refunded within :var[callback].\n\n| Item | Days |\n| --- | --- |\n| Shoes | 30 |',
    );
}

describe("the handbook builder with the company's own words", () => {
  it('gives the same files as playbook generate on its config.yaml, with every new field filled', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
    await fillCompany(page, 'Kestrel Bikes', ['no-service-vision', 'no-recovery-plan']);
    await page.getByLabel(/First training session/).fill('2026-03-09');
    await previewReady(page);
    // No Markdown of the company's own yet: its parser has not been fetched.
    expect(await loadedScripts(page, /parse-company/)).toEqual([]);
    await fillOwnWords(page);
    await previewReady(page);
    expect(await loadedScripts(page, /parse-company/)).toHaveLength(1);
    await expect.poll(() => page.locator('.problem').allTextContents()).toEqual([]);
    // The chapter the company placed after chapter 1 comes second.
    const frame = page.frameLocator('#preview');
    await expect
      .poll(() => frame.locator('#contents li').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Our returns promise')]));

    const config = await downloadBytes(page, 'config.yaml');
    const yaml = config.toString('utf8');
    expect(yaml).toContain('team-leader: Shift supervisor');
    expect(yaml).toMatch(/skip:\n\s+- rehearse-recovery # Train and rehearse before it is needed/);
    expect(yaml).toContain('body: |-\n      ## The night list');
    expect(yaml).not.toMatch(/file:/);
    const out = await generateWithCli('own-words', config);
    for (const [button, file] of [
      ['handbook.html', 'handbook.html'],
      ['handbook.md', 'handbook.md'],
      ['handbook.docx', 'handbook.docx'],
      ['training-plan.ics', 'training-plan.ics'],
      [`Handout 3: ${title('no-recovery-plan')}`, 'handouts/03-no-recovery-plan.html'],
      [`Kit 3: ${title('no-recovery-plan')}`, 'kits/03-no-recovery-plan.html'],
    ] as const) {
      const got = await downloadBytes(page, button);
      expect(got.equals(readFileSync(join(out, file))), `${file} differs from playbook generate`).toBe(true);
    }
    const html = readFileSync(join(out, 'handbook.html'), 'utf8');
    expect(html).toContain('Shift supervisor');
    expect(html).not.toContain(
      mode('no-recovery-plan').plays.find((p) => p.id === 'rehearse-recovery')!.title,
    );
    // The preview is the same document as handbook.html.
    const [shown, wanted] = await page.evaluate((text) => {
      const doc = document.querySelector<HTMLIFrameElement>('#preview')!.contentDocument!;
      return [
        doc.documentElement.outerHTML,
        new DOMParser().parseFromString(text, 'text/html').documentElement.outerHTML,
      ];
    }, html);
    expect(shown).toBe(wanted);

    // The draft keeps every field across a reload, and the downloaded file opens with them all.
    await page.reload();
    await previewReady(page);
    expect(await downloadBytes(page, 'config.yaml')).toEqual(config);
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Replace my draft' }).click();
    await page
      .locator('#upload')
      .setInputFiles({ name: 'config.yaml', mimeType: 'text/yaml', buffer: config });
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Opened config\.yaml\./);
    await previewReady(page);
    await expect
      .poll(() => page.getByLabel('Your title for Team leader', { exact: true }).inputValue())
      .toBe('Shift supervisor');
    await expect
      .poll(() => page.getByLabel('Text (your chapter 2)').inputValue())
      .toContain('| Shoes | 30 |');
    expect(await downloadBytes(page, 'config.yaml')).toEqual(config);
    await done();
  });

  it('moves chapters of its own by keyboard with focus kept, and puts a removed one back', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
    await page.getByRole('button', { name: `Add ${title('no-service-vision')}`, exact: true }).click();
    for (const [n, name] of [
      [1, 'Night calls'],
      [2, 'Returns'],
      [3, 'Escalation'],
    ] as const) {
      // Clicked straight after typing a title: the problems that appear as focus leaves the chapter
      // must not move the button from under the pointer (they did, and the click was lost).
      await page.getByRole('button', { name: 'Add a chapter of your own' }).click();
      await page.getByLabel(`Title (your chapter ${n})`).fill(name);
    }
    const titles = () =>
      page
        .locator('.own-chapter [data-own-key="title"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await page.getByRole('button', { name: 'Move “Night calls” down' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(titles).toEqual(['Returns', 'Night calls', 'Escalation']);
    await expect
      .poll(() => page.locator('#own-status').textContent())
      .toBe('“Night calls” moved to position 2 of 3.');
    // Focus stays on the button of the chapter that moved, so Enter again moves it on.
    await page.keyboard.press('Enter');
    await expect.poll(titles).toEqual(['Returns', 'Escalation', 'Night calls']);
    expect(
      await page.evaluate(() => document.activeElement?.closest('.own-chapter')?.getAttribute('aria-label')),
    ).toBe('Your chapter 3');

    await page.getByRole('button', { name: 'Remove “Escalation”' }).click();
    await expect.poll(titles).toEqual(['Returns', 'Night calls']);
    await page.getByRole('button', { name: 'Undo: put “Escalation” back' }).click();
    await expect.poll(titles).toEqual(['Returns', 'Escalation', 'Night calls']);
    await done();
  });

  it('refuses Markdown the handbook will not print beside its box, and keeps hostile text as text', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
    await fillCompany(page, '<img src=x onerror="window.hacked=1">', ['no-recovery-plan']);
    await openFold(page, 'no-recovery-plan');
    await page
      .getByLabel('Note at the top (chapter 1)', { exact: true })
      .fill(
        'Call us.\n\n<script>window.hacked = 2</script>\n\n[Open](javascript:alert(1))\n\n![logo](https://example.com/x.png)',
      );
    await expect
      .poll(() => page.locator('.problem').allTextContents(), { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/has HTML tags \(such as <b>\), which are not printed/),
          expect.stringMatching(/has a link to an address that is not https:, http: or mailto:/),
          expect.stringMatching(/has a picture, and pictures cannot go into the handbook’s text/),
        ]),
      );
    // Each message names the box in words and the line, with no field path.
    for (const text of await page.locator('.problem').allTextContents()) {
      expect(text).not.toMatch(/chapters\.|\[0\]|no-recovery-plan/);
    }
    await page.getByLabel('Note at the top (chapter 1)', { exact: true }).fill('Call us on **Saturdays**.');
    await page.getByRole('button', { name: 'Add a chapter of your own' }).click();
    await page.getByLabel('Title (your chapter 1)').fill('<b>Ours</b> & "theirs"');
    await page.getByLabel('Text (your chapter 1)').fill('Plain words.');
    await previewReady(page);
    await expect.poll(() => page.locator('.problem').allTextContents()).toEqual([]);
    const frame = page.frameLocator('#preview');
    await expect.poll(() => frame.locator('#contents').textContent()).toContain('<b>Ours</b> & "theirs"');
    expect(await frame.locator('h1 img, h2 b, script:not([type])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await done();
  });

  it('has no axe violations with every new field showing, and fits a 320 px screen', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 700 } });
    await context.addInitScript({ content: axeSource });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/build/`);
    await fillCompany(page, 'Kestrel Bikes', ['no-service-vision', 'no-recovery-plan']);
    await fillOwnWords(page);
    await previewReady(page);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
