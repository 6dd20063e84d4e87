/**
 * The builder's library in one language (every failure mode with its body already parsed, and the
 * examples) as a JSON file written at build time: the page fetches its own language's when it
 * starts, and another language's only when the handbook is set to it. One copy a browser caches,
 * so the /build/ page stays the same size however large the library grows. Its name holds a hash
 * of its content, so a browser never pairs new code with an old library; every language's file
 * sits under /build/library/, whatever page asks for it.
 */
import { createHash } from 'node:crypto';
import { builderJson, builderLibrary } from '../../../site/builder/page-data.ts';
import { urls } from '../../../site/library.ts';
import { siteLanguages } from '../../../site/languages.ts';
import type { Language } from '../../../i18n/index.ts';

export interface LibraryFile {
  /** The file's content. */
  json: string;
  /** The hash in the file's name. */
  version: string;
  /** Where the builder fetches it. */
  url: string;
}

const made = new Map<Language, Promise<LibraryFile>>();

/** Made once per build and language (the pages and the files' own route ask); afresh each time under `astro dev`, so an edit shows. */
export function builderLibraryFile(lang: Language): Promise<LibraryFile> {
  let file = made.get(lang);
  if (import.meta.env.DEV || !file) made.set(lang, (file = makeFile(lang)));
  return file;
}

/** Each language the site is built in with the address of its library file: the handbook languages the builder offers. */
export async function builderLibraryUrls(): Promise<Partial<Record<Language, string>>> {
  const languages = siteLanguages();
  const files = await Promise.all(languages.map(builderLibraryFile));
  return Object.fromEntries(languages.map((lang, i) => [lang, files[i]!.url]));
}

async function makeFile(lang: Language): Promise<LibraryFile> {
  const json = builderJson(await builderLibrary(lang));
  const version = createHash('sha256').update(json).digest('hex').slice(0, 12);
  // `astro dev` holds routes to the site's trailingSlash: 'always', file names too; a build writes the file by its name.
  const url = `${urls.build()}library/${version}.json${import.meta.env.DEV ? '/' : ''}`;
  return { json, version, url };
}
