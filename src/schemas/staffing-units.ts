/**
 * The shorthands people write for staffing inputs: durations (`30m`, `3 min`, `180s`, `1h30m`),
 * percentages (`30%`) and targets (`80/20s`, `80% in 20s`, or an average wait such as `avg 30s`).
 * Shared by the CLI, the config schema and the page script, so all three accept the same text.
 * Each parser returns a value or a message saying what was expected; callers add the field name.
 */
import { STAFFING_LIMITS, concurrencyNotWhole } from './staffing-limits.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
};

const NUMBER = String.raw`\d+(?:\.\d+)?|\.\d+`;
const DURATION_PART = new RegExp(String.raw`(${NUMBER})\s*([a-z]+)`, 'gy');

/** A duration in seconds from `180s`, `3m`, `3 min`, `1h30m`, `2.5 hours` or `1d`; a bare number has no unit and is refused. */
export function parseDuration(input: string | number): Parsed<number> {
  const text = String(input).trim().toLowerCase();
  if (text === '') return fail('is empty; expected a duration such as 3m or 180s');
  if (/^-/.test(text)) return fail(`must be more than zero, got "${input}"`);
  if (new RegExp(`^(?:${NUMBER})$`).test(text))
    return fail(`"${input}" has no unit; write it as ${text}s, ${text}m or ${text}h`);
  let seconds = 0;
  let at = 0;
  DURATION_PART.lastIndex = 0;
  for (let match = DURATION_PART.exec(text); match; match = DURATION_PART.exec(text)) {
    const unit = UNIT_SECONDS[match[2]!];
    if (unit === undefined)
      return fail(
        `unknown unit "${match[2]}" in "${input}"; use s (seconds), m (minutes) or h (hours), e.g. 3m or 180s`,
      );
    seconds += Number(match[1]) * unit;
    at = DURATION_PART.lastIndex;
    while (text[at] === ' ') at++;
    DURATION_PART.lastIndex = at;
  }
  if (at !== text.length)
    return fail(`"${input}" is not a duration; write a number and a unit, e.g. 3m, 180s or 1h30m`);
  if (!(seconds > 0) || !Number.isFinite(seconds)) return fail(`must be more than zero, got "${input}"`);
  return ok(seconds);
}

/**
 * A share from 0 to 1 from `30%` or `30` (a bare number is read as percent). A bare fraction such as
 * 0.3 is refused, because it could mean 0.3 % or 30 %.
 */
export function parsePercent(input: string | number): Parsed<number> {
  const text = String(input).trim();
  const match = new RegExp(`^(-?(?:${NUMBER}))\\s*(%?)$`).exec(text);
  if (!match) return fail(`"${input}" is not a percentage; write it like 30%`);
  const value = Number(match[1]);
  if (value < 0) return fail(`cannot be negative, got "${input}"`);
  if (!match[2] && value > 0 && value < 1)
    return fail(
      `"${input}" is ambiguous; write ${value * 100}% for ${value * 100} percent, or ${value}% if you mean less than one percent`,
    );
  if (value > 100) return fail(`cannot be over 100%, got "${input}"`);
  return ok(value / 100);
}

/** An interval as people say it: `30m`, `1h`, and also `hour`, `a day` or `per day` (one of that unit). */
export function parseInterval(input: string | number): Parsed<number> {
  const text = String(input)
    .trim()
    .toLowerCase()
    .replace(/^(?:per|an?|each)\s+/, '');
  return parseDuration(/^[a-z]+$/.test(text) && UNIT_SECONDS[text] !== undefined ? `1${text}` : input);
}

/** A whole number of people from 1 to `max`, e.g. `12` or `1,200`. */
export function parsePeople(input: string | number, max: number): Parsed<number> {
  const text = String(input)
    .trim()
    .replace(/[,_](?=\d{3}\b)/g, '');
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1)
    return fail(`expected a whole number of people, e.g. 12; got "${input}"`);
  if (value > max)
    return fail(
      `is more than ${formatNumber(max)} people, the largest team this calculator works out; check the number`,
    );
  return ok(value);
}

