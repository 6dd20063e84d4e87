/**
 * The two paper sizes we print on, without zod: the browser's print scripts need them, and a
 * schema module would bring the whole validator along.
 */

/** Paper sizes the handbook PDF supports. */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Each paper's width and height in millimetres, portrait. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** Regions that print on US Letter; everywhere else uses A4. */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'PR',
  'GT',
  'CR',
  'PA',
  'DO',
  'SV',
  'NI',
  'BZ',
]);

/** A4 or Letter for a BCP 47 locale, by its region (en-US -> Letter, en-GB -> A4; "en" counts as en-US). */
export function paperForLocale(locale: string): PaperSize {
  const region = new Intl.Locale(locale).maximize().region;
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}
