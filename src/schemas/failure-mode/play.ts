/**
 * A page's plays: the remedies a company's config can keep, leave out or schedule, so their ids and
 * weeks are checked here, where an author writes them.
 */
import { z } from 'astro/zod';
import { RoleIdSchema } from '../roles.ts';
import { WorksheetIdSchema } from '../worksheet.ts';
import { ModeIdSchema } from './mode-id.ts';
import { requiredText } from '../fields.ts';

/** A week of a company's first months with its handbook, counted from its start (week 0). */
const Week = z
  .number()
  .int('a whole number of weeks')
  .min(0, "weeks count from 0, the handbook's start")
  .max(104, 'at most 104 (two years)');

/** A concrete remedy: who does what, by when. */
export const PlaySchema = z
  .object({
    /** Stable id, unique within its page, that a company's config names to leave the play out. */
    id: ModeIdSchema,
    /** A short imperative name, e.g. "Write the sentence together". */
    title: requiredText('a play title'),
    /** The role that owns the play: an id from content/roles.yaml, e.g. "team-leader". */
    owner: RoleIdSchema,
    /** A second role the owner works with, when there is one. */
    with: RoleIdSchema.optional(),
    /** How long it takes or when it happens, e.g. "First two weeks". */
    timeframe: requiredText('a play timeframe'),
    /** The week it begins, counted from the handbook's start. */
    start: Week.optional(),
    /** The week of its first review. */
    review: Week.optional(),
    /** Ordered steps, each one action. */
    steps: z.array(requiredText('a step')).min(2, 'a play needs at least 2 steps'),
    /** The worksheets it asks a team to fill in: ids from content/worksheets/, e.g. [friction-log]. */
    worksheets: z
      .array(WorksheetIdSchema)
      .max(4, 'a play uses at most 4 worksheets')
      .refine((ids) => new Set(ids).size === ids.length, 'a worksheet is listed twice; list each once')
      .default([]),
    /**
     * Where a play touches law or HR (hiring screens, working time, recordings, consumer law): what to
     * check first and with whom. Not legal advice; shown as "Before you start".
     */
    beforeYouStart: z.string().trim().min(1).optional(),
  })
  .refine((p) => p.start === undefined || p.review === undefined || p.review >= p.start, {
    message:
      'the first review cannot come before the play starts; make review the same week as start or later',
    path: ['review'],
  })
  .refine((p) => p.with === undefined || p.with !== p.owner, {
    message: 'a play is not owned "with" its own owner; leave with out',
    path: ['with'],
  });

export type Play = z.infer<typeof PlaySchema>;
