import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsSkipped, openPage, useBrowser } from '../support/browser.ts';
import { sharedLibrary } from '../support/library.ts';

const library = await sharedLibrary();
const { browser, siteUrl } = useBrowser();

/**
 * How a manager or a frontline person might describe a problem, written before and apart from the
 * pages' symptom phrases (so they test the search, not a copy of its index), and the page that
 * should come up.
 */
const DESCRIPTIONS: [string, string][] = [
  ['my agents are burning out and the queue never gets any shorter', 'understaffing'],
  ['customers wait days for a reply to their emails', 'yesterdays-response-standards'],
  ['staff have to ask a supervisor before they can give any refund', 'empowerment-in-name-only'],
  ['our CRM is so slow that every call takes forever', 'clunky-tools'],
  ['the boss blames the team whenever a customer complains', 'blaming-the-front-line'],
  ['nobody tells the team about changes until customers mention them', 'employees-kept-in-the-dark'],
  ['we hired people with great CVs who turned out to be rude to customers', 'hiring-for-skills-not-fit'],
  ['managers hide in their offices while the phones are ringing off the hook', 'leaders-dont-jump-in'],
  [
    'the directors think our service is great but the reviews say otherwise',
    'leadership-overestimates-service',
  ],
  ['new starters get a week of training and then nothing ever again', 'one-and-done-training'],
  ['our people sound like robots reading from a script', 'untrained-or-mistrained-staff'],
  ['nobody ever says thank you when someone goes the extra mile', 'wins-not-recognised'],
  ['when something goes wrong we have no idea how to make it up to the customer', 'no-recovery-plan'],
  ['the office is joyless and nobody laughs any more', 'no-room-for-fun'],
  ['we push upgrades customers do not need just to hit the sales target', 'profit-over-relationship'],
  ['everyone thinks looking after customers is somebody else’s job', 'service-as-a-department'],
  ['our returns process makes customers jump through hoops to suit us', 'company-centred-processes'],
  ['we keep making the same mistakes year after year', 'no-continuous-improvement'],
  ['the team has no idea what our customer satisfaction score is', 'goals-not-shared'],
  [
    'new rules arrive from head office without anyone asking the people on the floor',
    'mandates-without-dialogue',
  ],
  ['we tell staff to be friendly but nobody knows what that means in practice', 'no-behavioural-standards'],
  ['ask five people what good service means here and you get five different answers', 'no-service-vision'],
  [
    'breaks get cancelled and the staff room is a cupboard while customers get the red carpet',
    'employees-treated-worse-than-customers',
  ],
  [
    'the manager snaps at staff but expects them to smile at customers',
    'employees-treated-worse-than-customers',
  ],
  [
    'our directors make fun of difficult customers behind their backs yet want us to be warm',
    'leaders-dont-model-service',
  ],
  // Written fresh in one sitting, before any was run against the index, and kept as written.
  ['half the team is off sick with stress and the rest are covering double shifts', 'understaffing'],
  [
    'our staff find out about a new offer from the customers who ring up about it',
    'employees-kept-in-the-dark',
  ],
  ['we ran one customer service course two years ago and never followed it up', 'one-and-done-training'],
  [
    'each department hits its own numbers while the customer gets passed from pillar to post',
    'service-as-a-department',
  ],
  ['staff have to copy the same details into four different screens', 'clunky-tools'],
  [
    'our promise says we reply within a day but customers expect an answer within the hour',
    'yesterdays-response-standards',
  ],
  [
    'the management team never sits with the front line to listen to real calls',
    'leadership-overestimates-service',
  ],
  ['suggestions from staff go into a box and nothing ever comes back', 'no-continuous-improvement'],
  ['every apology is different because there is no agreed way to put things right', 'no-recovery-plan'],
  [
    'we recruit whoever knows the product and then wonder why they are cold with people',
    'hiring-for-skills-not-fit',
  ],
  ['our contact centre is always short of people on Monday mornings', 'understaffing'],
  ['agents are not allowed to waive a late fee even when it was our fault', 'empowerment-in-name-only'],
  ['head office sends a new policy by email and expects it done by Monday', 'mandates-without-dialogue'],
  [
    'the same complaint about late deliveries comes in every month and nothing changes',
    'no-continuous-improvement',
  ],
  [
    'our sales team gets a bonus for every contract even when the customer cancels a month later',
    'profit-over-relationship',
  ],
  [
    'we only train people on the till system and never on how to talk to customers',
    'untrained-or-mistrained-staff',
  ],
  ['during the Christmas rush the managers stay in meetings', 'leaders-dont-jump-in'],
  [
    'we answer emails in the order they arrive even when a customer is desperate',
    'yesterdays-response-standards',
  ],
  ['the warehouse and the support team blame each other for every late parcel', 'service-as-a-department'],
  ['there is no plan for what to say when a delivery goes badly wrong', 'no-recovery-plan'],
  ['a great hire from the interview turned out to hate dealing with the public', 'hiring-for-skills-not-fit'],
];

/**
 * The search page, opened once and searched again and again as a reader would: each query is typed
 * over the last and submitted, and the results are read once the status names that query.
 */
let search: Awaited<ReturnType<typeof openPage>> | undefined;
beforeAll(async () => {
  if (!browserTestsSkipped) search = await openPage(browser(), `${siteUrl()}/search/`);
});
afterAll(async () => {
  await search?.done();
});

/** The search page's results for a query, as mode ids in ranked order. */
async function resultsFor(query: string): Promise<string[]> {
  const { page } = search!;
  await page.getByRole('searchbox', { name: 'Search words' }).fill(query);
  await page.getByRole('searchbox', { name: 'Search words' }).press('Enter');
  await page.waitForFunction((q) => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return /match|No page/.test(status) && status.includes(`“${q}”`);
  }, query);
  const hrefs = await page
    .locator('#search-results li h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^.*\/modes\/([^/]+)\/$/, '$1'));
}

describe.skipIf(browserTestsSkipped)('searching in plain words', () => {
  test('every description names a page that exists, and there are at least 33', () => {
    expect(DESCRIPTIONS.length).toBeGreaterThanOrEqual(33);
    const ids = new Set(library.modes.map((m) => m.id));
    for (const [, id] of DESCRIPTIONS) expect(ids.has(id), id).toBe(true);
  });

  test('no description copies one of the symptom phrases the pages are indexed with', () => {
    const phrases = library.modes.flatMap((m) => m.symptoms.map((s) => s.toLowerCase()));
    for (const [description] of DESCRIPTIONS) expect(phrases).not.toContain(description.toLowerCase());
  });

  // One after another on the one page: a search the engine has warmed up takes about 70 ms.
  test.for(DESCRIPTIONS)('“%s” finds %s in the top three', async ([description, id], { expect }) => {
    const ranked = await resultsFor(description);
    expect(ranked.slice(0, 3), `results: ${ranked.slice(0, 5).join(', ')}`).toContain(id);
  });

  test('a sentence with a word that appears on no page still finds pages, from a shared link too', async () => {
    const query = 'honestly our zxqvbn customers wait far too long for answers';
    expect(await resultsFor(query)).not.toEqual([]);
    // A link with ?q= (as the page writes into the address) runs the same search on arrival.
    const { page, done } = await openPage(browser(), `${siteUrl()}/search/?q=${encodeURIComponent(query)}`);
    await page
      .locator('#search-status')
      .filter({ hasText: /have some of them/ })
      .waitFor();
    await expect(page.locator('#search-results li').count()).resolves.toBeGreaterThan(0);
    await done();
  });
});
