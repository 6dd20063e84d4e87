/** The ids the dictionaries label: code orders and selects by them, the dictionaries name them. */

/** The sections of a failure mode, in the one order every output uses. */
export const SECTION_ORDER = [
  'warning-signs',
  'sounds-like',
  'story',
  'root-causes',
  'diagnostic-questions',
  'plays',
  'metrics',
  'exercise',
  'related',
  'sources',
] as const;
export type SectionId = (typeof SECTION_ORDER)[number];
