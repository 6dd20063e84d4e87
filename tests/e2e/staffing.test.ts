import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { planQueue } from '../../src/core/staffing/queue-plan.ts';
import type { QueueInputs } from '../../src/schemas/staffing.ts';
import { describeQueuePlan } from '../../src/core/staffing/reading.ts';
import { EXAMPLE_QUEUE } from '../../src/core/staffing/example.ts';
import { browserTestsSkipped, openPage, useBrowser, useTabPool } from '../support/browser.ts';
import { words } from '../../src/i18n/index.ts';

const { browser, siteUrl } = useBrowser();
// The calculator keeps nothing in storage, so each test opens it afresh in one reused tab.
const tab = useTabPool(browser, { tabs: 1 });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  });
}

const reading = (page: Page, form: 'queue' | 'email') =>
  page.locator(`#${form}-result .reading p`).first().textContent();
const readingLines = (page: Page) => page.locator('#queue-result .reading p').allTextContents();
const linesFor = (change: Partial<QueueInputs>) =>
  describeQueuePlan(words(), planQueue({ ...EXAMPLE_QUEUE, ...change }));

/** The text a screen reader gives as a field's description: its aria-describedby targets, in order. */
const descriptionOf = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((field) =>
    (field.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' '),
  );

describe.skipIf(browserTestsSkipped)('the staffing calculator in Chromium', () => {
  test('changing the volume recalculates the people needed, the status line and the chart', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await expect(reading(page, 'queue')).resolves.toBe(
        describeQueuePlan(words(), planQueue(EXAMPLE_QUEUE))[0],
      );
      await page.getByLabel('Contacts arriving').fill('200');
      const doubled = describeQueuePlan(words(), planQueue({ ...EXAMPLE_QUEUE, contacts: 200 }))[0]!;
      expect(doubled).toContain('you need 24 people on the phones');
      await expect(reading(page, 'queue')).resolves.toBe(doubled);
      await expect(page.locator('#queue-status').textContent()).resolves.toBe(doubled);
      await expect(page.locator('#sl-chart-desc').textContent()).resolves.toContain('24 people reach it');
      await expect(page.locator('#queue-result tr.marked th').first().textContent()).resolves.toMatch(
        /^12 \(what-if\)/,
      );
    });
  });

  test('a bad value names the field and marks it, and fixing it brings the result back', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await page.getByLabel('Share answered (%)').fill('100');
      await expect(page.getByRole('alert').textContent()).resolves.toContain(
        'Share answered (%): a 100% service level can never be met',
      );
      await expect(page.getByLabel('Share answered (%)').getAttribute('aria-invalid')).resolves.toBe('true');
      await page.getByLabel('Share answered (%)').fill('90');
      await expect(reading(page, 'queue')).resolves.toMatch(
        /^To answer 90% of calls within 20 seconds you need 15 people/,
      );
      await expect(page.getByLabel('Share answered (%)').getAttribute('aria-invalid')).resolves.toBeNull();
    });
  });

  test('an average-wait target switches the reading to the average wait and disables the share', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await page.getByLabel('Target', { exact: true }).selectOption('average');
      await expect(page.getByLabel('Share answered (%)').isDisabled()).resolves.toBe(true);
      await expect(reading(page, 'queue')).resolves.toMatch(
        /^To keep the average wait to 20 seconds or less you need 13 people on the phones/,
      );
      await page.getByLabel('Time (seconds)').fill('0');
      await expect(page.getByRole('alert').textContent()).resolves.toContain(
        'Time (seconds): an average wait of zero can never be met',
      );
    });
  });

  test('the email backlog shows the hour the queue grows, and follows a change of staff', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await expect(page.locator('#email-result tr.marked th').first().textContent()).resolves.toBe(
        '11:00 (queue grows)',
      );
      await page.getByLabel('People you have on email').fill('4');
      await expect(page.locator('#email-result .reading p').nth(2).textContent()).resolves.toMatch(
        /^With 4 people the queue grows from 11:00, when 45 arrive in the hour and 4 people clear 40 an hour; the longest wait is 1 hour, within the standard\./,
      );
    });
  });

  test('a volume per day asks for the busiest hour beside its field, then plans that hour', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await expect(page.getByLabel("Busiest hour's share of the day (%)").isVisible()).resolves.toBe(false);
      await page.getByLabel('Contacts arriving').fill('2400');
      await page.getByLabel('in each', { exact: true }).selectOption('day');
      const busiest = page.getByLabel("Busiest hour's share of the day (%)");
      await expect(busiest.isVisible()).resolves.toBe(true);
      await expect(page.locator('#q-busiest-note').textContent()).resolves.toMatch(
        /^is needed for a volume per day: a day's contacts never arrive evenly/,
      );
      await expect(busiest.getAttribute('aria-invalid')).resolves.toBe('true');
      await busiest.fill('12');
      const expected = linesFor({ contacts: 2400, intervalSeconds: 86_400, busiestHourShare: 0.12 });
      expect(expected[0]).toContain('you need 18 people on the phones in the busiest hour');
      await expect(readingLines(page)).resolves.toEqual(expected);
      expect(expected.at(-1)).toBe(
        "The busiest hour brings 288 of the day's 2,400 calls (12%); every figure here is for that hour.",
      );
      await expect(page.locator('#q-busiest-note').isVisible()).resolves.toBe(false);
      await expect(busiest.getAttribute('aria-invalid')).resolves.toBeNull();
    });
  });

  test('chats held several at once need fewer people, and the reading says how they were counted', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      const atOnce = page.getByLabel('Chats at once per person');
      await expect(atOnce.isVisible()).resolves.toBe(false);
      await page.getByLabel('Channel').selectOption('chat');
      await expect(atOnce.isVisible()).resolves.toBe(true);
      await expect(reading(page, 'queue')).resolves.toBe(linesFor({ channel: 'chat', concurrency: 1 })[0]);
      await atOnce.fill('2');
      const expected = linesFor({ channel: 'chat', concurrency: 2 });
      expect(expected[0]).toMatch(/you need 8 people answering chats 2 at a time/);
      await expect(readingLines(page)).resolves.toEqual(expected);
      await atOnce.fill('7');
      await expect(page.locator('#q-concurrency-note').textContent()).resolves.toBe(
        'expected a whole number of chats at once from 1 to 6, e.g. 2; got "7"',
      );
      await page.getByLabel('Channel').selectOption('phone');
      await expect(atOnce.isVisible()).resolves.toBe(false);
      await expect(reading(page, 'queue')).resolves.toBe(linesFor({})[0]);
    });
  });

  test('600 calls "per hour" for a team of ten gets a polite question beside the volume, and the result stays', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await page.getByLabel('in each', { exact: true }).selectOption('hour');
      await page.getByLabel('Contacts arriving').fill('600');
      await page.getByLabel('People you have on shift').fill('10');
      const question =
        '600 calls an hour is a lot for a team of 10: it takes 35 people. Did you mean per day?';
      await expect(page.locator('#q-contacts-note').textContent()).resolves.toBe(question);
      await expect(descriptionOf(page, 'Contacts arriving')).resolves.toBe(question);
      await expect(page.getByLabel('Contacts arriving').getAttribute('aria-invalid')).resolves.toBeNull();
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
      const expected = linesFor({ contacts: 600, intervalSeconds: 3600, agents: 10 });
      await expect(readingLines(page)).resolves.toEqual(expected);
      await expect(page.locator('#queue-status').textContent()).resolves.toBe(
        `${expected[0]} Please check Contacts arriving: ${question}`,
      );
      await page.getByLabel('People you have on shift').fill('34');
      await expect(page.locator('#q-contacts-note').isVisible()).resolves.toBe(false);
    });
  });

  test('a one-in-a-million occupancy cap is refused beside its field at once, and the page stays responsive', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      const started = Date.now();
      await page.getByLabel('Busiest anyone should be (%)').fill('0.0001');
      await expect(page.locator('#q-occupancy-note').textContent()).resolves.toMatch(
        /^must be at least 50%: a lower cap keeps people idle more than half their time/,
      );
      await expect(page.getByRole('alert').textContent()).resolves.toContain(
        'Busiest anyone should be (%): must be at least 50%',
      );
      await page.getByLabel('Busiest anyone should be (%)').fill('85');
      await page.getByLabel('Contacts arriving').fill('1e300');
      await expect(page.locator('#q-contacts-note').textContent()).resolves.toMatch(
        /^is more work than this calculator handles: more than a billion people/,
      );
      expect(Date.now() - started).toBeLessThan(15_000);
      await page.getByLabel('Contacts arriving').fill('100');
      await expect(reading(page, 'queue')).resolves.toBe(linesFor({ maxOccupancy: 0.85 })[0]);
      await expect(page.locator('#q-occupancy-note').isVisible()).resolves.toBe(false);
    });
  });

  test('an email standard no team can meet says so beside the standard, instead of hanging', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await page.getByLabel('Messages arriving in each opening hour').fill(Array(24).fill('40000').join(' '));
      await page.getByLabel('Arriving overnight').fill('10000000');
      await page.getByLabel('Standard: answered within (opening hours)').fill('0.02');
      await expect(page.locator('#e-standard-note').textContent()).resolves.toMatch(
        /^no team of up to 250,000 people can answer every message within this/,
      );
      await page.getByLabel('Arriving overnight').fill('1e30');
      await expect(page.locator('#e-overnight-note').textContent()).resolves.toBe(
        'is more than 10,000,000 messages; check the number',
      );
    });
  });

  test('without JavaScript the page shows the same worked example the script renders', async () => {
    const live = await tab.visit(`${siteUrl()}/tools/staffing/`, (page) =>
      page.locator('#queue-result').innerHTML(),
    );
    const { page, done } = await openPage(browser(), `${siteUrl()}/tools/staffing/`, {
      javaScriptEnabled: false,
    });
    await expect(page.locator('#queue-result').innerHTML()).resolves.toBe(live);
    await expect(reading(page, 'email')).resolves.toMatch(
      /^To answer every message within 4 hours of opening time you need 4 people/,
    );
    await done();
  });

  test.each(['light', 'dark'] as const)(
    'has no axe-core violations in the %s scheme, also with a problem shown',
    async (colorScheme) => {
      const { page, done } = await openPage(browser(), `${siteUrl()}/tools/staffing/`, { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Contacts arriving').fill('0');
      expect(await axeViolations(page)).toEqual([]);
      // The new fields shown, a question beside a field and a problem beside another.
      await page.getByLabel('Channel').selectOption('chat');
      await page.getByLabel('in each', { exact: true }).selectOption('day');
      await page.getByLabel('Contacts arriving').fill('6000');
      await page.getByLabel("Busiest hour's share of the day (%)").fill('12');
      await page.getByLabel('People you have on shift').fill('10');
      await expect(page.locator('#q-contacts-note').isVisible()).resolves.toBe(true);
      await page.getByLabel('Chats at once per person').fill('9');
      await expect(page.locator('#q-concurrency-note').isVisible()).resolves.toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await done();
    },
  );

  test('the two modes link to the calculator; others do not', async () => {
    for (const [id, linked] of [
      ['understaffing', true],
      ['yesterdays-response-standards', true],
      ['no-service-vision', false],
    ] as const) {
      await tab.visit(`${siteUrl()}/modes/${id}/`, async (page) => {
        await expect(page.getByRole('link', { name: 'Staffing calculator' }).count()).resolves.toBe(
          linked ? 2 : 1,
        );
      });
    }
  });
});
