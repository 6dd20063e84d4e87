/**
 * Every word we print lives in the dictionary (src/i18n/): a string literal in the code that reads
 * as English words, or English text in an Astro page's markup, fails this test unless its file is
 * one of the exceptions below, each with the reason it may keep English. A second language is then
 * one dictionary file and nothing else in code.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/** Files allowed to hold English of their own, and why. */
const EXCEPTIONS: Record<string, string> = {
  // The command line's own messages stay English (docs/generator.md says so).
  'src/cli/': 'the command line speaks English',
  // Messages about a user's input: the CLI prints them, and the builder rewrites each in its own words.
  'src/core/config/': 'messages about a config, shown by the CLI and reworded by the builder',
  'src/core/library/library.ts': 'messages about a library page, for its authors',
  'src/core/library/load.ts': 'messages about a library folder, for its authors',
  'src/core/library/publishing.ts': 'messages about a library page, for its authors',
  'src/core/kit/decks.ts': 'messages about a kit in a library page, for its authors',
  'src/core/problems.ts': 'the shape of a problem message',
  'src/core/zod-wording.ts': 'validation wording, reworded by the builder',
  'src/core/assessment/file.ts': 'messages about an answers file, shown by the CLI',
  'src/markdown/safe-links.ts': 'messages about a library page, for its authors',
  'src/schemas/': 'validation messages, shown by the CLI and reworded by the builder',
  'src/render/pdf/': 'messages about Chromium, for whoever installs it',
};

/** What reads as English words: two words of letters with a space between, not code, a path or CSS. */
function readsAsEnglish(text: string): boolean {
  const t = text.trim();
  if (!/[A-Za-z]{2,}[^\n]*\s[A-Za-z]{2,}/.test(t)) return false;
  if (/^[\w.#:\-[\]="' ,>*()@%/]+\{/.test(t)) return false; // a CSS rule
  if (/^(\.|#|@|--|https?:|\/|data:)/.test(t)) return false; // a selector, a URL or a path
  if (/^[a-z-]+(\s[a-z-]+)*$/.test(t)) return false; // class names, keywords
  return true;
}

function englishIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  if (file.endsWith('.ts')) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (readsAsEnglish(node.text)) found.push(node.text);
      } else if (ts.isTemplateExpression(node)) {
        const whole = node.head.text + node.templateSpans.map((s) => ` X ${s.literal.text}`).join('');
        if (readsAsEnglish(whole)) found.push(whole);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  } else {
    const markup = text
      .replace(/^---[\s\S]*?---/, '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '');
    for (const m of markup.matchAll(/>([^<>{}]+)</g)) if (readsAsEnglish(m[1]!)) found.push(m[1]!.trim());
    for (const m of markup.matchAll(/\b(?:aria-label|title|description|placeholder|alt)="([^"]+)"/g)) {
      if (readsAsEnglish(m[1]!)) found.push(m[1]!);
    }
  }
  return found;
}

/**
 * Files whose words are still being moved into the dictionary, with how many English strings each
 * held when this test arrived. A file may only go down: it fails when it holds more, and when it
 * holds none any more (then its line must go, so the list only shrinks).
 */
const NOT_YET_MOVED: Record<string, number> = {
  'src/core/did-you-mean.ts': 1,
  'src/core/handbook/handbook.ts': 1,
  'src/core/handbook/schedule.ts': 3,
  'src/core/kit/kit.ts': 1,
  'src/core/library/navigation.ts': 1,
  'src/core/library/search-query.ts': 1,
  'src/core/staffing/check.ts': 1,
  'src/core/staffing/handbook-section.ts': 3,
  'src/core/staffing/queue-plan.ts': 1,
  'src/core/staffing/reading.ts': 28,
  'src/core/staffing/tools.ts': 4,
  'src/document/kit.ts': 27,
  'src/document/staffing-section.ts': 7,
  'src/layouts/Base.astro': 4,
  'src/markdown/remark-playbook.ts': 2,
  'src/markdown/variables.ts': 2,
  'src/pages/404.astro': 7,
  'src/pages/build/index.astro': 31,
  'src/pages/categories/[id].astro': 1,
  'src/pages/handbook/index.astro': 3,
  'src/pages/index.astro': 13,
  'src/pages/modes/[id]/handout/index.astro': 3,
  'src/pages/modes/[id]/kit/index.astro': 2,
  'src/pages/modes/index.astro': 3,
  'src/pages/search.astro': 6,
  'src/pages/sources.astro': 4,
  'src/pages/tools/staffing/index.astro': 39,
  'src/render/html.ts': 1,
  'src/render/ics.ts': 11,
  'src/render/kits.ts': 1,
  'src/render/outputs.ts': 22,
  'src/site/builder/builder-controller.ts': 4,
  'src/site/builder/builder-edits.ts': 5,
  'src/site/builder/builder-start.ts': 28,
  'src/site/builder/config-yaml.ts': 13,
  'src/site/builder/download-buttons.ts': 2,
  'src/site/builder/form-notes.ts': 3,
  'src/site/builder/form-wording.ts': 48,
  'src/site/builder/locales.ts': 3,
  'src/site/builder/page-data.ts': 2,
  'src/site/builder/parsed-bodies.ts': 1,
  'src/site/builder/preview-update.ts': 5,
  'src/site/builder/preview.ts': 2,
  'src/site/builder/priorities-view.ts': 13,
  'src/site/loader.ts': 2,
  'src/site/mode-page.ts': 1,
  'src/site/print/contents-pages.ts': 3,
  'src/site/print/numbered-print.ts': 3,
  'src/site/staffing/markup.ts': 17,
  'src/site/staffing/staffing-page.ts': 3,
};

const FILES = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|astro)$/.test(f) && !f.startsWith('src/i18n/'));

describe('the words we print live in the dictionary', () => {
  test('no file outside src/i18n/ prints English of its own, but the exceptions', () => {
    const counted = FILES.filter((f) => !Object.keys(EXCEPTIONS).some((e) => f.startsWith(e))).map(
      (f) => [f, englishIn(f)] as const,
    );
    const offenders = counted
      .filter(([f, found]) => found.length > (NOT_YET_MOVED[f] ?? 0))
      .map(([f, found]) => `${f}: ${found.map((s) => JSON.stringify(s.slice(0, 60))).join(', ')}`);
    expect(offenders).toEqual([]);
    const done = counted
      .filter(([f, found]) => NOT_YET_MOVED[f] !== undefined && found.length === 0)
      .map(([f]) => f);
    expect(done, 'these files hold no English any more: take them off NOT_YET_MOVED').toEqual([]);
  });

  test('the detector finds a sentence, and leaves code alone', () => {
    expect(readsAsEnglish('Print this kit')).toBe(true);
    expect(readsAsEnglish('The preview appears once X')).toBe(true);
    for (const code of [
      '.kit-card { margin: 0 }',
      'https://example.org/a b',
      'button secondary',
      'text/html',
    ]) {
      expect(readsAsEnglish(code), code).toBe(false);
    }
  });
});
