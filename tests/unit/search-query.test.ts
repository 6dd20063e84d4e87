import { describe, expect, test } from 'vitest';
import {
  mergeByScore,
  pagesHoldingWord,
  rankByWords,
  searchTerms,
} from '../../src/core/library/search-query.ts';

describe('searchTerms', () => {
  test.each([
    ['my agents are burning out', ['agents', 'burning']],
    ['Customers wait DAYS for a reply!', ['customers', 'wait', 'days', 'reply']],
    ['it’s somebody else’s job', ['somebody', 'job']],
    ["we don't know what to do", ['know']],
    ['refund refund refund', ['refund']],
    ['the and of', []],
    ['role-play', ['role', 'play']],
  ])('%j -> %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });
});

describe('mergeByScore', () => {
  test('a page that matches more of the words ranks above one that matches a single word strongly', () => {
    const merged = mergeByScore([
      [
        { id: 'one-strong', score: 9 },
        { id: 'both', score: 6 },
      ],
      [
        { id: 'both', score: 0.5 },
        { id: 'other', score: 0.4 },
      ],
    ]);
    expect(merged.map((m) => m.result.id)).toEqual(['both', 'one-strong', 'other']);
    expect(merged[0]!.matched).toBe(2);
  });

  test('a rare word found by chance does not outweigh a common word by its raw score', () => {
    // Raw scores would put "chance" first (5 > 0.4 + 0.3); shares put the page matching both words first.
    const merged = mergeByScore([
      [
        { id: 'chance', score: 5 },
        { id: 'fits', score: 0.3 },
      ],
      [{ id: 'fits', score: 0.4 }],
    ]);
    expect(merged.map((m) => m.result.id)).toEqual(['fits', 'chance']);
  });

  test('ties keep a stable order, and empty or zero-score searches add nothing', () => {
    const merged = mergeByScore([
      [
        { id: 'b', score: 1 },
        { id: 'a', score: 1 },
      ],
      [],
      [{ id: 'c', score: 0 }],
    ]);
    expect(merged.map((m) => m.result.id)).toEqual(['a', 'b']);
  });
});

describe('rankByWords', () => {
  test('a page only counts for a word its exact search finds, so a prefix match of an absent word adds nothing', () => {
    // "hoops" is on no page; the plain search still returns a page holding the prefix "h", at full strength.
    const hoops = { loose: [{ id: 'prefix-only', score: 9 }], exact: [] };
    const returns = {
      loose: [
        { id: 'returns-page', score: 2 },
        { id: 'prefix-only', score: 1 },
      ],
      exact: [{ id: 'returns-page' }, { id: 'prefix-only' }],
    };
    const process = { loose: [{ id: 'returns-page', score: 3 }], exact: [{ id: 'returns-page' }] };
    expect(pagesHoldingWord(hoops)).toEqual([]);
    const { results, everyWord } = rankByWords([returns, hoops, process]);
    expect(results.map((r) => r.id)).toEqual(['returns-page', 'prefix-only']);
    expect(everyWord).toBe(false);
  });

  test('says when some page holds every word of the sentence', () => {
    const word = (ids: string[]) => ({
      loose: ids.map((id, i) => ({ id, score: 5 - i })),
      exact: ids.map((id) => ({ id })),
    });
    const { results, everyWord } = rankByWords([word(['both', 'first-only']), word(['second-only', 'both'])]);
    expect(results[0]!.id).toBe('both');
    expect(everyWord).toBe(true);
  });
});