/** A positive count of contacts or people, e.g. `100` or `12.5` (an average). */
export function parseCount(input: string | number): Parsed<number> {
  const text = String(input)
    .trim()
    .replace(/[,_](?=\d{3}\b)/g, '');
  if (!new RegExp(`^-?(?:${NUMBER})$`).test(text))
    return fail(`"${input}" is not a number; write it like 100`);
  const value = Number(text);
  if (!(value > 0)) return fail(`must be more than zero, got "${input}"`);
  return ok(value);
}

/** Either "X % answered within Y seconds" or "an average wait of at most Y seconds". */
export type Target =
  { kind: 'service-level'; share: number; seconds: number } | { kind: 'average-wait'; seconds: number };

/**
 * A target from `80/20s`, `80%/20s`, `80% in 20s`, `80% within 20 seconds` (service level), or
 * `avg 30s` / `average 30s` / a lone duration such as `30s` (average wait).
 */
export function parseTarget(input: string): Parsed<Target> {
  const text = String(input).trim().toLowerCase();
  const notATarget = `"${input}" is not a target; write a service level as 80/20s (80% answered within 20 seconds) or an average wait as avg 30s`;
  if (text === '')
    return fail(
      'is empty; write a service level as 80/20s (80% answered within 20 seconds) or an average wait as avg 30s',
    );
  if (!/[/%]|\bin\b|\bwithin\b/.test(text)) {
    const average = /^(?:avg|average|asa)?\s*(?:wait)?\s*(?:of|under|<=?)?\s*([\s\S]+)$/.exec(text);
    if (!average || /^\d+(?:\.\d+)?$/.test(average[1]!)) {
      return fail(notATarget);
    }
    const seconds = parseDuration(average[1]!);
    if (!seconds.ok)
      return fail(`${seconds.message} (as an average wait; for a service level write e.g. 80/20s)`);
    return ok({ kind: 'average-wait', seconds: seconds.value });
  }
  const level = /^([^/%]+?)\s*%?\s*(?:\/|in|within)\s*([\s\S]+)$/.exec(text);
  if (!level) return fail(notATarget);
  const share = parsePercent(`${level[1]!.trim()}%`);
  if (!share.ok) return fail(`the percentage ${share.message}`);
  const time = level[2]!.trim();
  // "within 0s" is allowed: it asks for the share answered without waiting at all.
  const seconds = /^0+(?:\.0+)?\s*[a-z]*$/.test(time) ? ok(0) : parseDuration(time);
  if (!seconds.ok) return fail(`the time ${seconds.message}`);
  return ok({ kind: 'service-level', share: share.value, seconds: seconds.value });
}

/** `80% within 20 seconds` or `an average wait of 30 seconds`, for headings and readings. */
export function describeTarget(target: Target): string {
  return target.kind === 'service-level'
    ? `${formatPercent(target.share)} within ${formatDuration(target.seconds)}`
    : `an average wait of ${formatDuration(target.seconds)} or less`;
}

/** A unit a duration is written in. */
export type DurationUnit = 'seconds' | 'minutes' | 'hours';

/**
 * A duration as people say it, in one or two units, larger first: 30 seconds, 2 minutes 3 seconds,
 * 3 minutes, 1 hour 30 minutes, 4.5 seconds. Shared by the messages here and the readings
 * (src/core/staffing/wording.ts), which write the units in the dictionary's words.
 */
export function durationParts(seconds: number): { n: number; unit: DurationUnit }[] {
  if (seconds < 59.5) return [{ n: round(seconds, seconds < 10 ? 1 : 0), unit: 'seconds' }];
  if (seconds < 600 && Math.round(seconds) % 60 !== 0)
    return [
      { n: Math.floor(Math.round(seconds) / 60), unit: 'minutes' },
      { n: Math.round(seconds) % 60, unit: 'seconds' },
    ];
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return [{ n: minutes, unit: 'minutes' }];
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? [{ n: hours, unit: 'hours' }]
    : [
        { n: hours, unit: 'hours' },
        { n: rest, unit: 'minutes' },
      ];
}

/** `30 seconds`, `2 minutes 3 seconds`, `3 minutes`, `1 hour 30 minutes`, `4.5 seconds`. */
export function formatDuration(seconds: number): string {
  return durationParts(seconds)
    .map(({ n, unit }) => `${formatNumber(n, 1)} ${n === 1 ? unit.slice(0, -1) : unit}`)
    .join(' ');
}

