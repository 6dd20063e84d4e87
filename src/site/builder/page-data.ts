/**
 * What the /build/ page's script fetches (src/pages/[...lang]/build/_library-file.ts): the library in
 * one language, its bodies already parsed, and the examples. One file per language: the page's own
 * when it starts, another when the handbook is set to that language.
 */
import type { Root } from 'mdast';
import type { Library } from '../../core/library/library.ts';
import type { ContentLanguage } from '../../core/library/translations.ts';
import { parseBody } from '../../markdown/pipeline.ts';
import { withoutPositions } from '../../markdown/without-positions.ts';
import { contentDir } from '../content-dir.ts';
import { rawLibrary, translatedRawLibrary } from '../raw-library.ts';
import retailer from '../../../examples/retailer.yaml?raw';
import contactCentre from '../../../examples/contact-centre.yaml?raw';
import northbeamLogoText from '../../../examples/northbeam-logo.svg?raw';
import { toBase64 } from '../../core/base64.ts';
import { DEFAULT_LANGUAGE, type Dictionary, type Language } from '../../i18n/index.ts';
import { stateFromConfigText } from './config-yaml.ts';
import type { BuilderState } from './state.ts';

const northbeamLogo = new TextEncoder().encode(northbeamLogoText);

export interface BuilderData {
  library: Library;
  /** Each mode's body as the CLI parses it, by file path (see parsed-bodies.ts); positions left out. */
  bodyTrees: Record<string, Root>;
  /** The examples, read into the form here so the page needs no YAML reader to start from one. */
  examples: { id: ExampleId; state: BuilderState }[];
}

const exampleState = (text: string, logo?: BuilderState['logo']): BuilderState =>
  stateFromConfigText(text, logo)!;

/** The examples by id; the dictionary names each (its button, and the status line once started from it). */
export type ExampleId = keyof Dictionary['builder']['examples'];

export const EXAMPLES: BuilderData['examples'] = [
  { id: 'retailer', state: exampleState(retailer) },
  {
    id: 'contact-centre',
    state: exampleState(contactCentre, { name: 'northbeam-logo.svg', base64: toBase64(northbeamLogo) }),
  },
];

/** A body's tree without source positions: only error messages use them, and the bodies are checked. */
export function bodyTreeForPage(body: string, path: string): Root {
  return withoutPositions(parseBody(body, path).tree);
}

/**
 * The JSON of the builder's library file. Bodies already parsed (by id, without positions) are used
 * as they are; others are parsed here.
 */
export function builderJson({
  library,
  parsedBodies,
}: {
  library: Library;
  parsedBodies?: ReadonlyMap<string, Root>;
}): string {
  const bodyTrees = Object.fromEntries(
    library.modes.map((m) => [m.file, parsedBodies?.get(m.id) ?? bodyTreeForPage(m.body, m.file)]),
  );
  const data: BuilderData = { library, bodyTrees, examples: EXAMPLES };
  return JSON.stringify(data);
}

/**
 * The library in a language exactly as `playbook generate` loads it for a handbook in that language:
 * the pages' edition has its variables filled with the neutral defaults, which would lose the
 * company's values. English is the loader's one load (site/raw-library.ts, with its parsed bodies);
 * another language has its translations in place.
 */
export async function builderLibrary(lang: Language = DEFAULT_LANGUAGE): Promise<{
  library: Library;
  parsedBodies?: ReadonlyMap<string, Root>;
}> {
  const dir = contentDir();
  if (lang !== DEFAULT_LANGUAGE)
    return translatedRawLibrary(dir, lang as ContentLanguage, { fresh: import.meta.env.DEV });
  return rawLibrary(dir);
}
