/**
 * The id of a failure-mode page, kept apart so the page's parts (plays, diagnostic, exercise, kit)
 * can name pages without importing the page's schema.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../fields.ts';

/** A lowercase, hyphenated id, the same as the page's file name without `.mdx`. */
export const ModeIdSchema = z
  .string()
  .regex(ID_PATTERN, 'use lowercase words joined by hyphens, e.g. "no-service-vision"');
