/**
 * The frontmatter of a failure-mode page, the one entry the rest of the code imports. The parts of
 * a page (plays, diagnostic, exercise, kit) have a file each in failure-mode/; the page's own rules
 * (how many of each, no id twice) stay here, where the whole page is seen.
 */
import { z } from 'astro/zod';
import { MetricUseSchema } from './metrics.ts';
import { AudienceSchema, CategorySchema } from './taxonomy.ts';
import { DiagnosticStatementSchema } from './failure-mode/diagnostic.ts';
import { ExerciseSchema } from './failure-mode/exercise.ts';
import { ModeIdSchema } from './failure-mode/mode-id.ts';
import { requiredText } from './fields.ts';
import { PlaySchema } from './failure-mode/play.ts';

// The parts the rest of the code uses, so that it imports the page's schema from this one place.
export { ModeIdSchema, DiagnosticStatementSchema };
export { headlineStatement, type DiagnosticStatement } from './failure-mode/diagnostic.ts';
export type { Exercise } from './failure-mode/exercise.ts';
export { KitCardSchema, type Material } from './failure-mode/kit.ts';
export type { Play } from './failure-mode/play.ts';

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
  title: requiredText('title'),
  /** One sentence saying what goes wrong. */
  summary: requiredText('summary').refine((s) => !/[.!?]\s+[A-Z]/.test(s), 'summary must be one sentence'),
  category: CategorySchema,
  /** Who most needs to read this page. */
  audiences: z.array(AudienceSchema).min(1, 'name at least one audience'),
  /** Symptoms a reader can spot in their own organisation. */
  warningSigns: z.array(requiredText('a warning sign')).min(3, 'list at least 3 warning signs'),
  /** Why the failure happens underneath the symptoms. */
  rootCauses: z.array(requiredText('a root cause')).min(2, 'list at least 2 root causes'),
  /** The words people use for these symptoms ("my agents are burning out"); weighted in search. */
  symptoms: z.array(requiredText('a symptom phrase')).default([]),
  /** Statements answered on the diagnostic scale; at most one is the quick scan's headline. */
  diagnosticQuestions: z
    .array(DiagnosticStatementSchema)
    .min(3, 'list at least 3 diagnostic statements')
    .refine(
      (list) => list.filter((s) => s.headline).length <= 1,
      'mark at most one statement as headline: true',
    ),
  plays: z
    .array(PlaySchema)
    .min(2, 'list at least 2 plays')
    .superRefine((plays, ctx) => {
      const seen = new Set<string>();
      plays.forEach((play, i) => {
        if (seen.has(play.id))
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [i, 'id'],
            message: `two plays have the id "${play.id}"; give each play on a page its own id`,
          });
        seen.add(play.id);
      });
    }),
  /** The metrics this page uses, by id from content/metrics.yaml, each with an optional note for this page. */
  metrics: z
    .array(MetricUseSchema)
    .min(2, 'list at least 2 metrics')
    .superRefine((uses, ctx) => {
      const seen = new Set<string>();
      uses.forEach((use, i) => {
        if (seen.has(use.metric))
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [i],
            message: `"${use.metric}" is listed twice; list each metric once`,
          });
        seen.add(use.metric);
      });
    }),
  exercise: ExerciseSchema,
  /** Ids of other failure modes worth reading next. */
  related: z.array(ModeIdSchema).default([]),
  /** Where the ideas come from. */
  sources: z.array(SourceRefSchema).min(1, 'cite at least one source'),
});

export type FailureModeData = z.infer<typeof FailureModeSchema>;
