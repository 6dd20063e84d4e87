import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { checkHandbookConfigData } from '../../src/core/config/data-check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import type { Library } from '../../src/core/library/library.ts';
import { buildStaffingSection } from '../../src/core/staffing/handbook-section.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { handbookHtml, handbookMarkdown } from '../support/render.ts';
import type { HandbookConfig } from '../../src/schemas/handbook-config.ts';
import { sharedLibrary } from '../support/library.ts';
import { words } from '../../src/i18n/index.ts';

const EXAMPLE = 'examples/contact-centre.yaml';
const exampleText = readFileSync(EXAMPLE, 'utf8');

let library: Library;
beforeAll(async () => {
  library = await sharedLibrary();
});

function check(text: string) {
  return checkHandbookConfig({ path: EXAMPLE, text }, library);
}

/** The contact-centre example with its priorities and staffing block replaced. */
function variant(priorities: string[], staffing: unknown): string {
  const raw = parse(exampleText);
  return stringify({
    ...raw,
    priorities,
    include: 'priorities',
    ...(staffing === undefined ? { staffing: undefined } : { staffing }),
  });
}

/** The classic worked example as a config channel: 200 calls an hour is 100 per half hour. */
const CLASSIC = {
  shrinkage: '30%',
  channels: [{ name: 'Phone', kind: 'phone', contacts: 200, per: '1h', aht: '3m', target: '80/20s' }],
};

describe('the staffing block in a handbook config', () => {
  test('the contact-centre example is valid', () => {
    expect(check(exampleText).problems).toEqual([]);
  });

  test('bad values are reported with the field, the line and the fix', () => {
    const text = exampleText
      .replace('aht: 6m30s ', 'aht: 6    ')
      .replace('target: 90/2m ', 'target: 100/2m')
      .replace('shrinkage: 35%', 'shrinkage: 0.35');
    const report = formatProblems(check(text).problems);
    expect(report).toMatch(
      /contact-centre\.yaml:\d+:\d+ {2}staffing\.channels\.0\.aht: "6" has no unit; write it as 6s, 6m or 6h/,
    );
    expect(report).toMatch(/staffing\.shrinkage: "0\.35" is ambiguous; write 35%/);
    const unreachable = formatProblems(
      check(exampleText.replace('target: 90/2m ', 'target: 100/2m')).problems,
    );
    expect(unreachable).toMatch(/staffing\.channels\.1\.target: a 100% service level can never be met/);
  });

  test('an email channel needs one arrivals number per opening hour', () => {
    const report = formatProblems(
      check(exampleText.replace('hours: 08:00-20:00', 'hours: 08:00-18:00')).problems,
    );
    expect(report).toMatch(
      /staffing\.channels\.2\.arrivals: has 12 numbers but 10 opening hours; give one number per opening hour/,
    );
  });

  test('the section gives the published answer for the classic example: 14 on the phones, 20 on the rota', () => {
    const { config } = check(variant(['understaffing'], CLASSIC));
    const section = buildStaffingSection(words(), config!.staffing!);
    expect(section.rows).toEqual([
      {
        channel: 'Phone',
        standard: '80% within 20 seconds',
        volume: '200 an hour',
        handleTime: '3 minutes',
        onTheWork: 14,
        rostered: 20,
      },
    ]);
    expect(`${section.readings[0]!.channel}: ${section.readings[0]!.text}`).toMatch(
      /^Phone: To answer 80% of calls within 20 seconds you need 14 people on the phones, 20 people on the rota/,
    );
  });
});

const PHONE = CLASSIC.channels[0]!;
const EMAIL = {
  name: 'Email',
  kind: 'email',
  hours: '08:00-18:00',
  arrivals: 30,
  outOfHours: 40,
  aht: '6m',
  standard: '4h',
};

describe('hostile staffing blocks are config problems with the field, never a hang or an exception', () => {
  test.each<[string, unknown, RegExp]>([
    [
      'a one-in-a-million occupancy cap',
      { ...CLASSIC, occupancy: '0.0001%' },
      /staffing\.occupancy: must be at least 50%/,
    ],
    [
      'shrinkage near 100% with only an email channel',
      { shrinkage: '99.99%', channels: [EMAIL] },
      /staffing\.shrinkage: must be 90% or less/,
    ],
    [
      'an empty target',
      { ...CLASSIC, channels: [{ ...PHONE, target: '' }] },
      /staffing\.channels\.0\.target: is empty/,
    ],
    [
      'an interval of a second',
      { ...CLASSIC, channels: [{ ...PHONE, per: '1s' }] },
      /staffing\.channels\.0\.per: must be from 1 minute to 4 hours, or a whole day/,
    ],
    [
      'a day without its busiest hour',
      { ...CLASSIC, channels: [{ ...PHONE, per: 'day' }] },
      /staffing\.channels\.0\.busiestHour: is needed for a volume per day/,
    ],
    [
      'calls held two at once',
      { ...CLASSIC, channels: [{ ...PHONE, concurrency: 2 }] },
      /staffing\.channels\.0\.concurrency: only chats can be handled several at once/,
    ],
    [
      'a volume beyond any centre',
      { ...CLASSIC, channels: [{ ...PHONE, contacts: 1e300 }] },
      /staffing\.channels\.0\.contacts: "1e\+300" is not a number/,
    ],
    [
      'a handle time of a millisecond',
      { ...CLASSIC, channels: [{ ...PHONE, aht: '0.001s' }] },
      /staffing\.channels\.0\.aht: must be from 1 second to 8 hours/,
    ],
    [
      'an infinite overnight count',
      { ...CLASSIC, channels: [{ ...EMAIL, outOfHours: Infinity }] },
      /staffing\.channels\.0\.outOfHours: expected a count of messages from 0 to 10,000,000, e.g. 260/,
    ],
    [
      'more email than any team keeps up with',
      { ...CLASSIC, channels: [{ ...EMAIL, arrivals: 1_000_000, aht: '8h' }] },
      /staffing\.channels\.0\.arrivals: is more work than the largest team this calculator works out \(250,000 people\) can clear/,
    ],
  ])('%s', (_name, staffing, message) => {
    const started = performance.now();
    const report = formatProblems(check(variant(['understaffing'], staffing)).problems);
    // Not a benchmark (bench/staffing.ts is): the bound tells a capped search (milliseconds) from the uncapped one (minutes).
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report).toMatch(message);
  });

  test('the browser builder, which checks the config data as it stands on every edit, refuses a tiny occupancy cap at once', () => {
    const raw = { ...parse(exampleText), staffing: { ...CLASSIC, occupancy: '0.0000001%' } };
    const started = performance.now();
    const { problems, config } = checkHandbookConfigData('config.yaml', raw, library);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(config).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'staffing.occupancy',
        message: expect.stringMatching(/^must be at least 50%/),
      }),
    ]);
  });
});

