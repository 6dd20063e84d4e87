/**
 * "Our first 90 days": the chosen chapters' plays week by week, as the handbook prints it and as
 * the training calendar holds its reviews. The 3-chapter plan is a reviewed golden file
 * (UPDATE=1 rewrites it, then review the diff); the other tests say what any plan must do.
 */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import type { Handbook } from '../../src/core/handbook/model.ts';
import { LAST_WEEK_OF_FIRST_90_DAYS } from '../../src/core/handbook/first-days.ts';
import { addDays } from '../../src/core/handbook/schedule.ts';
import { buildHandbookDocument } from '../../src/document/handbook.ts';
import { OUTPUTS, layOut } from '../../src/render/outputs.ts';
import type { HandbookConfig } from '../../src/schemas/handbook-config.ts';
import { expectFixture } from '../support/fixture.ts';
import { sharedLibrary } from '../support/library.ts';
import { handbookHtml, handbookMarkdown } from '../support/render.ts';
import { renderHandbookMarkdown } from '../../src/render/handbook-markdown.ts';

const library = await sharedLibrary();

/** A handbook of `priorities`, its training starting on `start` when given, with extra config lines. */
async function handbookOf(
  priorities: readonly string[],
  options: { start?: string; extra?: string } = {},
): Promise<{ handbook: Handbook; config: HandbookConfig }> {
  const text = [
    'company: Hearth & Loom',
    'vision: Every customer leaves with the right thing for their home.',
    'priorities:',
    ...priorities.map((id) => `  - ${id}`),
    'include: priorities',
    'standards:',
    '  firstResponse: 4 hours for emails and web messages',
    '  callback: the same day',
    ...(options.start ? ['training:', `  start: ${options.start}`, '  cadence: weekly'] : []),
    options.extra ?? '',
  ].join('\n');
  const { config, problems } = checkHandbookConfig({ path: 'config.yaml', text }, library);
  expect(problems).toEqual([]);
  return { handbook: await buildHandbook(library, config!), config: config! };
}

/** The plan's section of the Markdown handbook: from its heading to the next top-level heading. */
function planMarkdown(handbook: Handbook): string {
  const markdown = renderHandbookMarkdown(buildHandbookDocument(handbook, { target: 'markdown' }));
  const from = markdown.indexOf('## Our first 90 days');
  expect(from).toBeGreaterThan(0);
  const to = markdown.indexOf('\n## ', from + 1);
  return markdown.slice(from, to === -1 ? undefined : to + 1);
}

/** The calendar's events as ical.js reads them. */
async function calendarEvents(run: { handbook: Handbook; config: HandbookConfig }) {
  const [file] = await OUTPUTS.ics.render(run, layOut(run));
  const calendar = new ICAL.Component(ICAL.parse(file!.content as string));
  return {
    text: file!.content as string,
    events: calendar
      .getAllSubcomponents('vevent')
      .map((c: InstanceType<typeof ICAL.Component>) => new ICAL.Event(c)),
  };
}

const THREE = ['clunky-tools', 'understaffing', 'no-recovery-plan'] as const;

