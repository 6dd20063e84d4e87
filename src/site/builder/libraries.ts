/**
 * The builder's library in each language a handbook can be written in. The page's own arrives when
 * the page starts (the form's chapters and roles read in the page's language); another is fetched
 * the first time the handbook is set to it, as a file of its own (src/pages/[...lang]/build/_library-file.ts),
 * so a page fetches only the languages asked for.
 */
import type { Library } from '../../core/library/library.ts';
import type { BuilderData } from './page-data.ts';
import { provideParsedBodies } from './parsed-bodies.ts';

export interface Libraries {
  /** The library in `language`, when it is here. */
  loaded(language: string): Library | undefined;
  /** Fetches the library in `language`; false when it cannot be had, and then again at once until `retry`. */
  load(language: string): Promise<boolean>;
  /** Lets the next `load` of a language that failed try again (the person chose it again). */
  retry(language: string): void;
}

/** A builder data file, its bodies handed to the parser's stand-in; nothing when it cannot be had (offline, or a page older than the site). */
export async function fetchBuilderData(url: string): Promise<BuilderData | undefined> {
  let data: BuilderData;
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    data = (await response.json()) as BuilderData;
  } catch {
    return undefined;
  }
  provideParsedBodies(
    data.library.modes.map((m) => ({ path: m.file, body: m.body, tree: data.bodyTrees[m.file]! })),
  );
  return data;
}

/** The libraries by language: `own` already here, the others at `urls` (by language). */
export function createLibraries(
  urls: Readonly<Record<string, string>>,
  own: { language: string; library: Library },
): Libraries {
  const here = new Map([[own.language, own.library]]);
  const pending = new Map<string, Promise<boolean>>();
  const failed = new Set<string>();
  return {
    loaded: (language) => here.get(language),
    load: (language) => {
      if (here.has(language)) return Promise.resolve(true);
      if (failed.has(language) || !Object.hasOwn(urls, language)) return Promise.resolve(false);
      let loading = pending.get(language);
      if (!loading) {
        loading = fetchBuilderData(urls[language]!).then((data) => {
          pending.delete(language);
          if (data) here.set(language, data.library);
          else failed.add(language);
          return Boolean(data);
        });
        pending.set(language, loading);
      }
      return loading;
    },
    retry: (language) => void failed.delete(language),
  };
}
