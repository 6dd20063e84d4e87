// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { basePathOf, siteUrlForBuild } from './src/site-url.ts';
import remarkDirective from 'remark-directive';
import { fileURLToPath } from 'node:url';
import { remarkPlaybook } from './src/markdown/remark-playbook.ts';
import { remarkBaseLinks } from './src/markdown/remark-base-links.ts';
import { siteLanguages } from './src/site/languages.ts';
import { keepHeapNearLiveData } from './src/site/build-heap.ts';

// Before any content is loaded: a build's peak memory follows V8's heap growth (src/site/build-heap.ts).
keepHeapNearLiveData();

/**
 * In browser bundles only, the body parser becomes the builder's embedded trees
 * (src/site/builder/parsed-bodies.ts says why), and the parser of a company's own Markdown one the
 * builder loads once the form holds some (src/site/builder/parsed-company.ts); the build itself,
 * like the CLI, parses.
 */
const parsedBodiesInBrowser = {
  name: 'playbook:parsed-bodies-in-browser',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} id @param {string | undefined} importer @param {{ ssr?: boolean }} [options] */
  resolveId(id, importer, options) {
    if (id === './parse-body.ts' && !options?.ssr && importer?.endsWith('/src/markdown/pipeline.ts')) {
      return fileURLToPath(new URL('./src/site/builder/parsed-bodies.ts', import.meta.url));
    }
    if (
      id.endsWith('/markdown/parse-company.ts') &&
      !options?.ssr &&
      importer?.includes('/src/core/') // the stand-in's own import of the real parser is left alone
    ) {
      return fileURLToPath(new URL('./src/site/builder/parsed-company.ts', import.meta.url));
    }
    return null;
  },
};

/** A dictionary of a language this build leaves out (PLAYBOOK_LANGUAGES) is not bundled: see src/i18n/not-built.ts. */
const BUILT_LANGUAGES = new Set(/** @type {string[]} */ (siteLanguages()));
const onlyBuiltDictionaries = {
  name: 'playbook:only-built-dictionaries',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} id @param {string | undefined} importer */
  resolveId(id, importer) {
    const language = /^\.\/([a-z]{2})\.ts$/.exec(id)?.[1];
    if (!language || BUILT_LANGUAGES.has(language) || !importer?.endsWith('/src/i18n/index.ts')) return null;
    return fileURLToPath(new URL('./src/i18n/not-built.ts', import.meta.url));
  },
};

// Vite takes import.meta.env.BASE_URL from the environment when a BASE_URL is set there, before
// Astro's `base`: one left over from another tool would silently move every link of the site.
delete process.env.BASE_URL;
const PUBLIC_SITE_URL = siteUrlForBuild();
// Served under a path (https://org.github.io/playbook/), every link, asset and script carries it.
const BASE = basePathOf(PUBLIC_SITE_URL);

// The failure-mode pages come in through our own content loader (src/site/loader.ts), which runs
// remarkPlaybook itself. These plugins serve the site's own prose pages (src/guides/*.mdx): @astrojs/mdx
// inherits them, so a guide can use the same :var[...] and :::note constructs, with neutral defaults.
export default defineConfig({
  // One setting for the site and the generator's handout QR codes: see src/site-url.ts.
  ...(PUBLIC_SITE_URL ? { site: PUBLIC_SITE_URL } : {}),
  base: BASE,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkDirective, [remarkPlaybook, { target: 'html' }], [remarkBaseLinks, { base: BASE }]],
    smartypants: false,
  },
  build: {
    format: 'directory',
    // One small stylesheet: inlining it saves a request on every first visit.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [parsedBodiesInBrowser, onlyBuiltDictionaries],
    // Vite gzips every browser chunk only to print its size, which nobody reads in a build log.
    build: { reportCompressedSize: false },
  },
});
