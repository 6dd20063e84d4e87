/**
 * The modules a browser bundle loads in place of others. One rule set for both bundlers: Vite's
 * dev server (astro.config.mjs) and the build's page scripts (src/site/page-scripts.ts).
 *   - The body parser becomes the builder's embedded trees (src/site/builder/parsed-bodies.ts says
 *     why), and the parser of a company's own Markdown one the builder loads once the form holds
 *     some (src/site/builder/parsed-company.ts); the build itself, like the CLI, parses.
 *   - A dictionary of a language this build leaves out (PLAYBOOK_LANGUAGES) is not bundled: see
 *     src/i18n/not-built.ts.
 */
import { fileURLToPath } from 'node:url';
import type { Language } from '../i18n/index.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const PARSED_BODIES = here('./builder/parsed-bodies.ts');
const PARSED_COMPANY = here('./builder/parsed-company.ts');
const NOT_BUILT = here('../i18n/not-built.ts');

/** The file to load instead of `specifier` imported by `importer` in a browser bundle, or null for the module itself. */
export function browserStandIn(
  specifier: string,
  importer: string | undefined,
  builtLanguages: ReadonlySet<Language>,
): string | null {
  if (!importer) return null;
  const from = importer.replaceAll('\\', '/');
  if (specifier === './parse-body.ts' && from.endsWith('/src/markdown/pipeline.ts')) return PARSED_BODIES;
  // The stand-in's own import of the real parser is left alone.
  if (specifier.endsWith('/markdown/parse-company.ts') && from.includes('/src/core/')) return PARSED_COMPANY;
  return dictionaryStandIn(specifier, importer, builtLanguages);
}

/** The stand-in for a dictionary of a language this build leaves out, or null. Server bundles use it too. */
export function dictionaryStandIn(
  specifier: string,
  importer: string | undefined,
  builtLanguages: ReadonlySet<Language>,
): string | null {
  const language = /^\.\/([a-z]{2})\.ts$/.exec(specifier)?.[1];
  if (!language || builtLanguages.has(language as Language)) return null;
  if (!importer?.replaceAll('\\', '/').endsWith('/src/i18n/index.ts')) return null;
  return NOT_BUILT;
}
