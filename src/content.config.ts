import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuideSchema } from './schemas/guide.ts';
import { playbookLoader } from './site/loader.ts';

/**
 * The library comes in through our own loader, which validates it once with the core schema (the
 * one the generator uses); no collection schema here, so nothing validates it a second time.
 */
export const collections = {
  modes: defineCollection({ loader: playbookLoader('modes') }),
  articles: defineCollection({ loader: playbookLoader('articles') }),
  roles: defineCollection({ loader: playbookLoader('roles') }),
  /** content/metrics.yaml and content/pulse.yaml, as one entry. */
  measures: defineCollection({ loader: playbookLoader('measures') }),
  worksheets: defineCollection({ loader: playbookLoader('worksheets') }),
  /** The site's own prose pages, written as MDX and run through the same remark plugin as the library. */
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/guides' }), schema: GuideSchema }),
  /** Their translations, as content/translations/<lang>/guides/<id>.mdx (ids "es/guides/assessment"). */
  guideTranslations: defineCollection({
    loader: glob({ pattern: '*/guides/*.mdx', base: './content/translations' }),
    schema: GuideSchema,
  }),
};
