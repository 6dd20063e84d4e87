// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { siteUrlForBuild } from './src/site-url.ts';
import remarkDirective from 'remark-directive';
import { fileURLToPath } from 'node:url';
import { remarkPlaybook } from './src/markdown/remark-playbook.ts';

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

const PUBLIC_SITE_URL = siteUrlForBuild();

// The failure-mode pages come in through our own content loader (src/site/loader.ts), which runs
// remarkPlaybook itself. These plugins serve the site's own prose pages (src/guides/*.mdx): @astrojs/mdx
// inherits them, so a guide can use the same :var[...] and :::note constructs, with neutral defaults.
export default defineConfig({
  // One setting for the site and the generator's handout QR codes: see src/site-url.ts.
  ...(PUBLIC_SITE_URL ? { site: PUBLIC_SITE_URL } : {}),
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkDirective, [remarkPlaybook, { target: 'html' }]],
    smartypants: false,
  },
  build: {
    format: 'directory',
    // One small stylesheet: inlining it saves a request on every first visit.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [parsedBodiesInBrowser],
    // Vite gzips every browser chunk only to print its size, which nobody reads in a build log.
    build: { reportCompressedSize: false },
  },
});
