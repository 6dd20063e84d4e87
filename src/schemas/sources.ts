import { z } from 'astro/zod';
import { ModeIdSchema } from './failure-mode.ts';

/** One numbered point or heading of an article. */
export const ArticlePointSchema = z.object({
  id: ModeIdSchema,
  /** Our own short label for the point, never the article's sentence. */
  label: z.string().trim().min(1),
});

/** One source article. Titles longer than seven words are shortened with an ellipsis. */
export const ArticleSchema = z.object({
  id: ModeIdSchema,
  title: z.string().trim().min(1),
  author: z.string().trim().optional(),
  publisher: z.string().trim().optional(),
  /** ISO date, or a plain phrase when only an approximate age is known. */
  date: z.string().trim().optional(),
  /** The seed file the article is kept in. */
  file: z.string().trim().min(1),
  /** What the article is about, in our words. */
  about: z.string().trim().min(1),
  points: z.array(ArticlePointSchema).min(1),
});

export const SourcesFileSchema = z.object({ articles: z.array(ArticleSchema).min(1) });

export type Article = z.infer<typeof ArticleSchema>;
