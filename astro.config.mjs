// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { remarkPlaybook } from './src/markdown/remark-playbook.ts';

// The failure-mode pages come in through our own content loader (src/site/loader.ts), which runs
// remarkPlaybook itself. These plugins serve the site's own prose pages (src/guides/*.mdx): @astrojs/mdx
// inherits them, so a guide can use the same :var[...] and :::note constructs, with neutral defaults.
export default defineConfig({
  site: 'https://service-playbook.example',
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
});
