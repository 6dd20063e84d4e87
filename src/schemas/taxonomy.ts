import { z } from 'astro/zod';

/** The small, fixed set of categories a failure mode belongs to, in reading order (their names: src/i18n/). */
export const CATEGORY_IDS = [
  'vision-leadership',
  'hiring-training',
  'empowerment-communication',
  'working-conditions',
  'recognition-culture',
  'customer-processes',
  'measurement-improvement',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];
export const CategorySchema = z.enum(CATEGORY_IDS);

/** Who a page speaks to; used by filters and by a handbook's audience selection (their names: src/i18n/). */
export const AUDIENCE_IDS = ['executives', 'managers', 'frontline', 'hr', 'trainers'] as const;

export type AudienceId = (typeof AUDIENCE_IDS)[number];
export const AudienceSchema = z.enum(AUDIENCE_IDS);

/**
 * The one answer scale for every diagnostic question, 1 to 5 (its words: src/i18n/). Questions are
 * statements that are true of a healthy organisation, so a higher answer always means less need.
 */
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;

/** Formats a training exercise can take. */
export const EXERCISE_FORMATS = [
  'role-play',
  'discussion',
  'workshop',
  'case-study',
  'simulation',
  'walkthrough',
] as const;
