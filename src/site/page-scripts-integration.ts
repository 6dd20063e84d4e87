/**
 * Serves each page its script (src/site/page-scripts.ts) through the module
 * `virtual:playbook/page-scripts`: in a build, the files esbuild bundled, written beside Astro's own
 * assets once the pages are; on a dev server, the sources, which Vite serves as it does any module.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Language } from '../i18n/index.ts';
import {
  PAGE_SCRIPTS,
  bundlePageScripts,
  pageScriptSource,
  type BundledPageScripts,
  type PageScriptName,
  type PageScriptTag,
} from './page-scripts.ts';

const VIRTUAL_ID = 'virtual:playbook/page-scripts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function pageScripts(options: { builtLanguages: ReadonlySet<Language> }): AstroIntegration {
  let bundled: Promise<BundledPageScripts> | undefined;
  let assetsDir = '_astro';
  return {
    name: 'playbook:page-scripts',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assetsDir = config.build.assets;
        const root = fileURLToPath(config.root);
        const bundle = () =>
          (bundled ??= bundlePageScripts({ base, assetsDir, builtLanguages: options.builtLanguages }));
        const sourceTags = () =>
          Object.fromEntries(
            PAGE_SCRIPTS.map((name) => [
              name,
              { src: base + relative(root, pageScriptSource(name)).replaceAll('\\', '/') },
            ]),
          ) as Record<PageScriptName, PageScriptTag>;
        const plugin: Plugin = {
          name: 'playbook:page-scripts',
          resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
          async load(id) {
            if (id !== RESOLVED_ID) return null;
            const tags = command === 'build' ? (await bundle()).tags : sourceTags();
            return `const tags = ${JSON.stringify(tags)};\nexport const pageScriptTag = (name) => tags[name];\n`;
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': async ({ dir }) => {
        // Nothing to write when no page named a script (a build of no pages).
        if (!bundled) return;
        const { files } = await bundled;
        const folder = new URL(`${assetsDir}/`, dir);
        await mkdir(folder, { recursive: true });
        await Promise.all([...files].map(([name, bytes]) => writeFile(new URL(name, folder), bytes)));
      },
    },
  };
}
