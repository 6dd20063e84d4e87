import { getCollection } from 'astro:content';
import { sortModes, type FailureMode, type Library } from '../core/library.ts';
import type { Article } from '../schemas/sources.ts';
import { siteUrls } from './urls.ts';

let built: Promise<Library> | undefined;

/**
 * The validated library, read from the content collections our loader filled (site/loader.ts).
 * The loader already validated every entry with the core schema, so the data is typed here. A
 * build reads it once for every page (a thousand pages each listing a thousand entries would be
 * quadratic); the dev server reads it afresh, so an edited page shows at once.
 */
export function getLibrary(): Promise<Library> {
  if (import.meta.env.DEV) return readCollections();
  built ??= readCollections();
  return built;
}

async function readCollections(): Promise<Library> {
  const [modes, articles] = await Promise.all([getCollection('modes'), getCollection('articles')]);
  return {
    modes: sortModes(modes.map((entry) => entry.data as FailureMode)),
    articles: articles
      .map((entry) => entry.data as { position: number; article: Article })
      .sort((a, b) => a.position - b.position)
      .map((x) => x.article),
  };
}

export const urls = siteUrls(import.meta.env.BASE_URL);
