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
  'src/core/library/mode-page.ts': 'messages about a library page, for its authors',
  'src/core/library/cross-page.ts': 'messages about references across library pages, for their authors',
  'src/core/library/load.ts': 'messages about a library folder, for its authors',
  'src/core/library/content-file.ts': 'messages about a library file, for its authors',
  'src/core/library/load-translation.ts': 'messages about a translated library file, for its translators',
  'src/core/library/translations.ts': 'messages about a translated library file, for its translators',
  'src/core/library/translation-status.ts':
    'messages about translations behind their source, for translators',
  'src/core/library/measures.ts': 'messages about the metrics and survey files, for the library’s authors',
  'src/core/library/publishing.ts': 'messages about a library page, for its authors',
  'src/core/library/worksheets.ts': 'messages about a worksheet file, for its authors',
  'src/core/kit/decks.ts': 'messages about a kit in a library page, for its authors',
  'src/core/kit/room.ts':
    'messages about a kit in a library page, for its authors, and the English its rules read',
  'src/core/problems.ts': 'the shape of a problem message',
  'src/core/zod-wording.ts': 'validation wording, reworded by the builder',
  'src/core/assessment/file.ts': 'messages about an answers file, shown by the CLI',
  'src/markdown/safe-links.ts': 'messages about a library page, for its authors',
  'src/schemas/': 'validation messages, shown by the CLI and reworded by the builder',
  'src/render/pdf/': 'messages about Chromium, for whoever installs it',
  'src/core/handbook/company-markdown.ts':
    "messages about a config's Markdown, shown by the CLI and reworded by the builder",
  // Word's own names, never printed: XML packaging, built-in style ids and its contents gallery.
  'src/render/docx/pack.ts': 'the XML of the Word package; no words',
  'src/render/docx/styles.ts':
    "Word's built-in style names (Table Grid, List Bullet), which Word shows in the reader's language",
  'src/render/docx/contents.ts': "Word's name for its contents gallery, an id",
  'src/site/builder/parsed-bodies.ts':
    'a message about our own bug (a body the page did not embed), for developers',
  'src/markdown/remark-playbook.ts': 'messages about a library page, for its authors',
  'src/site/languages.ts': 'messages about PLAYBOOK_LANGUAGES and our own bugs, in the build log',
  'src/site/guides.ts': 'a message about our own bug (a guide missing), for developers',
  'src/site/loader.ts': "messages in the build's and the dev server's log, for the library's authors",
  'src/core/did-you-mean.ts': 'the "did you mean" of the messages about a config or a library page',
  'src/core/library/navigation.ts': 'findMode: an id no mode has is a mistake in code, told to its developer',
  // Never printed: the words a search leaves out of a query. They are the search's knowledge of
  // English, as the search index's stemming is; a second language brings its own beside its index.
  'src/core/library/search-query.ts': 'the English stop words that search leaves out of a query',
  // Code that reads as words to the detector: CSS declarations, a selector, a doctype, a viewport.
  'src/site/print/contents-pages.ts': 'CSS, a selector and a doctype for measuring printed pages; no words',
  'src/site/print/numbered-print.ts':
    'CSS and a doctype for the print frame; its one title is in the dictionary',
  'src/render/html.ts': 'the viewport setting of every standalone page; no words',
  'src/core/internal-errors.ts': 'errors that mean a bug in our own code, for whoever fixes it',
  'src/site/page-scripts.ts': 'a message about our own bug (a page script not bundled), in the build log',
  'src/site/page-scripts-integration.ts': 'the source of the module it generates; no words',
};

/** What reads as English words: two words of letters with a space between, not code, a path or CSS. */
function readsAsEnglish(text: string): boolean {
  const t = text.trim();
  if (!/[A-Za-z]{2,}[^\n]*\s[A-Za-z]{2,}/.test(t)) return false;
  if (/^[\w.#:\-[\]="' ,>*()@%/]+\{/.test(t)) return false; // a CSS rule
  if (/^(\.|#|@|--|https?:|\/|data:)/.test(t)) return false; // a selector, a URL or a path
  if (/^[a-z]*\[[\w-]+(=[^\]]*)?\]( [a-z]+)?$/.test(t)) return false; // an attribute selector
  if (/^<!DOCTYPE /i.test(t)) return false; // an HTML document
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

const FILES = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|astro)$/.test(f) && !f.startsWith('src/i18n/'));

describe('the words we print live in the dictionary', () => {
  test('no file outside src/i18n/ prints English of its own, but the exceptions', () => {
    const offenders = FILES.filter((f) => !Object.keys(EXCEPTIONS).some((e) => f.startsWith(e)))
      .map((f) => [f, englishIn(f)] as const)
      .filter(([, found]) => found.length > 0)
      .map(([f, found]) => `${f}: ${found.map((s) => JSON.stringify(s.slice(0, 60))).join(', ')}`);
    expect(offenders).toEqual([]);
  });

  test('the detector finds a sentence, and leaves code alone', () => {
    expect(readsAsEnglish('Print this kit')).toBe(true);
    expect(readsAsEnglish('The preview appears once X')).toBe(true);
    for (const code of [
      '.kit-card { margin: 0 }',
      'https://example.org/a b',
      'button secondary',
      'text/html',
      '<!DOCTYPE html><html><head></head><body></body></html>',
    ]) {
      expect(readsAsEnglish(code), code).toBe(false);
    }
  });
});