/**
 * A share as the figure of its percentage: whole, or with a decimal when it matters (99.5, not a
 * rounded-up 100, for a share just short of everything); `digits` forces decimals, e.g. 79.6
 * beside an 80 % target.
 */
export function percentFigure(share: number, digits?: number): number {
  const percent = share * 100;
  if (digits !== undefined) return round(percent, digits);
  return (percent >= 99 && percent < 100 ? Math.floor(percent * 10) / 10 : Math.round(percent)) + 0;
}

/** `88%`, or `99.5%` when the decimal matters; `digits` forces decimals, e.g. 79.6% beside an 80% target. */
export function formatPercent(share: number, digits?: number): string {
  return digits !== undefined
    ? `${formatNumber(percentFigure(share, digits), digits)}%`
    : `${percentFigure(share)}%`;
}

export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  if (!Number.isFinite(value * scale)) return value;
  return Math.round(value * scale) / scale + 0;
}

const FORMATS = new Map<number, Intl.NumberFormat>();

/**
 * A number as people read it: digits grouped (`12,400`), at most `digits` decimals, never in
 * exponent notation however large, and never `-0`.
 */
export function formatNumber(value: number, digits = 0): string {
  let format = FORMATS.get(digits);
  if (!format)
    FORMATS.set(digits, (format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits })));
  return format.format(round(value, digits));
}

/** A count of people: always whole, digits grouped; `1 person`, `12 people`. */
export function formatPeople(n: number): string {
  const whole = Math.ceil(n - 1e-9);
  return `${formatNumber(whole)} ${whole === 1 ? 'person' : 'people'}`;
}

/** Opening hours from `08:00-18:00` or `8-18`: the opening minute and the number of whole hours open. */
export function parseOpeningHours(input: string): Parsed<{ openMinute: number; hours: number }> {
  const match = /^\s*(\d{1,2})(?::(\d{2}))?\s*(?:-|–|to)\s*(\d{1,2})(?::(\d{2}))?\s*$/.exec(String(input));
  if (!match) return fail(`"${input}" is not a time range; write opening hours like 08:00-18:00`);
  const open = Number(match[1]) * 60 + Number(match[2] ?? 0);
  const close = Number(match[3]) * 60 + Number(match[4] ?? 0);
  if (open >= 24 * 60 || close > 24 * 60 || Number(match[2] ?? 0) > 59 || Number(match[4] ?? 0) > 59)
    return fail(`"${input}" has a time that does not exist; use 00:00 to 24:00`);
  const minutes = close - open;
  if (minutes <= 0)
    return fail(`"${input}" closes before it opens; write the earlier time first, e.g. 08:00-18:00`);
  if (minutes % 60 !== 0)
    return fail(`"${input}" is not a whole number of hours; round it to the hour, e.g. 08:00-18:00`);
  return ok({ openMinute: open, hours: minutes / 60 });
}

/** A list of hourly counts from `12 18 30` or `12, 18, 30` (zero allowed: a quiet hour). */
export function parseCountList(input: string | readonly (string | number)[]): Parsed<number[]> {
  const items = typeof input === 'string' ? input.split(/[\s,;]+/).filter(Boolean) : input.map(String);
  if (items.length === 0) return fail('is empty; give one number per opening hour, e.g. 12, 18, 30');
  if (items.length > 24)
    return fail(`has ${items.length} numbers; a day has at most 24 hours, one number each`);
  const values: number[] = [];
  for (const [i, item] of items.entries()) {
    const value = Number(item);
    if (!/^\d+(?:\.\d+)?$/.test(item.trim()) || !Number.isFinite(value))
      return fail(`item ${i + 1} ("${item}") is not a count; write whole hours' arrivals like 12, 18, 30`);
    values.push(value);
  }
  return ok(values);
}

/** Chats held at once, from `2`: a whole number from 1 to the limit. */
export function parseConcurrency(input: string | number): Parsed<number> {
  const text = String(input).trim();
  const value = Number(text);
  return /^\d+$/.test(text) && value >= 1 && value <= STAFFING_LIMITS.maxConcurrency
    ? { ok: true, value }
    : { ok: false, message: concurrencyNotWhole(String(input)) };
}
