import { z } from 'astro/zod';
import { ID_PATTERN } from './fields.ts';
import { refuseRepeatedIds } from './unique-ids.ts';
import { CadenceSchema } from './metrics.ts';

/** A statement's id: lowercase words joined by hyphens, e.g. "raise-problems". */
export const PulseItemIdSchema = z
  .string()
  .trim()
  .regex(ID_PATTERN, 'use lowercase words joined by hyphens, e.g. "raise-problems"');

/** One statement staff rate, in the first person. */
export const PulseItemSchema = z
  .object({
    /** Stable id a metric's `pulse:` refers to. */
    id: PulseItemIdSchema,
    /** The statement as staff read it, e.g. "I can raise a problem without being blamed for it." */
    statement: z.string().trim().min(1, 'a statement cannot be empty'),
  })
  .strict();

/** content/pulse.yaml: the one staff pulse survey, its scale, what counts as agreeing and who may see what. */
export const PulseSchema = z
  .object({
    /** The answer labels from the lowest (1) to the highest, e.g. "Strongly disagree" to "Strongly agree". */
    scale: z
      .array(z.string().trim().min(1, 'a scale label cannot be empty'))
      .min(3, 'a scale needs at least 3 answers')
      .max(7, 'a scale has at most 7 answers, so the form fits its page'),
    /** The answers that count as agreeing, by their number on the scale (1 is the first label). */
    agree: z.array(z.number().int('the number of an answer on the scale')).min(1, 'name at least one answer'),
    /** The fewest answers a team needs before its figure is shown to anyone. */
    anonymityThreshold: z
      .number()
      .int('a whole number of answers')
      .min(3, 'at least 3, or a figure could show how one person answered')
      .max(100, 'at most 100'),
    /** How often the survey runs. */
    cadence: CadenceSchema,
    /** The statements, in the order staff see them. */
    items: z.array(PulseItemSchema).min(1, 'list at least one statement'),
  })
  .strict()
  .superRefine((pulse, ctx) => {
    pulse.agree.forEach((answer, i) => {
      if (answer < 1 || answer > pulse.scale.length)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['agree', i],
          message: `${answer} is not on the scale; use a number from 1 to ${pulse.scale.length}`,
        });
    });
    if (new Set(pulse.agree).size === pulse.scale.length)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['agree'],
        message: 'every answer counts as agreeing; leave out the ones that do not',
      });
    refuseRepeatedIds(pulse.items, 'items', ctx, (id) => `duplicate statement id "${id}"`);
  });

export type Pulse = z.infer<typeof PulseSchema>;
export type PulseItem = z.infer<typeof PulseItemSchema>;
