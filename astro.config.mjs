// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { basePathOf, siteUrlForBuild } from './src/site-url.ts';
import remarkDirective from 'remark-directive';
import { remarkPlaybook } from './src/markdown/remark-playbook.ts';
import { remarkBaseLinks } from './src/markdown/remark-base-links.ts';
import { siteLanguages } from './src/site/languages.ts';
import { keepHeapNearLiveData } from './src/site/build-heap.ts';
import { browserStandIn, dictionaryStandIn } from './src/site/browser-stand-ins.ts';
import { pageScripts } from './src/site/page-scripts-integration.ts';

// Before any content is loaded: a build's peak memory follows V8's heap growth (src/site/build-heap.ts).
keepHeapNearLiveData();

/** A dictionary of a language this build leaves out (PLAYBOOK_LANGUAGES) is not bundled: see src/i18n/not-built.ts. */
const BUILT_LANGUAGES = new Set(siteLanguages());

/**
 * The modules a browser loads in place of others (src/site/browser-stand-ins.ts), for the pages'
 * scripts as the dev server serves them; a build bundles them with the same rules
 * (src/site/page-scripts.ts). Server code keeps the real modules, but for the dictionaries.
 */
const browserStandIns = {
  name: 'playbook:browser-stand-ins',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} id @param {string | undefined} importer @param {{ ssr?: boolean }} [options] */
  resolveId(id, importer, options) {
    return options?.ssr
      ? dictionaryStandIn(id, importer, BUILT_LANGUAGES)
      : browserStandIn(id, importer, BUILT_LANGUAGES);
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
  integrations: [mdx(), pageScripts({ builtLanguages: BUILT_LANGUAGES })],
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
    plugins: [browserStandIns],
    // Vite gzips every browser chunk only to print its size, which nobody reads in a build log.
    build: { reportCompressedSize: false },
  },
});
