/**
 * The small shapes every content file's schema is built from, so pages, roles, metrics, the pulse
 * survey and worksheets share one id rule and one wording for an empty field.
 */
import { z } from 'astro/zod';

/** A lowercase, hyphenated id (`no-service-vision`, `team-leader`): the form of every id in the library. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text that must not be empty; `what` names it in the message, e.g. "a play title cannot be empty". */
export const requiredText = (what: string) => z.string().trim().min(1, `${what} cannot be empty`);
