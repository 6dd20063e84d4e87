import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';

const { browser, siteUrl } = useBrowser();
const pages = builtPages();

/** Formats violations so a failure says which rule broke on which element. */
function describeViolations(violations: { id: string; help: string; nodes: { target: unknown }[] }[]) {
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

describe.skipIf(browserTestsSkipped)('accessibility', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  test.each(pages)('%s has no axe-core violations', async (path) => {
    const { page, done } = await openPage(browser(), `${siteUrl()}${path}`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(describeViolations(results.violations)).toEqual([]);
    await done();
  });

  test.each(['/', '/modes/', '/modes/no-service-vision/', '/search/?q=training', '/handbook/'])(
    '%s has no axe-core violations in the dark scheme',
    async (path) => {
      const { page, done } = await openPage(browser(), `${siteUrl()}${path}`, { colorScheme: 'dark' });
      if (path.includes('?q=')) await page.locator('#search-results li').first().waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      expect(describeViolations(results.violations)).toEqual([]);
      await done();
    },
  );
});
