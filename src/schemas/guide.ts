import { z } from 'astro/zod';

/** The frontmatter of one of the site's own prose pages (src/guides/*.mdx). */
export const GuideSchema = z
  .object({
    /** The page title, also the browser tab's. */
    title: z.string().trim().min(1),
    /** One sentence for search engines and link previews. */
    description: z.string().trim().min(1),
  })
  .strict();
