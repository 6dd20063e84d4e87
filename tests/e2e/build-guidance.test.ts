/**
 * The handbook builder (/build/) as a person who has never seen a config file meets it, in real
 * Chromium: plain messages beside the right field, notes that look like notes, the preview in view
 * beside the form at 1366×768, a focus ring that is not the error colour, a half-typed row that is
 * not marked wrong and does not switch off Print, the self-assessment's hand-over that asks before
 * it replaces a draft, chapter moves by keyboard that keep focus, Remove with Undo, a drag let go
 * outside the list, a status line read once the preview settles, and no axe violations.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { axeSource, axeViolations, downloadBytes } from '../support/page-checks.ts';

const { browser, siteUrl } = useBrowser();
const library = await sharedLibrary();
const title = (id: string) => library.modes.find((m) => m.id === id)!.title;
const work = mkdtempSync(join(tmpdir(), 'build-guidance-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const it = browserTestsSkipped ? test.skip : test;
const WIDE = { viewport: { width: 1366, height: 768 } };

const previewStatus = (page: Page) => page.locator('#preview-status').textContent();
const chosenIds = (page: Page) =>
  page
    .locator('#chosen li[data-id]')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
const activeLabel = (page: Page) =>
  page.evaluate(
    () =>
      document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '',
  );
const savedDraft = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('service-playbook:builder:v1')!).state as {
        company: string;
        priorities: string[];
      },
  );

async function startFromRetailer(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Example: a small retailer' }).click();
  await expect.poll(() => previewStatus(page), { timeout: 10_000 }).toBe('Preview: 5 chapters.');
}

/** `playbook generate` on a config the builder downloaded: the handbook.html a person would get later. */
async function handbookFromCli(name: string, config: Buffer): Promise<Buffer> {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.yaml'), config);
  const code = await runCli(['generate', '-c', 'config.yaml', '-q', '--out', 'out', '--format', 'html'], {
    stdout: () => {},
    stderr: () => {},
    cwd: dir,
    env: { PLAYBOOK_CONTENT_DIR: resolve('content'), CHROMIUM_PATH: join(work, 'none') },
  });
  expect(code).toBe(0);
  return readFileSync(join(dir, 'out', 'handbook.html'));
}

/** The id of the handbook part at the top of the preview frame. */
const partInView = (page: Page) =>
  page.evaluate(() => {
    const doc = document.querySelector<HTMLIFrameElement>('#preview')!.contentDocument!;
    return doc.elementFromPoint(doc.documentElement.clientWidth / 2, 5)?.closest('[id]')?.id;
  });

/** Relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = rgb
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((n) => Number(n) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The hue of a CSS rgb() colour, 0-360. */
function hue(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('the handbook builder guides a person who has never seen a config file', () => {
  it('says every message in plain words, naming the field as labelled, and shows no command-line words', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
    await page.getByLabel('Company name', { exact: true }).fill('Wren Books');
    await page.getByLabel('Company name', { exact: true }).fill('');
    await page.getByLabel('First response', { exact: true }).fill('1 hour');
    await page.getByLabel('First response', { exact: true }).fill('');
    await page.getByRole('button', { name: `Add ${title('no-service-vision')}`, exact: true }).click();
    await page.getByRole('button', { name: `Remove ${title('no-service-vision')}`, exact: true }).click();
    await expect
      .poll(() => page.locator('#problem-standards-firstResponse').textContent())
      .toBe('First response is empty. Say how soon a customer gets a first reply, for example “1 hour”.');
    await expect
      .poll(() => page.locator('#problem-company').textContent())
      .toBe('Company name is empty. Type your company’s name as customers know it.');
    await expect
      .poll(() => page.locator('#problem-priorities').textContent())
      .toBe('No chapters yet. Add at least one from the list below.');
    const broken =
      'company: Broken Ltd\nvision: Fine.\npriorities: [no-service-visoin]\nstandards:\n  firstResponse: 1 hour\n';
    await page
      .locator('#upload')
      .setInputFiles({ name: 'my-settings.yml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    await expect
      .poll(() => page.locator('#problem-priorities').textContent())
      .toContain(`Did you mean “${title('no-service-vision')}”?`);
    // Everything on the page but the settings file's own download line, in the person's words.
    const screen = (await page.locator('main').innerText())
      .split('\n')
      .filter((line) => !line.startsWith('config.yaml'));
    expect(screen.join('\n')).not.toMatch(
      /\bconfig\b|\bYAML\b|\bnpx\b|playbook (generate|validate|list|init)|command[- ]line|`/i,
    );
    // No field paths either (standards.firstResponse, branding.logo).
    expect(screen.join('\n')).not.toMatch(
      /\b(standards|branding|training|output|empowerment|priorities)\.\w|\b[a-z]+\.[a-z]+[A-Z]\w*/,
    );
    expect(await page.getByRole('button', { name: 'config.yaml' }).locator('xpath=..').innerText()).toContain(
      'a file you can open here later',
    );
    await done();
  });

  it('puts a note beside the field it is about, styled as a note, and counts nothing it does not show', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
    await startFromRetailer(page);
    await page.getByLabel(/^Refund limit/).fill('');
    const note = page.locator('#problem-standards-refundLimit .note');
    await expect
      .poll(() => note.textContent())
      .toBe(
        `Without a refund limit, “${title('empowerment-in-name-only')}” will say “an agreed amount”. Type one here if your team has one, for example “50 GBP”.`,
      );
    // Not under "Other standards", not counted in the status line, not in the error colour or with its sign.
    expect(await page.locator('#problem-standards').textContent()).toBe('');
    await expect.poll(() => previewStatus(page)).toBe('Preview: 5 chapters.');
    const style = await note.evaluate((n) => ({
      colour: getComputedStyle(n).color,
      text: getComputedStyle(document.body).color,
      sign: getComputedStyle(n, '::before').content,
    }));
    expect(style.colour).toBe(style.text);
    expect(style.sign).toBe('"Note: "');
    await page.getByLabel('First response', { exact: true }).fill('');
    const problem = await page.locator('#problem-standards-firstResponse .problem').evaluate((n) => ({
      colour: getComputedStyle(n).color,
      sign: getComputedStyle(n, '::before').content,
    }));
    expect(problem.colour).not.toBe(style.colour);
    expect(problem.sign).toBe('"⚠ "');
    await done();
  });

  it('shows the preview beside the form at 1366×768 and keeps it in view, on the part being edited, far down the form', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`, WIDE);
    await startFromRetailer(page);
    await page.reload();
    await expect.poll(() => previewStatus(page), { timeout: 10_000 }).toBe('Preview: 5 chapters.');
    const onArrival = (await page.locator('#preview').boundingBox())!;
    expect(onArrival.y).toBeGreaterThanOrEqual(0);
    expect(onArrival.y).toBeLessThan(768 / 2);
    const form = (await page.locator('#builder').boundingBox())!;
    expect(form.x + form.width).toBeLessThanOrEqual(onArrival.x);

    await page.getByLabel('Sessions held').focus();
    await expect.poll(() => partInView(page)).toBe('training-plan');
    const field = (await page.getByLabel('Sessions held').boundingBox())!;
    const beside = (await page.locator('#preview').boundingBox())!;
    expect(field.y).toBeGreaterThan(0);
    expect(beside.y).toBeGreaterThanOrEqual(0);
    expect(beside.y + beside.height).toBeLessThanOrEqual(768);
    expect(beside.height).toBeGreaterThan(450);
    await page.getByLabel('First response', { exact: true }).focus();
    await expect.poll(() => partInView(page)).toBe('standards');
    // Below the form, at the downloads, the preview is still beside them.
    await page.getByRole('button', { name: 'handbook.html', exact: true }).focus();
    const atFiles = (await page.locator('#preview').boundingBox())!;
    expect(atFiles.y).toBeGreaterThanOrEqual(0);
    expect(atFiles.y + atFiles.height).toBeLessThanOrEqual(768);
    await done();
  });

  it.each(['light', 'dark'] as const)(
    'draws the focus ring in a colour of its own, not the error red (%s scheme)',
    async (scheme) => {
      const { page, done } = await openPage(browser(), `${siteUrl()}/build/`, {
        ...WIDE,
        colorScheme: scheme,
      });
      await page.getByLabel('Company name', { exact: true }).fill('Wren Books');
      await page.getByLabel('Company name', { exact: true }).fill('');
      await expect.poll(() => page.locator('#problem-company .problem').count()).toBe(1);
      await page.getByLabel('Company name', { exact: true }).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const colours = await page.evaluate(() => {
        const active = document.activeElement!;
        const ring = getComputedStyle(active);
        return {
          id: active.id,
          ring: ring.outlineColor,
          style: ring.outlineStyle,
          width: parseFloat(ring.outlineWidth),
          problem: getComputedStyle(document.querySelector('#problem-company .problem')!).color,
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(colours.id).toBe('company');
      expect(colours.style).toBe('solid');
      expect(colours.width).toBeGreaterThanOrEqual(2);
      const apart = Math.abs(hue(colours.ring) - hue(colours.problem));
      expect(Math.min(apart, 360 - apart)).toBeGreaterThan(90);
      expect(contrast(colours.ring, colours.page)).toBeGreaterThanOrEqual(3);
      await done();
    },
  );

  it('checks a new empowerment row once focus leaves it, and keeps Print and the downloads on with the last good handbook', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
    await startFromRetailer(page);
    const good = await handbookFromCli('last-good', await downloadBytes(page, 'config.yaml'));
    await page.getByRole('button', { name: 'Add a row' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('empowerment-4-role');
    await page.keyboard.type('Shift lead');
    await expect
      .poll(() => previewStatus(page))
      .toBe(
        'The preview, Print and the downloads show the last good version while this needs attention: Row 5.',
      );
    expect(await page.locator('#problem-empowerment-4').textContent()).toBe('');
    expect(await page.getByRole('button', { name: 'Print / save as PDF' }).isDisabled()).toBe(false);
    for (const next of ['empowerment-4-decision', 'empowerment-4-limit']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(next);
      expect(await page.locator('#problem-empowerment-4').textContent()).toBe('');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await activeLabel(page)).toBe('Add a row');
    await expect
      .poll(() => page.locator('#problem-empowerment-4').textContent())
      .toBe('Row 5 needs a decision and a limit: fill them in, or remove the row.');
    expect(await page.getByRole('button', { name: 'Print / save as PDF' }).isDisabled()).toBe(false);
    expect((await downloadBytes(page, 'handbook.html')).equals(good)).toBe(true);
    await done();
  });

  describe("the self-assessment's hand-over to a draft the person already shaped", () => {
    const handOver = () =>
      `${siteUrl()}/build/#from-assessment&priorities=no-service-vision,understaffing&company=Heron%20%26%20Co`;
    /** A draft with its own name and chapter order, then the assessment's "Build this handbook" link opened. */
    async function arriveWithDraft(page: Page): Promise<void> {
      await page.goto(`${siteUrl()}/build/`);
      await page.getByLabel('Company name', { exact: true }).fill('Wren Books');
      for (const id of ['no-recovery-plan', 'understaffing'])
        await page.getByRole('button', { name: `Add ${title(id)}`, exact: true }).click();
      await page.goto(`${siteUrl()}/`);
      await page.goto(handOver());
      await expect.poll(() => page.locator('#confirm').isVisible()).toBe(true);
    }

    it('asks first, and replacing can be undone with the keyboard', async () => {
      const { page, done } = await openPage(browser(), `${siteUrl()}/`);
      await arriveWithDraft(page);
      expect(await page.locator('#confirm-text').textContent()).toBe(
        `The self-assessment brings 2 chapters in rank order (“${title('no-service-vision')}” and “${title('understaffing')}”) and the company name “Heron & Co”. Your draft has 2 chapters in your own order and the company name “Wren Books”. What should happen to your draft?`,
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-text');
      // Nothing is replaced while the question waits.
      expect(await chosenIds(page)).toEqual(['no-recovery-plan', 'understaffing']);
      expect(await page.getByLabel('Company name', { exact: true }).inputValue()).toBe('Wren Books');
      expect(await page.locator('#confirm button').allTextContents()).toEqual([
        'Replace my draft',
        'Merge: add the new chapters to mine',
        'Keep my draft',
      ]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => chosenIds(page)).toEqual(['no-service-vision', 'understaffing']);
      expect(await page.getByLabel('Company name', { exact: true }).inputValue()).toBe('Heron & Co');
      await expect
        .poll(() => page.locator('#status').textContent())
        .toMatch(
          /^Took 2 priorities and the company name from your self-assessment, in rank order\..* Undo$/,
        );
      expect(new URL(page.url()).hash).toBe('');
      await page.keyboard.press('Tab');
      expect(await activeLabel(page)).toBe('Undo: bring back the draft you had');
      await page.keyboard.press('Enter');
      await expect.poll(() => chosenIds(page)).toEqual(['no-recovery-plan', 'understaffing']);
      expect(await page.getByLabel('Company name', { exact: true }).inputValue()).toBe('Wren Books');
      await expect.poll(() => page.locator('#status').textContent()).toBe('Your draft is back as it was.');
      expect(await savedDraft(page)).toMatchObject({
        company: 'Wren Books',
        priorities: ['no-recovery-plan', 'understaffing'],
      });
      await done();
    });

    it("keeps the draft as it is, or merges the new chapters after the person's own", async () => {
      const { page, done } = await openPage(browser(), `${siteUrl()}/`);
      await arriveWithDraft(page);
      await page.getByRole('button', { name: 'Keep my draft' }).click();
      await expect
        .poll(() => page.locator('#status').textContent())
        .toBe('Your draft is unchanged; nothing was taken from the self-assessment.');
      expect(await chosenIds(page)).toEqual(['no-recovery-plan', 'understaffing']);
      expect(await savedDraft(page)).toMatchObject({
        company: 'Wren Books',
        priorities: ['no-recovery-plan', 'understaffing'],
      });

      await page.goto(`${siteUrl()}/`);
      await page.goto(handOver());
      await page.getByRole('button', { name: 'Merge: add the new chapters to mine' }).click();
      await expect
        .poll(() => chosenIds(page))
        .toEqual(['no-recovery-plan', 'understaffing', 'no-service-vision']);
      expect(await page.getByLabel('Company name', { exact: true }).inputValue()).toBe('Wren Books');
      await expect
        .poll(() => page.locator('#status').textContent())
        .toMatch(/^Added 1 chapter from your self-assessment after yours; .* Undo$/);
      await done();
    });
  });

  it('moves a chapter by keyboard with focus kept on it: Add moves on, Up three times is three places', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
    const adds = page.locator('#library-list button[data-add]');
    const firstFour = (
      await adds.evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.add!))
    ).slice(0, 4);
    await adds.first().focus();
    for (const [i, id] of firstFour.entries()) {
      expect(await activeLabel(page)).toBe(`Add ${title(id)}`);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('#order-status').textContent())
        .toBe(`“${title(id)}” added as chapter ${i + 1}.`);
    }
    expect(await chosenIds(page)).toEqual(firstFour);
    expect(await activeLabel(page)).toMatch(/^Add /);

    const last = firstFour[3]!;
    await page.getByRole('button', { name: `Move ${title(last)} up`, exact: true }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await expect.poll(() => chosenIds(page)).toEqual([last, ...firstFour.slice(0, 3)]);
    expect(await activeLabel(page)).toBe(`Move ${title(last)} up`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#order-status').textContent())
      .toBe(`“${title(last)}” is already first.`);
    expect(await chosenIds(page)).toEqual([last, ...firstFour.slice(0, 3)]);
    await done();
  });

  it('removes a chapter with an Undo in the announced status line', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
    const ids = ['no-service-vision', 'no-recovery-plan', 'understaffing'];
    for (const id of ids) await page.getByRole('button', { name: `Add ${title(id)}`, exact: true }).click();
    const status = page.locator('#order-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.getByRole('button', { name: `Remove ${title('no-recovery-plan')}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chosenIds(page)).toEqual(['no-service-vision', 'understaffing']);
    await expect
      .poll(() => status.textContent())
      .toBe(`“${title('no-recovery-plan')}” removed from the chapters. Undo`);
    expect(await activeLabel(page)).toBe(`Remove ${title('understaffing')}`);
    await status
      .getByRole('button', { name: `Undo: put ${title('no-recovery-plan')} back as chapter 2` })
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chosenIds(page)).toEqual(ids);
    await expect
      .poll(() => status.textContent())
      .toBe(`“${title('no-recovery-plan')}” is back as chapter 2.`);
    expect(await activeLabel(page)).toBe(`Remove ${title('no-recovery-plan')}`);
    await done();
  });

  it('puts a dragged chapter back when it is let go outside the list', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`, WIDE);
    const ids = ['no-service-vision', 'no-recovery-plan', 'understaffing'];
    for (const id of ids) await page.getByRole('button', { name: `Add ${title(id)}`, exact: true }).click();
    await page.locator('#chosen').scrollIntoViewIfNeeded();
    const handle = (await page.locator('#chosen li[data-id="understaffing"] .handle').boundingBox())!;
    const first = (await page.locator('#chosen li[data-id="no-service-vision"]').boundingBox())!;
    const list = (await page.locator('#chosen').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 5, first.y + 2, { steps: 8 });
    expect(await chosenIds(page)).toEqual(['understaffing', 'no-service-vision', 'no-recovery-plan']);
    await page.mouse.move(list.x + list.width + 300, first.y + 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => chosenIds(page)).toEqual(ids);
    await expect
      .poll(() => page.locator('#order-status').textContent())
      .toBe(`“${title('understaffing')}” stays at position 3: let go over the list to move a chapter.`);
    expect((await savedDraft(page)).priorities).toEqual(ids);
    await done();
  });

  it("sets the preview's status line once the preview settles, not on every keystroke", async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/build/`);
    await startFromRetailer(page);
    const status = page.locator('#preview-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.evaluate(() => {
      const w = window as unknown as { statusChanges: number };
      w.statusChanges = 0;
      new MutationObserver((records) => (w.statusChanges += records.length)).observe(
        document.querySelector('#preview-status')!,
        { childList: true, characterData: true, subtree: true },
      );
    });
    const changes = () => page.evaluate(() => (window as unknown as { statusChanges: number }).statusChanges);
    await page.getByLabel('Company name', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' and Sons', { delay: 60 });
    await expect
      .poll(() => page.frameLocator('#preview').locator('h1').textContent())
      .toBe('Hearth & Loom and Sons');
    await page.waitForTimeout(1500);
    expect(await changes()).toBe(0);
    // A change the status line reports is set once, after the typing stops.
    await page.getByLabel('First response', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace', { delay: 40 });
    await expect
      .poll(() => status.textContent())
      .toBe(
        'The preview, Print and the downloads show the last good version while this needs attention: First response.',
      );
    await page.waitForTimeout(1500);
    expect(await changes()).toBe(1);
    await done();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with the hand-over question, an Undo, a note and a problem showing (%s scheme)',
    async (scheme) => {
      const context = await browser().newContext({ ...WIDE, colorScheme: scheme });
      await context.addInitScript({ content: axeSource });
      const page = await context.newPage();
      const violations = () => axeViolations(page);
      await page.goto(`${siteUrl()}/build/`);
      await startFromRetailer(page);
      await page.goto(`${siteUrl()}/`);
      await page.goto(
        `${siteUrl()}/build/#from-assessment&priorities=empowerment-in-name-only,understaffing&company=Heron`,
      );
      await expect.poll(() => page.locator('#confirm').isVisible()).toBe(true);
      expect(await violations()).toEqual([]);
      await page.getByRole('button', { name: 'Replace my draft' }).click();
      await page.getByLabel(/^Refund limit/).fill('');
      await expect.poll(() => page.locator('#status button').count()).toBe(1);
      await expect.poll(() => page.locator('.note').count()).toBe(1);
      expect(await violations()).toEqual([]);
      await page.getByLabel('First response', { exact: true }).fill('');
      await expect.poll(() => page.locator('.problem').count()).toBeGreaterThan(0);
      expect(await violations()).toEqual([]);
      await context.close();
    },
  );
});
