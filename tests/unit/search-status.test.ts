import { describe, expect, test } from 'vitest';
import { words } from '../../src/i18n/index.ts';
import { statusLine, type StatusWords } from '../../src/site/search-status.ts';

// As the search page carries them: the dictionary's sentences, round-tripped through JSON.
const w = words();
const status = JSON.parse(JSON.stringify({ locale: w.locale, ...w.site.search.status })) as StatusWords;
const all = '';
const category = 'Customer processes';

describe('the search page says how a search went', () => {
  test.each([
    ['found', 'refund', all, 1, '1 page matches “refund”.'],
    ['found', 'refund', all, 12, '12 pages match “refund”.'],
    ['found', 'refund', category, 1, '1 page matches “refund” in Customer processes.'],
    ['found', 'refund', all, 1200, '1,200 pages match “refund”.'],
    [
      'partial',
      'late refund',
      all,
      1,
      'No page has every word of “late refund”; 1 page has some of them, closest first.',
    ],
    [
      'partial',
      'late refund',
      category,
      3,
      'No page has every word of “late refund” in Customer processes; 3 pages have some of them, closest first.',
    ],
    ['none', 'zzz', all, 0, 'No pages match “zzz”. Try a shorter or different word.'],
    [
      'none',
      'zzz',
      category,
      0,
      'No pages match “zzz” in Customer processes. Try a shorter or different word.',
    ],
  ] as const)('%s for %j in %j, %i pages', (outcome, query, chosen, pages, sentence) => {
    expect(statusLine(status, outcome, { query, category: chosen, pages })).toBe(sentence);
  });

  test('what the reader typed is shown as typed, even when it looks like a placeholder', () => {
    expect(statusLine(status, 'found', { query: '{n} {category}', category: all, pages: 2 })).toBe(
      '2 pages match “{n} {category}”.',
    );
  });
});
