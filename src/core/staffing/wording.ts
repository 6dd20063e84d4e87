/**
 * The calculators' words: which part of the dictionary they print, and durations, people, shares and
 * targets written in it. The staffing page's script is given just these words by its page (a JSON
 * block, see `pickStaffingWords`) rather than importing the dictionary, which would bring every
 * word of the site into the one page that needs a few; so nothing here imports the dictionary, and
 * each function takes the words it prints.
 */
import { fill, plural } from '../../i18n/format.ts';
import type { Dictionary } from '../../i18n/index.ts';
import { durationParts, percentFigure, round, type Target } from '../../schemas/staffing-units.ts';

/** The parts of the staffing words the calculators print, on the page and in its script. */
const SCRIPT_PARTS = ['units', 'channels', 'reading', 'checks', 'result', 'form'] as const;

/** The words the calculators print, and the conventions to fill them by. */
export type StaffingWords = Pick<Dictionary, 'locale' | 'labelled'> & {
  staffing: Pick<Dictionary['staffing'], (typeof SCRIPT_PARTS)[number]>;
};

/** Just the calculators' words of a dictionary: what the staffing page gives its script. */
export function pickStaffingWords(w: Dictionary): StaffingWords {
  return {
    locale: w.locale,
    labelled: w.labelled,
    staffing: Object.fromEntries(
      SCRIPT_PARTS.map((part) => [part, w.staffing[part]]),
    ) as StaffingWords['staffing'],
  };
}

const FORMATS = new Map<string, Intl.NumberFormat>();

/** A number as the dictionary's language writes it: digits grouped, at most `digits` decimals, never `-0`. */
export function writeNumber(w: StaffingWords, value: number, digits = 0): string {
  const key = `${w.locale} ${digits}`;
  let format = FORMATS.get(key);
  if (!format)
    FORMATS.set(key, (format = new Intl.NumberFormat(w.locale, { maximumFractionDigits: digits })));
  return format.format(round(value, digits));
}

/** "30 seconds", "2 minutes 3 seconds", "1 hour 30 minutes", "4.5 seconds". */
export function writeDuration(w: StaffingWords, seconds: number): string {
  const U = w.staffing.units;
  const [larger, smaller] = durationParts(seconds).map(({ n, unit }) => plural(w.locale, n, U[unit]));
  return smaller === undefined ? larger! : fill(w.locale, U.twoUnits, { larger: larger!, smaller });
}

/** "1 person", "12 people": always whole, rounding a fraction of a person up. */
export function writePeople(w: StaffingWords, n: number): string {
  return plural(w.locale, Math.ceil(n - 1e-9), w.staffing.units.people);
}

/** "88%", or "99.5%" when the decimal matters; `digits` forces decimals, e.g. "79.6%" beside an 80% target. */
export function writePercent(w: StaffingWords, share: number, digits?: number): string {
  return fill(w.locale, w.staffing.units.percent, { n: percentFigure(share, digits) });
}

/** "80% within 20 seconds" or "an average wait of 30 seconds or less". */
export function writeTarget(w: StaffingWords, target: Target): string {
  const U = w.staffing.units;
  const time = writeDuration(w, target.seconds);
  return target.kind === 'service-level'
    ? fill(w.locale, U.serviceLevel, { share: writePercent(w, target.share), time })
    : fill(w.locale, U.averageWait, { time });
}
