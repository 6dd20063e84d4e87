import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import { formatMinutes as formatMinutesIn, words } from '../../src/i18n/index.ts';

const formatMinutes = (n: number) => formatMinutesIn(words(), n);
import { findMode } from '../../src/core/library/navigation.ts';
import { formatDate } from '../../src/core/handbook/schedule.ts';
import { OUTPUTS, layOut } from '../../src/render/outputs.ts';
import { handbookHtml } from '../support/render.ts';
import { buildTrainingCalendar, foldLine } from '../../src/render/ics.ts';
import { planTrainingSessions } from '../../src/core/handbook/schedule.ts';
import { sharedLibrary } from '../support/library.ts';

const library = await sharedLibrary();
const modes = ['no-service-vision', 'empowerment-in-name-only', 'no-recovery-plan'].map((id) =>
  findMode(library, id),
);
const options = {
  start: '2025-09-09',
  cadenceDays: 7,
  refreshAfter: 2,
  company: 'Hearth & Loom',
  stamp: '2025-09-01',
  link: (id: string) => `https://example.org/modes/${id}/`,
};
const ics = buildTrainingCalendar(modes, options);

/** Every element below `node` that `test` accepts, in document order. */
function select(node: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (n: Root | Element) => {
    for (const child of n.children) {
      if (child.type !== 'element') continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

/** An element's text, as a reader sees it. */
function textOf(node: Element): string {
  return node.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : ''))
    .join('');
}

/** The events as a real iCalendar parser reads them, in file order. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar
      .getAllSubcomponents('vevent')
      .map((c: InstanceType<typeof ICAL.Component>) => new ICAL.Event(c)),
  };
}

describe('buildTrainingCalendar', () => {
  test('parses as one calendar with a session per mode and a refresher per mode', () => {
    const { calendar, events } = parseEvents(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/service-playbook/);
    expect(events.map((e) => e.summary)).toEqual([
      ...modes.map((m, i) => `Service training ${i + 1}: ${m.exercise.title}`),
      ...modes.map((m) => `Refresher: ${m.title}`),
    ]);
  });

  test('sessions follow the cadence, and refreshers come later in the plan', () => {
    const { events } = parseEvents(ics);
    const starts = events.map((e) => e.startDate.toString());
    expect(starts).toEqual([
      '2025-09-09T10:00:00',
      '2025-09-16T10:00:00',
      '2025-09-23T10:00:00',
      // Refresher of session 1, two sessions later: right after session 3 on the same day.
      `2025-09-23T${String(10 + Math.floor(modes[2]!.exercise.minutes / 60)).padStart(2, '0')}:${String(modes[2]!.exercise.minutes % 60).padStart(2, '0')}:00`,
      '2025-09-30T10:00:00',
      '2025-10-07T10:00:00',
    ]);
    expect(events[0]!.duration.toSeconds()).toBe(modes[0]!.exercise.minutes * 60);
    expect(events[4]!.duration.toSeconds()).toBe(30 * 60);
  });

  test('every event has a unique UID and a DTSTAMP from the fixed date', () => {
    const { events } = parseEvents(ics);
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(events.length);
    for (const e of events) {
      expect(e.uid).toMatch(/^hearth-loom-2025-09-09-(session|refresher)-\d{2}-[a-z-]+@service-playbook$/);
      expect(e.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-09-01T00:00:00Z');
    }
  });

  test('descriptions keep commas, semicolons and line breaks through escaping', () => {
    const { events } = parseEvents(ics);
    expect(events[0]!.description).toContain(`Failure mode: ${modes[0]!.title}. ${modes[0]!.summary}`);
    expect(events[0]!.description).toContain(`- ${modes[0]!.exercise.debrief[0]}`);
    expect(events[0]!.description).toContain('\n\nRead more: https://example.org/modes/no-service-vision/');
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe(
      'https://example.org/modes/no-service-vision/',
    );
  });

  test('uses CRLF line ends only and folds every line at 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  test('is the same text on every run', () => {
    expect(buildTrainingCalendar(modes, options)).toBe(ics);
  });

  test('a monthly cadence keeps the day of the month, clamped to short months', () => {
    const plan = planTrainingSessions(modes, { start: '2025-01-31', cadence: 'monthly', refreshAfter: 0 });
    expect(plan.map((s) => s.start)).toEqual(['2025-01-31T10:00', '2025-02-28T10:00', '2025-03-31T10:00']);
  });

  test('refreshAfter 0 leaves refreshers out', () => {
    const { events } = parseEvents(buildTrainingCalendar(modes, { ...options, refreshAfter: 0 }));
    expect(events).toHaveLength(3);
  });
});

describe('foldLine', () => {
  test('never splits a multi-byte character and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Grüße – ✓ '.repeat(20)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  test('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

const kits = await sharedLibrary('tests/fixtures/kits/content');

describe('refreshers and the kit follow-up', () => {
  const withFollowUp = findMode(kits, 'full-kit');
  const without = findMode(kits, 'partial-kit');
  const { events } = parseEvents(
    buildTrainingCalendar([withFollowUp, without], {
      start: '2025-03-03',
      refreshAfter: 1,
      stamp: '2025-03-01',
    }),
  );
  const refresher = (title: string) => events.find((e) => e.summary === `Refresher: ${title}`)!.description;

  test('a refresher checks what the kit says should have stuck, and lists the 30-day actions', () => {
    const text = refresher(withFollowUp.title);
    expect(text).toContain(`Check that it stuck: ${withFollowUp.exercise.followUp!.refresherCheck}`);
    for (const action of withFollowUp.exercise.followUp!.next30Days) expect(text).toContain(`- ${action}`);
    expect(text).not.toContain('one moment since the session');
  });

  test('without a follow-up, a refresher falls back to a general look back', () => {
    const text = refresher(without.title);
    expect(text).toContain('Ask each person for one moment since the session when it made a difference');
    expect(text).not.toContain('Check that it stuck');
  });
});

describe('the handbook training plan and training-plan.ics', () => {
  const configs: [string, string][] = [
    ['the retailer, fortnightly', 'examples/retailer.yaml'],
    ['the contact centre, weekly, with every mode in an appendix', 'examples/contact-centre.yaml'],
    ['the retailer, monthly from the 31st', 'examples/retailer.yaml:monthly:2025-01-31'],
    [
      'the contact centre, fortnightly, en-US dates',
      'examples/contact-centre.yaml:fortnightly:2025-12-22:en-US',
    ],
  ];

  test.each(configs)('list the same sessions and refreshers on the same dates: %s', async (_, spec) => {
    const [file, cadence, start, locale] = spec.split(':') as [string, string?, string?, string?];
    let text = readFileSync(file, 'utf8');
    if (cadence)
      text = text.replace(
        /^training:\n(?: {2}.*\n)+/m,
        `training:\n  start: ${start}\n  cadence: ${cadence}\n`,
      );
    if (locale) text = text.replace(/^locale: .*$/m, `locale: ${locale}`);
    const { config, problems } = checkHandbookConfig({ path: file, text }, library);
    expect(problems).toEqual([]);
    const handbook = await buildHandbook(library, config!);
    // The sessions and refreshers; the plays' reviews are checked against "Our first 90 days" below.
    const calendar = parseEvents(
      (await OUTPUTS.ics.render({ handbook, config: config! }, layOut({ handbook, config: config! })))[0]!
        .content as string,
    ).events.filter((e) => e.component.getFirstPropertyValue('categories') !== 'Review');
    // The plan as printed: each row of the training plan's table, read from the handbook's HTML.
    const plan = select(fromHtml(handbookHtml(handbook)), (e) => e.properties.id === 'training-plan')[0]!;
    const rows = select(plan, (e) => e.tagName === 'tr')
      .slice(1, -1)
      .map((tr) => select(tr, (e) => e.tagName === 'td' || e.tagName === 'th').map(textOf));
    expect(rows.length).toBeGreaterThan(handbook.chapters.length);
    expect(rows).toHaveLength(calendar.length);
    calendar.forEach((event, i) => {
      const [session, date, chapter, , , duration] = rows[i]!;
      const day = event.startDate.toString().slice(0, 10);
      expect(date, event.summary).toBe(formatDate(day, config!.locale));
      const refresher = event.summary.startsWith('Refresher: ');
      expect(session!.startsWith('Refresher of session'), event.summary).toBe(refresher);
      expect(chapter, event.summary).toContain(
        refresher
          ? event.summary.slice('Refresher: '.length)
          : handbook.chapters.find((c) => event.summary.endsWith(c.mode.exercise.title))!.mode.title,
      );
      const minutes = (event.endDate.toUnixTime() - event.startDate.toUnixTime()) / 60;
      expect(duration, event.summary).toBe(formatMinutes(minutes));
    });
  });
});
