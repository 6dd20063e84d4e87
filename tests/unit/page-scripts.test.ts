/**
 * The site's browser scripts as the build bundles them (src/site/page-scripts.ts): every page gets
 * its script, the browser carries the stand-ins rather than the build's parsers, a language the
 * build leaves out is nowhere in them, and the same sources give the same files.
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES, loadDictionary, type Language } from '../../src/i18n/index.ts';
import { PAGE_SCRIPTS, bundlePageScripts } from '../../src/site/page-scripts.ts';

const bundle = (languages: Language[]) =>
  bundlePageScripts({ base: '/playbook/', assetsDir: '_astro', builtLanguages: new Set(languages) });
const text = (files: Map<string, Uint8Array>) =>
  [...files.values()].map((bytes) => new TextDecoder().decode(bytes)).join('\n');

describe('page scripts', async () => {
  const every = await bundle([...LANGUAGES]);
  const english = await bundle(['en']);
  const de = await loadDictionary('de');

  test('every page has its script, from under the site path, and the small filter script is written into its page', () => {
    expect(Object.keys(every.tags).sort()).toEqual([...PAGE_SCRIPTS].sort());
    for (const [name, tag] of Object.entries(every.tags)) {
      if ('src' in tag) {
        expect(tag.src).toMatch(new RegExp(`^/playbook/_astro/${name}\\.[A-Z0-9]+\\.js$`));
        expect(every.files.has(tag.src.slice('/playbook/_astro/'.length))).toBe(true);
      }
    }
    const filters = every.tags['mode-filters'];
    expect('code' in filters && filters.code).toContain('#mode-filters');
  });

  test('the builder carries the embedded trees, not the Markdown parser, and loads the Word writer by name', () => {
    const all = text(every.files);
    expect(all).toContain('parsed-bodies: no embedded tree for');
    expect([...every.files.keys()].some((name) => /^handbook-docx\.[A-Z0-9]+\.js$/.test(name))).toBe(true);
  });

  test('a language the build leaves out is in none of the files', () => {
    expect(text(every.files)).toContain(de.builder.form.addRow);
    expect(text(english.files)).not.toContain(de.builder.form.addRow);
    expect([...english.files.keys()].filter((name) => /^(es|de|ar)\./.test(name))).toEqual([]);
  });

  test('the same sources give byte-identical files', async () => {
    const again = await bundle([...LANGUAGES]);
    expect([...again.files.keys()]).toEqual([...every.files.keys()]);
    for (const [name, bytes] of again.files)
      expect(Buffer.from(bytes).equals(Buffer.from(every.files.get(name)!))).toBe(true);
  });
});
