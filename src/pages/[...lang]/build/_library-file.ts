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
  /** The hash in the file's name. */
  version: string;
  /** Where the builder fetches it. */
  url: string;
}

type Made = LibraryFile & { json?: string };
const made = new Map<Language, Promise<Made>>();

/** Made once per build and language (the pages and the files' own route ask); afresh each time under `astro dev`, so an edit shows. */
export async function builderLibraryFile(lang: Language): Promise<LibraryFile> {
  const { version, url } = await madeFile(lang);
  return { version, url };
}

/**
 * The file's content, for its route. Handed over rather than kept: a build writes each file once,
 * and holding it until the build's last page cost 40 MB of memory at 1,000 modes (issue 28).
 */
export async function builderLibraryJson(lang: Language): Promise<string> {
  const file = await madeFile(lang);
  const json = file.json ?? (await makeFile(lang)).json!;
  if (!import.meta.env.DEV) delete file.json;
  return json;
}

function madeFile(lang: Language): Promise<Made> {
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

async function makeFile(lang: Language): Promise<Made> {
  const json = builderJson(await builderLibrary(lang));
  const version = createHash('sha256').update(json).digest('hex').slice(0, 12);
  // `astro dev` holds routes to the site's trailingSlash: 'always', file names too; a build writes the file by its name.
  const url = `${urls.build()}library/${version}.json${import.meta.env.DEV ? '/' : ''}`;
  return { json, version, url };
}
