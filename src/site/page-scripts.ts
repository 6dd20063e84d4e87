/**
 * The site's browser scripts, one per interactive page (src/site/scripts/), bundled by esbuild
 * rather than by Astro's client build. The same modules, tree-shaken and split into chunks the
 * same way (gzipped, the builder's first visit weighs 125 KB either way), but esbuild bundles them
 * in about 0.3 s where Vite's client build took 4.5-5 s of every build, at every library size.
 *
 * A dev server serves the entries from src/ through Vite; a build bundles them once
 * (`bundlePageScripts`) and writes the files beside Astro's own assets. Pages name their script
 * with <PageScript> (src/components/PageScript.astro), which reads where each one is from
 * `virtual:playbook/page-scripts` (src/site/page-scripts-integration.ts).
 */
import { build, type Plugin } from 'esbuild';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/index.ts';
import { browserStandIn } from './browser-stand-ins.ts';

export const PAGE_SCRIPTS = ['assess', 'builder', 'mode-filters', 'print', 'search', 'staffing'] as const;
export type PageScriptName = (typeof PAGE_SCRIPTS)[number];

/** How a page loads its script: a file, or its code inline when it is small and imports nothing. */
export type PageScriptTag = { src: string } | { code: string };

/** The source file of a page's script. */
export const pageScriptSource = (name: PageScriptName): string =>
  fileURLToPath(new URL(`./scripts/${name}.ts`, import.meta.url));

/**
 * Modules the scripts import later, on first use, given names of their own (handbook-docx.HASH.js
 * rather than chunk.HASH.js) so a network panel, and the browser tests, can tell what was fetched.
 * A module missing here still loads when asked, under a chunk's name.
 */
function lateModules(builtLanguages: ReadonlySet<Language>): Record<string, string> {
  const src = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
  return {
    'handbook-docx': src('render/docx/handbook-docx.ts'),
    'parse-company': src('markdown/parse-company.ts'),
    ...Object.fromEntries(
      [...builtLanguages].filter((l) => l !== DEFAULT_LANGUAGE).map((l) => [l, src(`i18n/${l}.ts`)]),
    ),
  };
}

/**
 * Below this size a script with no imports is written into its page, saving a request, as Vite does
 * with assets (its assetsInlineLimit).
 */
const INLINE_LIMIT = 4096;

export interface BundledPageScripts {
  /** Files to write under the assets folder, by name. */
  files: Map<string, Uint8Array>;
  tags: Record<PageScriptName, PageScriptTag>;
}

/**
 * Bundles every page script for browsers: `base` is the site's path (ends in /), `assetsDir` the
 * folder under it the files will be served from.
 */
export async function bundlePageScripts(options: {
  base: string;
  assetsDir: string;
  builtLanguages: ReadonlySet<Language>;
}): Promise<BundledPageScripts> {
  const assetsUrl = `${options.base}${options.assetsDir}/`;
  const result = await build({
    entryPoints: {
      ...Object.fromEntries(PAGE_SCRIPTS.map((name) => [name, pageScriptSource(name)])),
      ...lateModules(options.builtLanguages),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Dictionaries in Arabic stay as they are written, not escaped to twice their size.
    charset: 'utf8',
    entryNames: '[name].[hash]',
    chunkNames: 'chunk.[hash]',
    outdir: '/page-scripts',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: {
      'import.meta.env.DEV': 'false',
      'import.meta.env.PROD': 'true',
      'import.meta.env.BASE_URL': JSON.stringify(options.base),
    },
    plugins: [standIns(options.builtLanguages)],
  });
  const files = new Map<string, Uint8Array>();
  for (const file of result.outputFiles) files.set(basename(file.path), file.contents);
  const tags = {} as Record<PageScriptName, PageScriptTag>;
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const fileName = basename(path);
    // entryNames: the entry's name, then its hash (chunks are all "chunk.[hash]").
    const name = PAGE_SCRIPTS.find((n) => fileName.startsWith(`${n}.`));
    if (!name) continue;
    const code = new TextDecoder().decode(files.get(fileName));
    const inline = output.imports.length === 0 && output.bytes <= INLINE_LIMIT && !/<\/script/i.test(code);
    tags[name] = inline ? { code } : { src: assetsUrl + fileName };
    if (inline) files.delete(fileName);
  }
  const missing = PAGE_SCRIPTS.filter((name) => !tags[name]);
  if (missing.length)
    throw new Error(`internal: no bundle came out for the page script(s) ${missing.join(', ')}`);
  return { files, tags };
}

function standIns(builtLanguages: ReadonlySet<Language>): Plugin {
  return {
    name: 'playbook-browser-stand-ins',
    setup(build) {
      build.onResolve({ filter: /\.ts$/ }, (args) => {
        const path = browserStandIn(args.path, args.importer, builtLanguages);
        return path ? { path } : undefined;
      });
    },
  };
}
