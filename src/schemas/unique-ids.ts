import { z } from 'astro/zod';

/**
 * Adds an issue at `<list>.<i>.id` for every item whose id came earlier in the list, worded by
 * `message` (the data files' lists of roles, metrics and survey statements each name an id once).
 */
export function refuseRepeatedIds(
  items: readonly { id: string }[],
  list: string,
  ctx: z.RefinementCtx,
  message: (id: string) => string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [list, i, 'id'], message: message(item.id) });
    seen.add(item.id);
  });
}
