/**
 * The training schedule: which session falls on which date, and when each refresher follows. The
 * handbook's training plan and training-plan.ics both come from planTrainingSessions, so they
 * cannot disagree.
 */
import type { Cadence } from '../../schemas/handbook-config.ts';
import type { FailureMode } from '../library/library.ts';
import { INTERNAL_ERRORS } from '../internal-errors.ts';
import { words, type Dictionary } from '../../i18n/index.ts';

/**
 * Formats an ISO date in the dictionary's language with the conventions of the locale's region: in
 * English, en-US writes "March 1, 2025", en-GB and de-DE "1 March 2025". The text never switches
 * language with the region, so dates and the words around them agree. UTC, so the day never shifts;
 * the year is printed as written (Intl would print year 0 as 1, the year before it).
 */
export function formatDate(iso: string, locale: string, w: DateWords = words()): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const format = new Intl.DateTimeFormat(languageWithRegion(w, locale), {
    dateStyle: 'long',
    timeZone: 'UTC',
    calendar: 'gregory',
    numberingSystem: 'latn',
  });
  return format
    .formatToParts(utcDate(y, m - 1, d))
    .map((part) => (part.type === 'year' ? String(y) : part.value))
    .join('');
}

/**
 * The UTC midnight of a day; the month and day may run over (month 12 is January of the next year).
 * Not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
 */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** YYYY-MM-DD of a UTC date in the years 0 to 9999. */
function isoDay(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** What a date needs of a dictionary: its language, and its own locale for a region it does not know. */
type DateWords = Pick<Dictionary, 'language' | 'locale'>;

/** The dictionary's language with the locale's region, e.g. de-DE -> en-DE in English; its own locale when Intl has no such pair. */
export function languageWithRegion(w: DateWords, locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  const candidate = region ? `${w.language}-${region}` : w.locale;
  return Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0 ? candidate : w.locale;
}

/** Session dates from a start date: every 7 or 14 days, or the same day each month (clamped to the month's end). */
export function scheduleDates(start: string, cadence: Cadence, count: number): string[] {
  return Array.from({ length: count }, (_, i) => isoDay(slotDate(start, cadence, i)));
}

/** The day of the i-th session (from 0). */
function slotDate(start: string, cadence: Cadence, i: number): Date {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  if (cadence === 'monthly') {
    const lastDay = utcDate(y, m - 1 + i + 1, 0).getUTCDate();
    return utcDate(y, m - 1 + i, Math.min(d, lastDay));
  }
  return utcDate(y, m - 1, d + i * (cadence === 'weekly' ? 7 : 14));
}

/** The last year a plan may reach: ISO dates and iCalendar write the year in four digits. */
export const LAST_YEAR = 9999;

/** How many sessions after a mode's own session its refresher is held, unless the caller says otherwise. */
export const DEFAULT_REFRESH_AFTER = 4;

/**
 * True when a plan for `modes` chapters from `start`, refreshers included, ends by the last day of
 * LAST_YEAR. Sessions last at most a few hours from 10:00, so the last slot's day is the last day.
 */
export function planEndsInTime(
  start: string,
  cadence: Cadence,
  modes: number,
  refreshAfter = DEFAULT_REFRESH_AFTER,
): boolean {
  const slots = modes + (refreshAfter > 0 && modes > 0 ? refreshAfter : 0);
  return slots === 0 || slotDate(start, cadence, slots - 1).getUTCFullYear() <= LAST_YEAR;
}

/** What the plan needs from a failure mode. */
export type PlanMode = Pick<FailureMode, 'id' | 'title' | 'summary' | 'exercise'>;

export interface TrainingPlanOptions {
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
}

/** One planned session, before it becomes calendar text. */
export interface PlannedSession {
  kind: 'session' | 'refresher';
  mode: PlanMode;
  /** Local start, YYYY-MM-DDTHH:MM. */
  start: string;
  minutes: number;
  /** Position of the mode's own session, from 1. */
  number: number;
}

const DAY_MS = 86_400_000;

/** The plan: session n on slot n; the refresher of mode n on slot n + refreshAfter, right after that slot's session if there is one. */
export function planTrainingSessions(
  modes: readonly PlanMode[],
  options: TrainingPlanOptions,
): PlannedSession[] {
  const refreshAfter = Math.max(0, Math.floor(options.refreshAfter ?? DEFAULT_REFRESH_AFTER));
  const refresherMinutes = options.refresherMinutes ?? 30;
  const time = options.time ?? '10:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new Error(INTERNAL_ERRORS.sessionTime(time));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.start))
    throw new Error(INTERNAL_ERRORS.sessionStart(options.start));
  const cadenceDays = options.cadenceDays ?? 7;
  if (!options.cadence && !(Number.isInteger(cadenceDays) && cadenceDays > 0))
    throw new Error(INTERNAL_ERRORS.sessionCadence(cadenceDays));
  const slots = modes.length + (refreshAfter > 0 && modes.length > 0 ? refreshAfter : 0);
  const dates = options.cadence
    ? scheduleDates(options.start, options.cadence, slots)
    : Array.from({ length: slots }, (_, i) => addDays(options.start, i * cadenceDays));
  const plan: PlannedSession[] = [];
  for (let slot = 0; slot < slots; slot++) {
    let at = `${dates[slot]}T${time}`;
    const own = modes[slot];
    if (own) {
      plan.push({ kind: 'session', mode: own, start: at, minutes: own.exercise.minutes, number: slot + 1 });
      at = addMinutes(at, own.exercise.minutes);
    }
    const earlier = refreshAfter > 0 ? modes[slot - refreshAfter] : undefined;
    if (earlier)
      plan.push({
        kind: 'refresher',
        mode: earlier,
        start: at,
        minutes: refresherMinutes,
        number: slot - refreshAfter + 1,
      });
  }
  return plan;
}

/** The day `days` after an ISO day. Date.parse reads a four-digit ISO year as written, even below 100. */
export function addDays(iso: string, days: number): string {
  return isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS));
}

/** A local time (YYYY-MM-DDTHH:MM) `minutes` later. */
export function addMinutes(local: string, minutes: number): string {
  const date = new Date(Date.parse(`${local}:00Z`) + minutes * 60_000);
  return `${isoDay(date)}T${date.toISOString().slice(11, 16)}`;
}
