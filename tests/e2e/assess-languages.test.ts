/**
 * The self-assessment in several languages: three colleagues answer on the English, Spanish and
 * German pages, each in their own browser, and any of the three pages combines their answer codes
 * into one team report, worded in that page's language. Answer codes hold no words, so the
 * language a person answered in cannot change what they said.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { scoreRespondent } from '../../src/core/assessment/score.ts';
import { buildAssessmentModel } from '../../src/core/assessment/model.ts';
import type { AnswersFile } from '../../src/schemas/assessment.ts';
import type { RespondentRole } from '../../src/schemas/respondent-roles.ts';
import { loadDictionary, words, type Language } from '../../src/i18n/index.ts';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';
import { axeSource, axeViolations, downloadBytes } from '../support/page-checks.ts';
import { HandbookConfigSchema } from '../../src/schemas/handbook-config.ts';
import { parse } from 'yaml';

const { browser, siteUrl } = useBrowser();
const library = await sharedLibrary();
const model = buildAssessmentModel(library.modes, words().categories);
for (const lang of ['es', 'de', 'ar'] as const) await loadDictionary(lang);

const rootOf = (lang: Language) => (lang === 'en' ? '/' : `/${lang}/`);

/** The answer meaning `health` (1 unhealthy to 5 healthy) on a mode's headline statement. */
const answerFor = (mode: (typeof model.modes)[number], health: number) =>
  mode.reversed.includes(mode.headline) ? 6 - health : health;

/** Three colleagues, each on the page in their own language, who see the team's problems differently. */
const TEAM: { lang: Language; role: RespondentRole; valueFor: (id: string) => number }[] = [
  { lang: 'en', role: 'manager', valueFor: (id) => (id === 'understaffing' ? 1 : id.length % 2 ? 4 : 5) },
  { lang: 'es', role: 'frontline', valueFor: (id) => (id === 'clunky-tools' ? 1 : id.length % 3 ? 3 : 4) },
  {
    lang: 'de',
    role: 'frontline',
    valueFor: (id) => (id === 'understaffing' ? 2 : id === 'clunky-tools' ? 1 : 4),
  },
];

/** The same quick scan as an answers file, to work out what the team report should rank. */
const fileOf = ({ role, valueFor }: (typeof TEAM)[number]): AnswersFile => ({
  format: 'service-playbook-assessment',
  version: 1,
  respondent: { name: '', role },
  answers: Object.fromEntries(
    model.modes.map((m) => [m.id, { [String(m.headline)]: answerFor(m, valueFor(m.id)) }]),
  ),
  warningSigns: {},
});

/** One person answers the quick scan by clicking on the page in their language and takes their code. */
async function codeFrom(
  b: Browser,
  person: (typeof TEAM)[number],
): Promise<{ code: string; results: string }> {
  const { page, done } = await openPage(b, `${siteUrl()}${rootOf(person.lang)}assess/`);
  const w = words(person.lang);
  await page.getByRole('radio', { name: w.assess.page.roles[person.role], exact: true }).check();
  for (const mode of model.modes)
    await page
      .locator(
        `input[name="q:${mode.id}:${mode.headline}"][value="${answerFor(mode, person.valueFor(mode.id))}"]`,
      )
      .check();
  await page.getByRole('button', { name: w.assess.page.showResults }).click();
  await page.locator('#results:not([hidden]) #results-ranking li').first().waitFor();
  const code = await page.getByRole('textbox', { name: w.assess.page.answerCode }).inputValue();
  const results = await textInPageLanguage(page, '#results');
  await done();
  return { code, results };
}

/** The text of a part of the page, leaving out what is marked as English (mode titles not translated yet). */
const textInPageLanguage = (page: Page, selector: string) =>
  page.locator(selector).evaluate((part) => {
    const copy = part.cloneNode(true) as HTMLElement;
    for (const english of copy.querySelectorAll('[lang="en"]')) english.remove();
    return copy.textContent ?? '';
  });

/** Pastes the codes into the team view of a page and waits for the combined report. */
async function combine(page: Page, codes: string[]) {
  await page.locator('#team-codes').fill(codes.join('\n'));
  await page.locator('#add-codes').click();
  await page.locator('#team-results:not([hidden]) #team-table tbody tr').first().waitFor();
}

/** Words of the English dictionary a page in another language must not print (long enough to be sentences). */
function englishSentencesIn(text: string, lang: Language): string[] {
  const english: string[] = [];
  const walk = (en: unknown, other: unknown) => {
    if (typeof en === 'string') {
      const plain = en.replace(/\{\w+\}/g, '').trim();
      if (en !== other && plain.split(/\s+/).length >= 3) {
        // The longest run of the sentence between placeholders is what would show.
        const longest = en
          .split(/\{\w+\}/)
          .sort((a, b) => b.length - a.length)[0]!
          .trim();
        if (longest.split(/\s+/).length >= 3 && text.includes(longest)) english.push(longest);
      }
    } else if (en && typeof en === 'object')
      for (const [key, value] of Object.entries(en)) walk(value, (other as Record<string, unknown>)?.[key]);
  };
  walk(words('en').assess, words(lang).assess);
  return english;
}

