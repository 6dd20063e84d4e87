import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { FailureModeSchema } from './schemas/failure-mode.ts';
import { contentDir } from './site/content-dir.ts';

/** The same schema the generator and scripts use: one source of truth for a page's frontmatter. */
const failureModes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/failure-modes` }),
  schema: FailureModeSchema.strict(),
});

export const collections = { failureModes };