describe('Our first 90 days', () => {
  test('a 3-chapter handbook prints tests/fixtures/first-days/three-chapters.md', async () => {
    const { handbook } = await handbookOf(THREE, {
      start: '2025-09-08',
      extra: 'roles:\n  team-leader: Shift supervisor',
    });
    expectFixture(planMarkdown(handbook), 'tests/fixtures/first-days/three-chapters.md');
  });

  test('every play of every chapter is in the plan once at its start week and once at its review week', async () => {
    const all = library.modes.map((m) => m.id);
    const { handbook } = await handbookOf(all, { start: '2025-09-08' });
    const plays = handbook.chapters.flatMap((c) => c.mode.plays.map((p) => ({ chapter: c.number, ...p })));
    expect(plays.length).toBeGreaterThan(all.length * 2);
    const starts = handbook.firstDays.weeks.flatMap((w) => w.starts.map((p) => [w.week, p] as const));
    const reviews = handbook.firstDays.weeks.flatMap((w) => w.reviews.map((p) => [w.week, p] as const));
    for (const play of plays) {
      const started = starts.filter(([, p]) => p.play.id === play.id && p.chapter.number === play.chapter);
      expect(
        started.map(([week]) => week),
        play.title,
      ).toEqual([play.start]);
      const reviewed = reviews.filter(([, p]) => p.play.id === play.id && p.chapter.number === play.chapter);
      expect(
        reviewed.map(([week]) => week),
        play.title,
      ).toEqual(play.review === undefined ? [] : [play.review]);
    }
    // Weeks in order, each dated seven days after the one before it would be.
    const weeks = handbook.firstDays.weeks;
    expect(weeks.map((w) => w.week)).toEqual([...weeks.map((w) => w.week)].sort((a, b) => a - b));
    for (const week of weeks) expect(week.date?.iso).toBe(addDays('2025-09-08', week.week * 7));
  });

  test('with every chapter, the weeks after week 12 are listed under their own heading', async () => {
    const { handbook } = await handbookOf(library.modes.map((m) => m.id));
    const markdown = planMarkdown(handbook);
    const later = markdown.indexOf('### After the first 90 days');
    expect(later).toBeGreaterThan(0);
    const weekHeadings = [...markdown.matchAll(/^#{3,4} Week (\d+)$/gm)].map((m) => ({
      week: Number(m[1]),
      at: m.index!,
    }));
    expect(weekHeadings.length).toBeGreaterThan(LAST_WEEK_OF_FIRST_90_DAYS);
    for (const { week, at } of weekHeadings)
      expect(at > later, `week ${week}`).toBe(week > LAST_WEEK_OF_FIRST_90_DAYS);
    // Without a training start the weeks have no dates, and the reader is told how to get them.
    expect(markdown).toContain('Give the training plan a start date');
    expect(markdown).not.toMatch(/· from/);
  });

  test('with one chapter, only the weeks in which something happens are printed', async () => {
    const { handbook } = await handbookOf(['clunky-tools'], { start: '2025-09-08' });
    const mode = library.modes.find((m) => m.id === 'clunky-tools')!;
    const expected = [...new Set(mode.plays.flatMap((p) => [p.start!, p.review!]))].sort((a, b) => a - b);
    expect(handbook.firstDays.weeks.map((w) => w.week)).toEqual(expected);
    const markdown = planMarkdown(handbook);
    expect([...markdown.matchAll(/^#{3,4} Week (\d+)/gm)].map((m) => Number(m[1]))).toEqual(expected);
  });

  test('owners carry the company’s own titles, and a play of its own waits for a week', async () => {
    const { handbook } = await handbookOf(['clunky-tools'], {
      start: '2025-09-08',
      extra: [
        'roles:',
        '  customer-service-manager: Store manager',
        'chapters:',
        '  clunky-tools:',
        '    plays:',
        '      - title: Ask the tills supplier for a loan unit',
        '        owner: customer-service-manager',
        '        when: Before the sale',
        '        steps:',
        '          - Phone the supplier.',
        '          - Agree a date.',
      ].join('\n'),
    });
    const markdown = planMarkdown(handbook);
    expect(markdown).toContain('Owner: Store manager');
    expect(markdown).not.toContain('Customer service manager');
    const own = markdown.slice(markdown.indexOf('### Our own plays, with no week yet'));
    expect(own).toContain('Ask the tills supplier for a loan unit');
    expect(markdown.indexOf('Ask the tills supplier')).toBe(
      markdown.indexOf('### Our own plays') + own.indexOf('Ask the tills'),
    );
  });

  test('the plan is in the HTML handbook too, listed in the contents, with its dates as <time>', async () => {
    const { handbook } = await handbookOf(THREE, { start: '2025-09-08' });
    const html = handbookHtml(handbook);
    expect(html).toContain('<a href="#first-90-days">Our first 90 days</a>');
    expect(html).toMatch(/<h3>Week 0 · from <time datetime="2025-09-08">8 September 2025<\/time><\/h3>/);
    expect(handbookMarkdown(handbook)).toContain('- [Our first 90 days](#our-first-90-days)');
  });
});

describe('the training calendar holds the plan’s reviews', () => {
  test('one all-day event per play reviewed, on the day its review week begins', async () => {
    const run = await handbookOf(THREE, { start: '2025-09-08' });
    const { events } = await calendarEvents(run);
    const reviews = events.filter((e) => e.component.getFirstPropertyValue('categories') === 'Review');
    const plays = run.handbook.chapters.flatMap((c) => c.mode.plays.filter((p) => p.review !== undefined));
    expect(reviews).toHaveLength(plays.length);
    for (const play of plays) {
      const event = reviews.find((e) => e.summary === `Review: ${play.title}`);
      expect(event, play.title).toBeDefined();
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.startDate.toString()).toBe(addDays('2025-09-08', play.review! * 7));
      expect(event!.description).toContain(`Week ${play.review} of the handbook’s plan`);
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  test('the same handbook gives the same calendar, byte for byte', async () => {
    const first = await calendarEvents(await handbookOf(THREE, { start: '2025-09-08' }));
    const second = await calendarEvents(await handbookOf(THREE, { start: '2025-09-08' }));
    expect(second.text).toBe(first.text);
  });

  test('an owner’s title from the config is the owner in the event', async () => {
    const run = await handbookOf(['clunky-tools'], {
      start: '2025-09-08',
      extra: 'roles:\n  customer-service-manager: Store manager',
    });
    const { events } = await calendarEvents(run);
    const friction = events.find((e) => e.summary === 'Review: Run a friction log')!;
    expect(friction.description).toContain('Owner: Store manager.');
  });
});
