import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuideSchema } from './schemas/guide.ts';
import { playbookLoader } from './site/loader.ts';

/**
 * The library comes in through our own loader, which validates it once with the core schema (the
 * one the generator uses) and hands it to the pages beside the store (site/loader.ts says why).
 */
export const collections = {
  playbook: defineCollection({ loader: playbookLoader() }),
  /** The site's own prose pages, written as MDX and run through the same remark plugin as the library. */
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/guides' }), schema: GuideSchema }),
  /** Their translations, as content/translations/<lang>/guides/<id>.mdx (ids "es/guides/assessment"). */
  guideTranslations: defineCollection({
    loader: glob({ pattern: '*/guides/*.mdx', base: './content/translations' }),
    schema: GuideSchema,
  }),
};
