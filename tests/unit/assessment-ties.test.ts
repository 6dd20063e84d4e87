import { describe, expect, test } from 'vitest';
import { emptyAnswers, scoreRespondent, type AssessmentModel } from '../../src/core/assessment/score.ts';
import { buildConfigYaml } from '../../src/core/assessment/config.ts';
import { buildAssessmentModel } from '../../src/core/assessment/model.ts';
import { chooseChapters, groupTies, rankLabels } from '../../src/core/assessment/ties.ts';
import type { AnswersFile } from '../../src/schemas/assessment.ts';
import { words } from '../../src/i18n/index.ts';

const CATEGORIES = words().categories;
import { parse } from 'yaml';

/**
 * Thirteen modes of four statements and five warning signs each, spread over the categories, as in
 * the report that started this: one mode answered "not true of us" (need 100), twelve answered
 * "slightly true" (need 75).
 */
const categories = Object.keys(CATEGORIES) as (keyof typeof CATEGORIES)[];
const ids = ['top-pain', ...Array.from({ length: 12 }, (_, i) => `pain-${String.fromCharCode(97 + i)}`)];
const model: AssessmentModel = buildAssessmentModel(
  ids.map((id, i) => ({
    id,
    title: `Title ${id}`,
    category: categories[(ids.length - i) % categories.length]!,
    diagnosticQuestions: ['h', 'b', 'c', 'd'],
    warningSigns: ['1', '2', '3', '4', '5'],
  })),
  CATEGORIES,
);

/** The quick scan: the headline statement of every mode; `top-pain` answered 1, the others 2. */
const quickScan: AnswersFile = {
  ...emptyAnswers('frontline'),
  answers: Object.fromEntries(ids.map((id) => [id, { 0: id === 'top-pain' ? 1 : 2 }])),
};

/**
 * The deep dive on `top-pain` that still says "this is a real problem": statements 1, 2, 2 and 1
 * (needs 100, 75, 75, 100: 87.5 on average) or 1, 2, 2 (83.3), and one of five warning signs ticked.
 */
const deepDive = (statements: Record<string, number>, ticked: number[]): AnswersFile => ({
  ...quickScan,
  answers: { ...quickScan.answers, 'top-pain': statements },
  warningSigns: { 'top-pain': ticked },
});

describe('a deep dive is scored on the same footing as the quick scan', () => {
  test('confirming a problem keeps it first: statements averaging 83 with one sign ticked stay above the quick scan’s 75s', () => {
    const before = scoreRespondent(model, quickScan).ranking;
    expect(before[0]).toMatchObject({ id: 'top-pain', need: 100, depth: 'quick' });
    const after = scoreRespondent(model, deepDive({ 0: 1, 1: 2, 2: 2 }, [3])).ranking;
    expect(after[0]).toMatchObject({ id: 'top-pain', depth: 'deep', answered: 3, ticked: 1 });
    expect(after[0]!.need).toBeGreaterThanOrEqual(83.3);
    expect(after.slice(1).every((m) => m.need === 75)).toBe(true);
    expect(chooseChapters(after, 5).chapters[0]!.id).toBe('top-pain');
  });

  test('a warning sign left unticked is no evidence of health: the need is the statements’ mean, and ticking only raises it', () => {
    const unticked = scoreRespondent(model, deepDive({ 0: 1, 1: 2, 2: 2, 3: 1 }, [])).ranking[0]!;
    expect(unticked).toMatchObject({ id: 'top-pain', need: 87.5, depth: 'deep' });
    const needs = [0, 1, 2, 5].map(
      (n) =>
        scoreRespondent(model, deepDive({ 0: 1, 1: 2, 2: 2, 3: 1 }, [0, 1, 2, 3, 4].slice(0, n))).ranking[0]!
          .need,
    );
    expect(needs).toEqual([87.5, 88, 88.5, 90]);
  });

  test('a deep dive that finds less need than the headline showed still lowers the mode: the footing is fair both ways', () => {
    const milder = scoreRespondent(model, deepDive({ 0: 1, 1: 5, 2: 5, 3: 4 }, [])).ranking;
    expect(milder.find((m) => m.id === 'top-pain')).toMatchObject({ need: 31.3, depth: 'deep' });
    expect(milder[0]!.need).toBe(75);
  });
});

describe('ties are ties', () => {
  test('twelve modes answered alike form one tie at 75, each placed second equal', () => {
    const ranking = scoreRespondent(model, quickScan).ranking;
    const ties = groupTies(ranking);
    expect(ties.map((t) => [t.need, t.modes.length])).toEqual([
      [100, 1],
      [75, 12],
    ]);
    expect(rankLabels(ranking)).toEqual(['1', ...Array.from({ length: 12 }, () => '2=')]);
  });

  test('needs that show as the same whole number tie; places after a tie skip its size', () => {
    expect(
      rankLabels([{ need: 80 }, { need: 74.6 }, { need: 75.4 }, { need: 50 }, { need: 49.6 }, { need: 20 }]),
    ).toEqual(['1', '2=', '2=', '4=', '4=', '6']);
  });

  test('a handbook of five takes the whole tie its last places fall in, and says which tie that is', () => {
    const ranking = scoreRespondent(model, quickScan).ranking;
    const choice = chooseChapters(ranking, 5);
    expect(choice.chapters).toHaveLength(13);
    expect(choice.tie).toMatchObject({ need: 75, places: 4, above: 1 });
    expect(choice.tie!.modes).toHaveLength(12);
  });

  test('when the person chooses, only the tied modes they chose are in; modes above the tie always are', () => {
    const ranking = scoreRespondent(model, quickScan).ranking;
    const choice = chooseChapters(ranking, 5, new Set(['pain-k', 'pain-b', 'top-pain']));
    expect(choice.chapters.map((m) => m.id).sort()).toEqual(['pain-b', 'pain-k', 'top-pain']);
    expect(choice.tie).toMatchObject({ need: 75, places: 4, above: 1 });
    expect(chooseChapters(ranking, 5, new Set()).chapters.map((m) => m.id)).toEqual(['top-pain']);
  });

  test('a cut between two scores is no tie', () => {
    const ranking = scoreRespondent(model, quickScan).ranking;
    expect(chooseChapters(ranking, 1)).toEqual({ chapters: [ranking[0]] });
    expect(chooseChapters(ranking, 13).tie).toBeUndefined();
    expect(chooseChapters(ranking, 20).chapters).toHaveLength(13);
  });

  test('the config takes the whole tie and its header says so, or only the tied modes chosen, and says that', () => {
    const ranking = scoreRespondent(model, quickScan).ranking;
    const all = buildConfigYaml(words(), ranking, { top: 5 });
    expect(parse(all).priorities).toHaveLength(13);
    expect(all).toContain(
      '# 12 failure modes tie at 75 of 100 for the last 4 places; the answers put none ahead of another, so all 12 are in. Remove the ones you do not want.',
    );
    expect(all).toMatch(/- pain-a # need 75 of 100, tied; 0 warning signs ticked/);
    const picked = ['pain-d', 'pain-a', 'pain-l', 'pain-c'];
    const chosen = buildConfigYaml(words(), ranking, { top: 5, fromTie: picked });
    expect(parse(chosen).priorities).toEqual([
      'top-pain',
      ...ranking
        .slice(1)
        .map((m) => m.id)
        .filter((id) => picked.includes(id)),
    ]);
    expect(chosen).toContain(
      '# 12 failure modes tie at 75 of 100 for the last 4 places; 4 of them were chosen.',
    );
  });
});
