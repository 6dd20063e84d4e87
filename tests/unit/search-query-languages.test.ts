import { describe, expect, test } from 'vitest';
import { joinVerbs, searchTerms, separableVerbs } from '../../src/core/library/search-query.ts';

describe('searchTerms drops the filler words of the query’s language', () => {
  test.each([
    [
      'es',
      'Mis agentes se enteran de las promociones por el cliente',
      ['agentes', 'enteran', 'promociones', 'cliente'],
    ],
    ['es', 'Nos cambian las normas sin preguntar', ['cambian', 'normas', 'sin', 'preguntar']],
    ['de', 'Die Kollegen haben halt keine Lust mehr auf die Kasse', ['kollegen', 'lust', 'kasse']],
    ['de', "Bei uns gibt's nie Lob", ['nie', 'lob']],
    ['en', 'the boss blames the team', ['boss', 'blames', 'team']],
  ] as const)('%s: %j -> %j', (lang, query, terms) => {
    expect(searchTerms(query, lang)).toEqual(terms);
  });

  test('another language’s filler words are words like any other', () => {
    expect(searchTerms('die Kasse', 'en')).toEqual(['die', 'kasse']);
    expect(searchTerms('the team', 'de')).toEqual(['the', 'team']);
  });
});

describe('separableVerbs joins a German verb to the prefix its clause ends with', () => {
  test('the verb second in the clause, after a subject or after a joining word', () => {
    expect(separableVerbs('Wir stellen nach Zeugnissen ein, und dann', 'de')).toContainEqual({
      verb: 'stellen',
      joined: 'einstellen',
    });
    expect(
      separableVerbs('Nach der Schulung gibt es nichts, und alles schläft wieder ein.', 'de'),
    ).toContainEqual({
      verb: 'schläft',
      joined: 'einschläft',
    });
  });

  test('a word far from the start of the clause is not taken for its verb', () => {
    const joined = separableVerbs('aber uns selbst schnauzt er ständig an', 'de').map((v) => v.joined);
    expect(joined).toContain('anschnauzt');
    expect(joined).not.toContain('anständig');
  });

  test('a clause ending in an ordinary word, and other languages, split nothing', () => {
    expect(
      separableVerbs('Meine Leute erfahren von neuen Aktionen erst, wenn ein Kunde fragt', 'de'),
    ).toEqual([]);
    expect(separableVerbs('we give in', 'en')).toEqual([]);
  });

  test('joinVerbs puts each joined verb the index holds in place of the bare verb', () => {
    expect(joinVerbs(['stellen', 'zeugnissen', 'lust'], [{ verb: 'stellen', joined: 'einstellen' }])).toEqual(
      ['einstellen', 'zeugnissen', 'lust'],
    );
  });
});