describe('"What our standards take" in the handbook', () => {
  async function render(text: string) {
    const { config, problems } = check(text);
    expect(problems).toEqual([]);
    const handbook = await buildHandbook(library, config as HandbookConfig);
    return { html: handbookHtml(handbook), markdown: handbookMarkdown(handbook) };
  }

  test('appears in the understaffing and response-standards chapters, in HTML and Markdown, and nowhere else', async () => {
    const { html, markdown } = await render(
      variant(['understaffing', 'no-service-vision', 'yesterdays-response-standards'], CLASSIC),
    );
    expect(html.match(/<h3>What our standards take<\/h3>/g)).toHaveLength(2);
    for (const id of ['understaffing', 'yesterdays-response-standards']) {
      const start = html.indexOf(`id="chapter-${id}"`);
      const section = html.slice(html.indexOf('<h3>What our standards take</h3>', start));
      expect(section).toMatch(
        /^<h3>What our standards take<\/h3>\s*<p>These are the people our own standards need/,
      );
      expect(section).toMatch(
        /<td><bdi>Phone<\/bdi><\/td>\s*<td>80% within 20 seconds<\/td>\s*<td>200 an hour<\/td>\s*<td>3 minutes<\/td>\s*<td>14<\/td>\s*<td>20<\/td>/,
      );
    }
    const vision = html.slice(
      html.indexOf('id="chapter-no-service-vision"'),
      html.indexOf('id="chapter-yesterdays-response-standards"'),
    );
    expect(vision).not.toContain('What our standards take');
    expect(markdown.match(/^### What our standards take$/gm)).toHaveLength(2);
    expect(
      markdown.match(/^\| Phone +\| 80% within 20 seconds \| 200 an hour \| 3 minutes +\| 14 +\| 20 +\|$/gm),
    ).toHaveLength(2);
  });

  test('a chat channel given per day, two chats at a time, is shown as given and planned for its busiest hour', async () => {
    const chat = {
      name: 'Web chat',
      kind: 'chat',
      contacts: '2,400',
      per: 'day',
      busiestHour: '12%',
      aht: '8m',
      concurrency: 2,
      target: '80/60s',
    };
    const { config } = check(variant(['understaffing'], { shrinkage: '30%', channels: [chat] }));
    const section = buildStaffingSection(words(), config!.staffing!);
    expect(section.rows).toEqual([
      {
        channel: 'Web chat',
        standard: '80% within 1 minute',
        volume: '2,400 a day, 12% in the busiest hour',
        handleTime: '8 minutes, 2 at a time',
        onTheWork: expect.any(Number),
        rostered: expect.any(Number),
      },
    ]);
    expect(`${section.readings[0]!.channel}: ${section.readings[0]!.text}`).toMatch(
      /^Web chat: To answer 80% of chats within 1 minute you need \d+ people answering chats 2 at a time in the busiest hour/,
    );
  });

  test('an email standard no team can meet is said in the row and the reading, not thrown', async () => {
    const impossible = {
      name: 'Email',
      kind: 'email',
      hours: '00:00-24:00',
      arrivals: 40_000,
      outOfHours: 10_000_000,
      aht: '4m48s',
      standard: '1m',
    };
    const { html, markdown } = await render(
      variant(['understaffing'], { shrinkage: '30%', channels: [impossible] }),
    );
    expect(markdown).toMatch(
      /^\| Email +\| every message within 1 minute \| 10,960,000 a day \| 4 minutes 48 seconds \| more than 250,000 +\| more than 250,000 +\|$/m,
    );
    expect(html).toContain(
      '<bdi>Email</bdi>: No team of up to 250,000 people meets every message within 1 minute at these volumes.',
    );
  });

  test('a config without a staffing block has no such section', async () => {
    const { html, markdown } = await render(variant(['understaffing'], undefined));
    expect(html).not.toContain('What our standards take');
    expect(markdown).not.toContain('What our standards take');
  });

  test('the contact-centre example gets the section in its response-standards chapter, for all three channels', async () => {
    const { markdown } = await render(exampleText);
    const section = markdown.slice(markdown.indexOf('### What our standards take'));
    expect(section).toMatch(
      /\| Phone +\| 80% within 1 minute +\| 900 an hour +\| 6 minutes 30 seconds \| 115 /,
    );
    expect(section).toMatch(/\| Email +\| every message within 4 hours \| 1,440 a day/);
    expect(section).toContain('the target alone takes');
  });
});
