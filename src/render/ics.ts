/**
 * The training calendar: each chosen mode's exercise as a session, at a steady cadence from a start
 * date, plus a short refresher of each mode some sessions later, because training held once fades.
 * RFC 5545 text, written by hand: CRLF line ends, lines folded at 75 octets, stable UIDs and a
 * DTSTAMP from a fixed date, so the same inputs always give the same file.
 */
import type { FailureMode } from '../core/library.ts';
import { scheduleDates } from '../core/schedule.ts';

/** What the calendar needs from a failure mode. */
export type CalendarMode = Pick<FailureMode, 'id' | 'title' | 'summary' | 'exercise'>;

/** Named cadences, as the handbook config writes them. */
export type Cadence = 'weekly' | 'fortnightly' | 'monthly';

export interface TrainingCalendarOptions {
  /** The first session's date, YYYY-MM-DD. */
  start: string;
  /** Days between sessions (default 7). Ignored when `cadence` is given. */
  cadenceDays?: number;
  /** A named cadence from the config; `monthly` keeps the same day of the month. */
  cadence?: Cadence;
  /**
   * How many sessions after a mode's own session its refresher is held (default 4: about a month
   * when weekly). 0 leaves refreshers out.
   */
  refreshAfter?: number;
  /** Length of a refresher in minutes (default 30). */
  refresherMinutes?: number;
  /** Local start time of each session, HH:MM (default 10:00); times float with the reader's time zone. */
  time?: string;
  /** The company's name, for the calendar's name and the UIDs. */
  company?: string;
  /** The date stamped on every event (DTSTAMP), YYYY-MM-DD; default the start date. Never the clock. */
  stamp?: string;
  /** A link for a mode (its page or handout), added to the event. */
  link?: (id: string) => string | undefined;
}

/** One planned session, before it becomes calendar text. */
export interface PlannedSession {
  kind: 'session' | 'refresher';
  mode: CalendarMode;
  /** Local start, YYYY-MM-DDTHH:MM. */
  start: string;
  minutes: number;
  /** Position of the mode's own session, from 1. */
  number: number;
}

const DAY_MS = 86_400_000;

/** The plan: session n on slot n; the refresher of mode n on slot n + refreshAfter, right after that slot's session if there is one. */
export function planTrainingSessions(modes: readonly CalendarMode[], options: TrainingCalendarOptions): PlannedSession[] {
  const refreshAfter = Math.max(0, Math.floor(options.refreshAfter ?? 4));
  const refresherMinutes = options.refresherMinutes ?? 30;
  const time = options.time ?? '10:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new Error(`time must be HH:MM, got "${time}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.start)) throw new Error(`start must be YYYY-MM-DD, got "${options.start}"`);
  const cadenceDays = options.cadenceDays ?? 7;
  if (!options.cadence && !(Number.isInteger(cadenceDays) && cadenceDays > 0)) throw new Error(`cadenceDays must be a whole number of days above 0, got ${cadenceDays}`);
  const slots = modes.length + (refreshAfter > 0 && modes.length > 0 ? refreshAfter : 0);
  // The handbook's training plan dates its sessions with the same function, so both always agree.
  const dates = options.cadence ? scheduleDates(options.start, options.cadence, slots) : Array.from({ length: slots }, (_, i) => addDays(options.start, i * cadenceDays));
  const plan: PlannedSession[] = [];
  for (let slot = 0; slot < slots; slot++) {
    let at = `${dates[slot]}T${time}`;
    const own = modes[slot];
    if (own) {
      plan.push({ kind: 'session', mode: own, start: at, minutes: own.exercise.minutes, number: slot + 1 });
      at = addMinutes(at, own.exercise.minutes);
    }
    const earlier = refreshAfter > 0 ? modes[slot - refreshAfter] : undefined;
    if (earlier) plan.push({ kind: 'refresher', mode: earlier, start: at, minutes: refresherMinutes, number: slot - refreshAfter + 1 });
  }
  return plan;
}

/** The training calendar as iCalendar text (RFC 5545), one event per session and refresher. */
export function buildTrainingCalendar(modes: readonly CalendarMode[], options: TrainingCalendarOptions): string {
  const plan = planTrainingSessions(modes, options);
  const stamp = `${(options.stamp ?? options.start).replaceAll('-', '')}T000000Z`;
  const owner = options.company?.trim();
  const uidBase = `${owner ? `${slug(owner)}-` : ''}${options.start}`;
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
      const title = kind === 'session' ? `Service training ${session.number}: ${mode.exercise.title}` : `Refresher: ${mode.title}`;
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
          ...(ex.followUp ? [`Agreed for the 30 days after the session:\n${ex.followUp.next30Days.map((s) => `- ${s}`).join('\n')}`] : []),
          `Questions to revisit:\n${ex.debrief.map((q) => `- ${q}`).join('\n')}`,
        ];
  return [...parts, ...(link ? [`Read more: ${link}`] : [])].join('\n\n');
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
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

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function addMinutes(local: string, minutes: number): string {
  return new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'company';
}
