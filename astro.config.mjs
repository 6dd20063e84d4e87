// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { remarkPlaybook } from './src/markdown/remark-playbook.ts';

// The site shows every company variable with its neutral default; the handbook generator runs the
// same remarkPlaybook plugin with a company's values.
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
