import { z } from 'astro/zod';
import { AudienceSchema, CategorySchema, EXERCISE_FORMATS } from './taxonomy.ts';

/** A lowercase, hyphenated id, the same as the page's file name without `.mdx`. */
export const ModeIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "no-service-vision"');

const text = (what: string) => z.string().trim().min(1, `${what} cannot be empty`);

/** A concrete remedy: who does what, by when. */
export const PlaySchema = z.object({
  /** A short imperative name, e.g. "Write the sentence together". */
  title: text('a play title'),
  /** The role that owns the play, e.g. "Head of customer service". */
  owner: text('a play owner'),
  /** How long it takes or when it happens, e.g. "First two weeks". */
  timeframe: text('a play timeframe'),
  /** Ordered steps, each one action. */
  steps: z.array(text('a step')).min(2, 'a play needs at least 2 steps'),
});

/** Something to measure and the level to aim for. */
export const MetricSchema = z.object({
  /** What is measured, e.g. "Staff who can say the vision from memory". */
  name: text('a metric name'),
  /** A sensible target, e.g. "90% in a spot check". */
  target: text('a metric target'),
  /** How to measure it, when that is not obvious. */
  how: z.string().trim().optional(),
});

/** A role in a role-play or simulation. */
export const ExerciseRoleSchema = z.object({
  name: text('a role name'),
  brief: text('a role brief'),
});

/** A training exercise a trainer can run from the page alone. */
export const ExerciseSchema = z
  .object({
    title: text('an exercise title'),
    format: z.enum(EXERCISE_FORMATS),
    /** Total length in minutes, debrief included. */
    minutes: z.number().int().min(5).max(240),
    /** Group size, e.g. "4 to 12". */
    groupSize: z.string().trim().optional(),
    /** What the trainer prepares and how the room is arranged. */
    setup: text('the exercise setup'),
    /** Roles for role-plays and simulations. */
    roles: z.array(ExerciseRoleSchema).default([]),
    /** Prompts, scenarios or discussion starters. */
    prompts: z.array(text('a prompt')).default([]),
    /** Questions for the debrief. */
    debrief: z.array(text('a debrief question')).min(2, 'an exercise needs at least 2 debrief questions'),
  })
  .refine((e) => e.roles.length > 0 || e.prompts.length > 0, {
    message: 'an exercise needs roles or prompts (or both) so a trainer can run it',
    path: ['prompts'],
  });

/** A pointer to the article and the point in it that a page draws on. */
export const SourceRefSchema = z.object({
  /** An article id from content/sources.yaml. */
  article: ModeIdSchema,
  /** A point id within that article, from content/sources.yaml. */
  point: ModeIdSchema,
  /** Optional note, e.g. what was merged into this page. */
  note: z.string().trim().optional(),
});

/** The frontmatter of one failure-mode page. */
export const FailureModeSchema = z.object({
  /** A plain-language name of the failure, e.g. "No one-sentence service vision". */
  title: text('title'),
  /** One sentence saying what goes wrong. */
  summary: text('summary').refine((s) => !/[.!?]\s+[A-Z]/.test(s), 'summary must be one sentence'),
  category: CategorySchema,
  /** Who most needs to read this page. */
  audiences: z.array(AudienceSchema).min(1, 'name at least one audience'),
  /** Symptoms a reader can spot in their own organisation. */
  warningSigns: z.array(text('a warning sign')).min(3, 'list at least 3 warning signs'),
  /** Why the failure happens underneath the symptoms. */
  rootCauses: z.array(text('a root cause')).min(2, 'list at least 2 root causes'),
  /** Statements answered on the diagnostic scale; true of a healthy organisation. */
  diagnosticQuestions: z.array(text('a diagnostic statement')).min(3, 'list at least 3 diagnostic statements'),
  plays: z.array(PlaySchema).min(2, 'list at least 2 plays'),
  metrics: z.array(MetricSchema).min(2, 'list at least 2 metrics'),
  exercise: ExerciseSchema,
  /** Ids of other failure modes worth reading next. */
  related: z.array(ModeIdSchema).default([]),
  /** Where the ideas come from. */
  sources: z.array(SourceRefSchema).min(1, 'cite at least one source'),
});

export type FailureModeData = z.infer<typeof FailureModeSchema>;
export type FailureModeInput = z.input<typeof FailureModeSchema>;
export type Play = z.infer<typeof PlaySchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
