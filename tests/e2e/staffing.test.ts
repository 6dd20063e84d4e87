import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { planQueue } from '../../src/core/staffing/queue-plan.ts';
import { describeQueuePlan } from '../../src/core/staffing/reading.ts';
import { EXAMPLE_QUEUE } from '../../src/core/staffing/example.ts';
import { browserTestsSkipped, openPage, useBrowser, useTabPool } from '../support/browser.ts';

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
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}

const reading = (page: Page, form: 'queue' | 'email') => page.locator(`#${form}-result .reading p`).first().textContent();

describe.skipIf(browserTestsSkipped)('the staffing calculator in Chromium', () => {
  test('changing the volume recalculates the people needed, the status line and the chart', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await expect(reading(page, 'queue')).resolves.toBe(describeQueuePlan(planQueue(EXAMPLE_QUEUE))[0]);
      await page.getByLabel('Contacts arriving').fill('200');
      const doubled = describeQueuePlan(planQueue({ ...EXAMPLE_QUEUE, contacts: 200 }))[0]!;
      expect(doubled).toContain('you need 24 people on the phones');
      await expect(reading(page, 'queue')).resolves.toBe(doubled);
      await expect(page.locator('#queue-status').textContent()).resolves.toBe(doubled);
      await expect(page.locator('#sl-chart-desc').textContent()).resolves.toContain('24 people reach it');
      await expect(page.locator('#queue-result tr.marked th').first().textContent()).resolves.toMatch(/^12 \(what-if\)/);
    });
  });

  test('a bad value names the field and marks it, and fixing it brings the result back', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await page.getByLabel('Share answered (%)').fill('100');
      await expect(page.getByRole('alert').textContent()).resolves.toContain('Share answered (%): a 100% service level can never be met');
      await expect(page.getByLabel('Share answered (%)').getAttribute('aria-invalid')).resolves.toBe('true');
      await page.getByLabel('Share answered (%)').fill('90');
      await expect(reading(page, 'queue')).resolves.toMatch(/^To answer 90% of calls within 20 seconds you need 15 people/);
      await expect(page.getByLabel('Share answered (%)').getAttribute('aria-invalid')).resolves.toBeNull();
    });
  });

  test('an average-wait target switches the reading to the average wait and disables the share', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await page.getByLabel('Target', { exact: true }).selectOption('average');
      await expect(page.getByLabel('Share answered (%)').isDisabled()).resolves.toBe(true);
      await expect(reading(page, 'queue')).resolves.toMatch(/^To keep the average wait to 20 seconds or less you need 13 people on the phones/);
      await page.getByLabel('Time (seconds)').fill('0');
      await expect(page.getByRole('alert').textContent()).resolves.toContain('Time (seconds): an average wait of zero can never be met');
    });
  });

  test('the email backlog shows the hour the queue grows, and follows a change of staff', async () => {
    await tab.visit(`${siteUrl()}/tools/staffing/`, async (page) => {
      await expect(page.locator('#email-result tr.marked th').first().textContent()).resolves.toBe('11:00 (queue grows)');
      await page.getByLabel('People you have on email').fill('4');
      await expect(page.locator('#email-result .reading p').nth(2).textContent()).resolves.toMatch(/^With 4 people the queue grows from 11:00, when 45 arrive in the hour and 4 people clear 40 an hour; the longest wait is 1 hour, within the standard\./);
    });
  });

  test('without JavaScript the page shows the same worked example the script renders', async () => {
    const live = await tab.visit(`${siteUrl()}/tools/staffing/`, (page) => page.locator('#queue-result').innerHTML());
    const { page, done } = await openPage(browser(), `${siteUrl()}/tools/staffing/`, { javaScriptEnabled: false });
    await expect(page.locator('#queue-result').innerHTML()).resolves.toBe(live);
    await expect(reading(page, 'email')).resolves.toMatch(/^To answer every message within 4 hours of opening time you need 4 people/);
    await done();
  });

  test.each(['light', 'dark'] as const)('has no axe-core violations in the %s scheme, also with a problem shown', async (colorScheme) => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/tools/staffing/`, { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Contacts arriving').fill('0');
    expect(await axeViolations(page)).toEqual([]);
    await done();
  });

  test('the two modes link to the calculator; others do not', async () => {
    for (const [id, linked] of [['understaffing', true], ['yesterdays-response-standards', true], ['no-service-vision', false]] as const) {
      await tab.visit(`${siteUrl()}/modes/${id}/`, async (page) => {
        await expect(page.getByRole('link', { name: 'Staffing calculator' }).count()).resolves.toBe(linked ? 2 : 1);
      });
    }
  });
});
