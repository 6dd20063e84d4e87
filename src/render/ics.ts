/**
 * The training calendar: the plan from core/handbook/schedule.ts (the same plan the handbook prints) as
 * iCalendar events.
 * RFC 5545 text, written by hand: CRLF line ends, lines folded at 75 octets, stable UIDs and a
 * DTSTAMP from a fixed date, so the same inputs always give the same file.
 */
import {
  addMinutes,
  planTrainingSessions,
  type PlanMode,
  type PlannedSession,
  type TrainingPlanOptions,
} from '../core/handbook/schedule.ts';
import { slugify } from '../core/slug.ts';

export { planTrainingSessions, type PlannedSession } from '../core/handbook/schedule.ts';

export interface TrainingCalendarOptions extends TrainingPlanOptions {
  /** The company's name, for the calendar's name and the UIDs. */
  company?: string;
  /** The date stamped on every event (DTSTAMP), YYYY-MM-DD; default the start date. Never the clock. */
  stamp?: string;
  /** A link for a mode (its page or handout), added to the event. */
  link?: (id: string) => string | undefined;
}

/** What the calendar needs from a failure mode. */
export type CalendarMode = PlanMode;

/** The training calendar as iCalendar text (RFC 5545), one event per session and refresher. */
export function buildTrainingCalendar(
  modes: readonly CalendarMode[],
  options: TrainingCalendarOptions,
): string {
  const plan = planTrainingSessions(modes, options);
  const stamp = `${(options.stamp ?? options.start).replaceAll('-', '')}T000000Z`;
  const owner = options.company?.trim();
  const uidBase = `${owner ? `${slugify(owner, 'company')}-` : ''}${options.start}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//service-playbook//training plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${owner ? `${owner} ` : ''}service training`)}`,
    ...plan.flatMap((session) => {
      const { mode, kind } = session;
      const link = options.link?.(mode.id);
      const title =
        kind === 'session'
          ? `Service training ${session.number}: ${mode.exercise.title}`
          : `Refresher: ${mode.title}`;
      return [
        'BEGIN:VEVENT',
        `UID:${uidBase}-${kind}-${String(session.number).padStart(2, '0')}-${mode.id}@service-playbook`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${floating(session.start)}`,
        `DTEND:${floating(addMinutes(session.start, session.minutes))}`,
        `SUMMARY:${escapeText(title)}`,
        `DESCRIPTION:${escapeText(describe(session, link))}`,
        `CATEGORIES:${kind === 'session' ? 'Training' : 'Training,Refresher'}`,
        ...(link ? [`URL:${link}`] : []),
        'TRANSP:OPAQUE',
        'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The event text: what the session is for and how to run it. */
function describe(session: PlannedSession, link: string | undefined): string {
  const { mode } = session;
  const ex = mode.exercise;
  const parts =
    session.kind === 'session'
      ? [
          `Failure mode: ${mode.title}. ${mode.summary}`,
          `Exercise: ${ex.title} (${ex.format}, ${ex.minutes} minutes${ex.groupSize ? `, ${ex.groupSize}` : ''}).`,
          `Setup: ${ex.setup}`,
          `Debrief:\n${ex.debrief.map((q) => `- ${q}`).join('\n')}`,
        ]
      : [
          `A short return to session ${session.number}, "${ex.title}", so what was practised there sticks.`,
          // The kit's own check says what should have changed; without one, a general retrospective.
          ex.followUp
            ? `Check that it stuck: ${ex.followUp.refresherCheck}`
            : 'Ask each person for one moment since the session when it made a difference, and one when it did not. Then look at the chapter’s metrics together: have they moved? Pick one thing to try again before the next session.',
          ...(ex.followUp
            ? [
                `Agreed for the 30 days after the session:\n${ex.followUp.next30Days.map((s) => `- ${s}`).join('\n')}`,
              ]
            : []),
          `Questions to revisit:\n${ex.debrief.map((q) => `- ${q}`).join('\n')}`,
        ];
  return [...parts, ...(link ? [`Read more: ${link}`] : [])].join('\n\n');
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
