import { z } from 'astro/zod';

/** The small, fixed set of categories a failure mode belongs to, in reading order. */
export const CATEGORIES = {
  'vision-leadership': {
    label: 'Vision and leadership',
    blurb: 'What the people at the top say service is, and what they show it is.',
  },
  'hiring-training': {
    label: 'Hiring and training',
    blurb: 'Who joins the team and how they learn to serve, on day one and every month after.',
  },
  'empowerment-communication': {
    label: 'Empowerment and communication',
    blurb: 'Whether people may act, know what is going on, and are heard when they speak.',
  },
  'working-conditions': {
    label: 'Working conditions and resources',
    blurb: 'Staffing, tools and the way the company treats the people who serve.',
  },
  'recognition-culture': {
    label: 'Recognition and culture',
    blurb: 'Thanks, celebration and the everyday mood of the team.',
  },
  'customer-processes': {
    label: 'Customer processes',
    blurb: 'Response times, recovery and processes designed from the customer side.',
  },
  'measurement-improvement': {
    label: 'Measurement and improvement',
    blurb: 'Seeing service as customers see it, finding root causes, and getting better on purpose.',
  },
} as const;

export type CategoryId = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]];
export const CategorySchema = z.enum(CATEGORY_IDS);

/** Who a page speaks to; used by filters and by a handbook's audience selection. */
export const AUDIENCES = {
  executives: 'Executives',
  managers: 'Managers',
  frontline: 'Frontline staff',
  hr: 'HR',
  trainers: 'Trainers',
} as const;

export type AudienceId = keyof typeof AUDIENCES;
export const AUDIENCE_IDS = Object.keys(AUDIENCES) as [AudienceId, ...AudienceId[]];
export const AudienceSchema = z.enum(AUDIENCE_IDS);

/**
 * The one answer scale for every diagnostic question. Questions are statements that are true of a
 * healthy organisation, so a higher answer always means less need.
 */
export const DIAGNOSTIC_SCALE = [
  { value: 1, label: 'Not true of us' },
  { value: 2, label: 'Rarely true' },
  { value: 3, label: 'Sometimes true' },
  { value: 4, label: 'Mostly true' },
  { value: 5, label: 'Completely true of us' },
] as const;

/** Formats a training exercise can take. */
export const EXERCISE_FORMATS = [
  'role-play',
  'discussion',
  'workshop',
  'case-study',
  'simulation',
  'walkthrough',
] as const;
