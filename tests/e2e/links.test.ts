import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { DIST, builtPages } from '../support/dist.ts';

/** Maps a site path to the file a static host would serve for it. */
function fileFor(path: string): string | undefined {
  const file = join(DIST, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return existsSync(file) ? file : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set();
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node) => {
      if (typeof node.properties.id === 'string') ids!.add(node.properties.id);
    });
    idsCache.set(file, ids);
  }
  return ids;
}

describe('links in the built site', () => {
  test('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const page of builtPages()) {
      const base = new URL(page, 'http://site.test');
      const tree = fromHtml(readFileSync(fileFor(page)!, 'utf8'));
      visit(tree, 'element', (node) => {
        const ref = node.properties.href ?? node.properties.src;
        if (typeof ref !== 'string' || /^(mailto|data|javascript):/.test(ref)) return;
        const url = new URL(ref, base);
        if (url.host !== base.host) return;
        const target = fileFor(url.pathname);
        if (!target) return void broken.push(`${page} -> ${ref} (no such page)`);
        if (url.hash && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page} -> ${ref} (no such anchor)`);
        }
      });
    }
    expect(broken).toEqual([]);
  });
});
