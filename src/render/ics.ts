/**
 * The training calendar: the plan from core/handbook/schedule.ts (the same plan the handbook prints) as
 * iCalendar events.
 * RFC 5545 text, written by hand: CRLF line ends, lines folded at 75 octets, stable UIDs and a
 * DTSTAMP from a fixed date, so the same inputs always give the same file.
 * Why by hand rather than a writer library: we write two kinds of event (a session, a play's review) with up to nine properties, and
 * the builder writes the same file in the browser, where ical.js would add about 23 kB gzipped for
 * it; `ics` and `ical-generator` by default stamp each event with the clock and give it a random
 * id. The file is read back by ical.js in the tests (tests/unit/ics.test.ts), the program that
 * consumes such files, so the hand-written text is checked by a real parser.
 */
import {
  addDays,
  addMinutes,
  planTrainingSessions,
  type PlanMode,
  type PlannedSession,
  type TrainingPlanOptions,
} from '../core/handbook/schedule.ts';
import { slugify } from '../core/slug.ts';
import { fill, plural } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';

export interface TrainingCalendarOptions extends TrainingPlanOptions {
  /** The company's name, for the calendar's name and the UIDs. */
  company?: string;
  /** The date stamped on every event (DTSTAMP), YYYY-MM-DD; default the start date. Never the clock. */
  stamp?: string;
  /** A link for a mode (its page or handout), added to the event. */
  link?: (id: string) => string | undefined;
  /** The words of the events; the default language's unless given. */
  words?: Dictionary;
  /** Plays' reviews from "Our first 90 days", each an all-day event on the day its week begins. */
  reviews?: readonly CalendarReview[];
}

/** A play's review as the calendar needs it; the owner already in the handbook's title for the role. */
export interface CalendarReview {
  modeId: string;
  playId: string;
  play: string;
  chapter: { number: number; title: string };
  owner: string;
  week: number;
  /** YYYY-MM-DD, the day its week begins. */
  date: string;
}

/** What the calendar needs from a failure mode. */
export type CalendarMode = PlanMode;

/** The training calendar as iCalendar text (RFC 5545), one event per session and refresher. */
export function buildTrainingCalendar(
  modes: readonly CalendarMode[],
  options: TrainingCalendarOptions,
): string {
  const w = options.words ?? words();
  const C = w.calendar;
  const plan = planTrainingSessions(modes, options);
  const stamp = `${(options.stamp ?? options.start).replaceAll('-', '')}T000000Z`;
  const owner = options.company?.trim();
  const uidBase = `${owner ? `${slugify(owner, 'company')}-` : ''}${options.start}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${C.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(owner ? fill(w.locale, C.name, { company: owner }) : C.nameWithoutCompany)}`,
    ...plan.flatMap((session) => {
      const { mode, kind } = session;
      const link = options.link?.(mode.id);
      const title =
        kind === 'session'
          ? fill(w.locale, C.sessionTitle, { n: session.number, exercise: mode.exercise.title })
          : fill(w.locale, C.refresherTitle, { title: mode.title });
      const categories =
        kind === 'session' ? [C.categories.session] : [C.categories.session, C.categories.refresher];
      return [
        'BEGIN:VEVENT',
        `UID:${uidBase}-${kind}-${String(session.number).padStart(2, '0')}-${mode.id}@service-playbook`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${floating(session.start)}`,
        `DTEND:${floating(addMinutes(session.start, session.minutes))}`,
        `SUMMARY:${escapeText(title)}`,
        `DESCRIPTION:${escapeText(describe(w, session, link))}`,
        `CATEGORIES:${categories.map(escapeText).join(',')}`,
        ...(link ? [`URL:${link}`] : []),
        'TRANSP:OPAQUE',
        'END:VEVENT',
      ];
    }),
    ...(options.reviews ?? []).flatMap((review) => [
      'BEGIN:VEVENT',
      `UID:${uidBase}-review-${review.modeId}-${review.playId}@service-playbook`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${review.date.replaceAll('-', '')}`,
      `DTEND;VALUE=DATE:${addDays(review.date, 1).replaceAll('-', '')}`,
      `SUMMARY:${escapeText(fill(w.locale, C.reviewTitle, { play: review.play }))}`,
      `DESCRIPTION:${escapeText(
        fill(w.locale, C.reviewDescription, {
          week: review.week,
          play: review.play,
          n: review.chapter.number,
          chapter: review.chapter.title,
          owner: review.owner,
        }),
      )}`,
      `CATEGORIES:${escapeText(C.reviewCategory)}`,
      // A reminder in the day, not time blocked out of it.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The event text: what the session is for and how to run it. */
function describe(w: Dictionary, session: PlannedSession, link: string | undefined): string {
  const C = w.calendar;
  const { mode } = session;
  const ex = mode.exercise;
  const items = (lines: readonly string[]) =>
    lines.map((item) => fill(w.locale, C.listItem, { item })).join('\n');
  const parts =
    session.kind === 'session'
      ? [
          fill(w.locale, C.mode, { title: mode.title, summary: mode.summary }),
          fill(w.locale, C.exercise, {
            title: ex.title,
            // Its id ("role-play"), not the dictionary's name for it, so calendars stay as they were.
            format: ex.format,
            length: plural(w.locale, ex.minutes, w.kit.minutes),
            group: ex.groupSize ? fill(w.locale, C.group, { group: ex.groupSize }) : '',
          }),
          fill(w.locale, C.setup, { setup: ex.setup }),
          fill(w.locale, C.debrief, { questions: items(ex.debrief) }),
        ]
      : [
          fill(w.locale, C.refresherIntro, { n: session.number, title: ex.title }),
          // The kit's own check says what should have changed; without one, a general retrospective.
          ex.followUp
            ? fill(w.locale, C.refresherCheck, { check: ex.followUp.refresherCheck })
            : C.refresherRetrospective,
          ...(ex.followUp ? [fill(w.locale, C.agreed, { actions: items(ex.followUp.next30Days) })] : []),
          fill(w.locale, C.revisit, { questions: items(ex.debrief) }),
        ];
  return [...parts, ...(link ? [fill(w.locale, C.readMore, { link })] : [])].join('\n\n');
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so no line is longer than 75 octets, never splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation starts with one space, leaving 74.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `2025-09-09T10:00` -> `20250909T100000` (a floating local time). */
function floating(local: string): string {
  return `${local.replace(/[-:]/g, '')}00`;
}
