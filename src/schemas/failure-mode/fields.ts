/**
 * The small shapes every part of a failure-mode page is built from, kept apart so the parts (plays,
 * diagnostic, exercise, kit) share one id rule and one wording for an empty field.
 */
import { z } from 'astro/zod';

/** A lowercase, hyphenated id, the same as the page's file name without `.mdx`. */
export const ModeIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "no-service-vision"');

/** Text that must not be empty; `what` names it in the message, e.g. "a play title cannot be empty". */
export const requiredText = (what: string) => z.string().trim().min(1, `${what} cannot be empty`);