describe.skipIf(browserTestsSkipped)('a team answering in three languages', () => {
  test(
    'three colleagues answer in English, Spanish and German and each page combines their codes into one report in its own language',
    { timeout: 180_000 },
    async () => {
      const answered = [];
      for (const person of TEAM) answered.push(await codeFrom(browser(), person));
      const codes = answered.map((a) => a.code);
      // Each person's own results read in their language.
      for (const [i, { results }] of answered.entries()) {
        const lang = TEAM[i]!.lang;
        expect(results).toContain(words(lang).assess.page.resultsTitle);
        if (lang !== 'en') expect(englishSentencesIn(results, lang)).toEqual([]);
      }
      // What each said, as the scoring reads it: the report must rank these two first.
      const ranked = TEAM.map((person) => scoreRespondent(model, fileOf(person)).ranking[0]!.id);
      expect(ranked).toEqual(['understaffing', 'clunky-tools', 'clunky-tools']);

      const rows: string[][] = [];
      for (const lang of ['en', 'es', 'de', 'ar'] as const) {
        const { page, done } = await openPage(browser(), `${siteUrl()}${rootOf(lang)}assess/`);
        await combine(page, codes);
        const team = await textInPageLanguage(page, '#team');
        expect(team).toMatch(new RegExp(words(lang).assess.page.teamTitle));
        if (lang !== 'en') expect(englishSentencesIn(team, lang), lang).toEqual([]);
        // The table's rows: the modes by the team's need, linked to the page's own language.
        const hrefs = await page
          .locator('#team-table tbody tr a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) expect(href).toMatch(new RegExp(`^${rootOf(lang)}modes/`));
        rows.push(hrefs.map((href) => href!.replace(/^.*\/modes\/([^/]+)\/$/, '$1')));
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
        // The team's handbook config is in the page's language: it makes that language's handbook.
        const config = HandbookConfigSchema.parse(
          parse((await downloadBytes(page, words(lang).assess.page.downloadTeamConfig)).toString('utf8')),
        );
        expect([config.language, config.locale]).toEqual([
          lang,
          lang === 'en' ? 'en-GB' : words(lang).locale,
        ]);
        expect(config.priorities.slice(0, 2).sort()).toEqual(['clunky-tools', 'understaffing']);
        await done();
      }
      // The same report, in whatever language it was combined.
      expect(rows[1]).toEqual(rows[0]);
      expect(rows[2]).toEqual(rows[0]);
      expect(rows[3]).toEqual(rows[0]);
      expect(rows[0]!.slice(0, 2).sort()).toEqual(['clunky-tools', 'understaffing']);
    },
  );

  test('switching language halfway keeps the answers given so far', async () => {
    const { page, done } = await openPage(browser(), `${siteUrl()}/assess/`);
    const first = model.modes[0]!;
    const answer = `input[name="q:${first.id}:${first.headline}"][value="2"]`;
    await page.getByRole('radio', { name: words('en').assess.page.roles.manager, exact: true }).check();
    await page.locator(answer).check();
    await Promise.all([
      page.waitForURL('**/es/assess/'),
      page.getByRole('link', { name: 'Español' }).click(),
    ]);
    await expect(
      page.getByRole('radio', { name: words('es').assess.page.roles.manager, exact: true }).isChecked(),
    ).resolves.toBe(true);
    await expect(page.locator(answer).isChecked()).resolves.toBe(true);
    await done();
  });

  test.for(['es', 'de', 'ar'] as const)(
    'on the %s page, the results chart shows every label and the results and the team view pass axe',
    { timeout: 120_000 },
    async (lang, { expect }) => {
      const { page, done } = await openPage(browser(), `${siteUrl()}${rootOf(lang)}assess/`);
      await page.getByRole('radio', { name: words(lang).assess.page.roles.frontline, exact: true }).check();
      await page.evaluate(() => {
        for (const set of document.querySelectorAll('fieldset.statement:not([hidden])'))
          set.querySelector<HTMLInputElement>('input[value="2"]')?.click();
      });
      await page.getByRole('button', { name: words(lang).assess.page.showResults }).click();
      await page.locator('#results-ranking li').first().waitFor();
      // Every label and value of the chart shows inside it, left to right or right to left.
      const outside = await page.locator('#results-chart svg').evaluate((chart) => {
        const box = chart.getBoundingClientRect();
        return [...chart.querySelectorAll('text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.width === 0 || r.left < box.left - 1 || r.right > box.right + 1;
          })
          .map((t) => t.textContent);
      });
      expect(outside).toEqual([]);
      await page.locator('#add-mine').click();
      await page.locator('#team-status').filter({ hasText: /\S/ }).waitFor();
      await page.addScriptTag({ content: axeSource });
      await expect(axeViolations(page)).resolves.toEqual([]);
      await done();
    },
  );
});
