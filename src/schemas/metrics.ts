import { z } from 'astro/zod';
import { ID_PATTERN, requiredText } from './fields.ts';
import { refuseRepeatedIds } from './unique-ids.ts';

/** An id in content/metrics.yaml: lowercase words joined by hyphens, e.g. "understaffed-hours". */
export const MetricIdSchema = z
  .string()
  .trim()
  .regex(ID_PATTERN, 'expected a metric id from content/metrics.yaml, such as "understaffed-hours"');

/** What a metric's figure is, which sets how a reader reads its scale (their names: src/i18n/). */
export const METRIC_UNITS = ['percent', 'count', 'ratio', 'score', 'minutes', 'seconds', 'days'] as const;

/** How often a figure is read, or a survey is run (their names: src/i18n/). */
export const CADENCES = ['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export const CadenceSchema = z.enum(CADENCES);

const id = z.string().trim().regex(ID_PATTERN, 'use lowercase words joined by hyphens');

/** One measure, defined once: every page that uses it shows this name, this target and this definition. */
export const MetricSchema = z
  .object({
    /** Stable id that pages refer to, e.g. "understaffed-hours". */
    id: MetricIdSchema,
    /** What is measured, as a reader names it; a pulse metric quotes its statement word for word. */
    name: requiredText('a metric name'),
    /** A plain definition of the thing measured. */
    definition: requiredText('a definition'),
    /** What is counted, out of what: the formula in words. */
    counts: requiredText('what is counted'),
    /** Over what period or event each figure is counted, e.g. the repeat-contact window. */
    window: requiredText('the window'),
    /** What the figure is: a percentage, a count, minutes… */
    unit: z.enum(METRIC_UNITS),
    /** The range of the figure in words, e.g. "0–100% of staffed hours". */
    scale: requiredText('the scale'),
    /** The smallest sample before a figure means anything, and what to do below it. */
    minimumSample: requiredText('the minimum sample'),
    /** The default level to aim for; written here only, so no two pages can disagree. */
    target: requiredText('a target'),
    /** Why that target, in a sentence a manager can repeat. */
    targetReason: requiredText('the reason for the target'),
    /** How often to read it. */
    cadence: CadenceSchema,
    /** The id of the article in content/sources.yaml that supports it, where one does. */
    source: id.optional(),
    /** The id of the statement in content/pulse.yaml this metric reports, for a pulse metric. */
    pulse: id.optional(),
  })
  .strict();

/** content/metrics.yaml: every metric the pages use, each id once. */
export const MetricsFileSchema = z
  .object({ metrics: z.array(MetricSchema).min(1, 'list at least one metric') })
  .strict()
  .superRefine((file, ctx) => {
    refuseRepeatedIds(
      file.metrics,
      'metrics',
      ctx,
      (id) =>
        `duplicate metric id "${id}": a metric is defined once, so it has one target; merge the two entries`,
    );
  });

/**
 * A page's use of a metric: its id, or `{ metric, note }` where the page measures something
 * narrower. The target is never written here: it is the metric's, in content/metrics.yaml.
 */
export const MetricUseSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { metric: value } : value),
  z
    .object({
      /** The id of the metric in content/metrics.yaml. */
      metric: MetricIdSchema,
      /** What holds only on this page, e.g. "Counted for peak days". Never a second target. */
      note: z.string().trim().min(1, 'a note cannot be empty; leave it out instead').optional(),
    })
    .strict(),
);

export type Metric = z.infer<typeof MetricSchema>;
export type MetricUse = z.infer<typeof MetricUseSchema>;
export type MetricUnit = (typeof METRIC_UNITS)[number];
export type Cadence = (typeof CADENCES)[number];
