/**
 * The builder's library (every failure mode with its body already parsed, and the examples) as one
 * JSON file written at build time and fetched when the builder starts: one copy a browser caches,
 * so the /build/ page stays the same size however large the library grows. Its name holds a hash of
 * its content, so a browser never pairs new code with an old library.
 */
import { createHash } from 'node:crypto';
import { builderJson, builderLibrary } from '../../../site/builder/page-data.ts';
import { urls } from '../../../site/library.ts';

export interface LibraryFile {
  /** The file's content. */
  json: string;
  /** The hash in the file's name. */
  version: string;
  /** Where the builder fetches it. */
  url: string;
}

let made: Promise<LibraryFile> | undefined;

/** Made once per build (the page and the file's own route both ask); afresh each time under `astro dev`, so an edit shows. */
export function builderLibraryFile(): Promise<LibraryFile> {
  if (import.meta.env.DEV || !made) made = makeFile();
  return made;
}

async function makeFile(): Promise<LibraryFile> {
  const json = builderJson(await builderLibrary());
  const version = createHash('sha256').update(json).digest('hex').slice(0, 12);
  // `astro dev` holds routes to the site's trailingSlash: 'always', file names too; a build writes the file by its name.
  const url = `${urls.build()}library/${version}.json${import.meta.env.DEV ? '/' : ''}`;
  return { json, version, url };
}
