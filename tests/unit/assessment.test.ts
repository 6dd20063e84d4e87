import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { answerNeed, emptyAnswers, rankModes, scoreMode, scoreRespondent, type AssessmentModel } from '../../src/core/assessment.ts';
import { buildAssessmentModel } from '../../src/core/assessment-model.ts';
import { combineTeam, dedupeAnswers, respondentLabels } from '../../src/core/assessment-team.ts';
import type { AnswersFile, RespondentRole } from '../../src/schemas/assessment.ts';
import { CATEGORIES } from '../../src/schemas/taxonomy.ts';
import { sharedLibrary } from '../support/library.ts';

/** A small model: two modes in the first category, one in a later one, each with 3 statements and 4 signs. */
const model: AssessmentModel = buildAssessmentModel(
  [
    { id: 'zeta', title: 'Zeta', category: 'vision-leadership', diagnosticQuestions: ['a', 'b', 'c'], warningSigns: ['1', '2', '3', '4'] },
    { id: 'alpha', title: 'Alpha', category: 'vision-leadership', diagnosticQuestions: ['a', 'b', 'c'], warningSigns: ['1', '2', '3', '4'] },
    { id: 'later', title: 'Later', category: 'customer-processes', diagnosticQuestions: ['a', 'b', 'c'], warningSigns: ['1', '2', '3', '4'] },
  ],
  CATEGORIES,
);
const order = model.categories.map((c) => c.id);

/** An answers file giving every statement of each listed mode the same value. */
function person(role: RespondentRole, values: Record<string, number>, signs: Record<string, number[]> = {}, name: string = role): AnswersFile {
  return {
    ...emptyAnswers(role),
    respondent: { name, role },
    answers: Object.fromEntries(Object.entries(values).map(([id, v]) => [id, { 0: v, 1: v, 2: v }])),
    warningSigns: signs,
  };
}

describe('scoreMode', () => {
  test.each<{ answers: Record<string, number>; ticked: number[]; need: number; depth: string }>([
    { answers: { 0: 5, 1: 5, 2: 5 }, ticked: [], need: 0, depth: 'deep' },
    { answers: { 0: 1, 1: 1, 2: 1 }, ticked: [0, 1, 2, 3], need: 100, depth: 'deep' },
    { answers: { 0: 1, 1: 1, 2: 1 }, ticked: [], need: 80, depth: 'deep' },
    { answers: { 0: 3 }, ticked: [0, 1], need: 50, depth: 'deep' },
    { answers: {}, ticked: [0], need: 25, depth: 'deep' },
    // The quick scan shows no warning signs, so leaving them unticked there does not lower the need.
    { answers: { 0: 1 }, ticked: [], need: 100, depth: 'quick' },
    { answers: { 0: 4 }, ticked: [], need: 25, depth: 'quick' },
  ])('answers $answers with signs $ticked give a need of $need ($depth)', ({ answers, ticked, need, depth }) => {
    expect(scoreMode(model.modes[0]!, answers, ticked)).toMatchObject({ need, depth });
  });

  test('a mode with nothing answered and nothing ticked is not scored', () => {
    expect(scoreMode(model.modes[0]!, {}, [])).toBeUndefined();
  });

  test('out-of-range answers and signs are ignored rather than counted', () => {
    expect(scoreMode(model.modes[0]!, { 0: 9, 7: 1 }, [9, -1])).toBeUndefined();
  });
});

describe('reverse-keyed statements', () => {
  test.each([
    [1, false, 1],
    [5, false, 0],
    [1, true, 0],
    [5, true, 1],
    [2, true, 0.25],
  ])('answer %i on a statement with reversed=%s shows need %d', (value, reversed, need) => {
    expect(answerNeed(value, reversed)).toBe(need);
  });

  test('the model marks reversed statements and the headline from the library', async () => {
    const library = await sharedLibrary(resolve('tests/fixtures/assess/content'));
    const built = buildAssessmentModel(library.modes, CATEGORIES);
    const byId = Object.fromEntries(built.modes.map((m) => [m.id, m]));
    expect(byId['beta-mode']).toMatchObject({ headline: 2, reversed: [1] });
    expect(byId['gamma-mode']).toMatchObject({ headline: 0, reversed: [0] });
    // Without a marked headline the first statement leads the quick scan.
    expect(byId['alpha-mode']).toMatchObject({ headline: 0, reversed: [] });
  });

  test('agreeing with a reversed statement scores as need, and the scale turns round only there', async () => {
    const library = await sharedLibrary(resolve('tests/fixtures/assess/content'));
    const built = buildAssessmentModel(library.modes, CATEGORIES);
    const beta = built.modes.find((m) => m.id === 'beta-mode')!;
    // "Customers often have to chase us" answered 5 (completely true) is full need; the others 5 are none.
    expect(scoreMode(beta, { 0: 5, 1: 5, 2: 5 })?.need).toBe(26.7);
    expect(scoreMode(beta, { 0: 5, 1: 1, 2: 5 })?.need).toBe(0);
    const gamma = built.modes.find((m) => m.id === 'gamma-mode')!;
    expect(scoreMode(gamma, { 0: 5 })).toMatchObject({ need: 100, depth: 'quick' });
  });

  test('the team view turns reversed statements round too, so agreeing front-line staff show need', async () => {
    const library = await sharedLibrary(resolve('tests/fixtures/assess/content'));
    const built = buildAssessmentModel(library.modes, CATEGORIES);
    // Quick scan of gamma-mode, whose headline "Staff here dread the start of a shift" is reversed.
    const quick = (role: RespondentRole, value: number): AnswersFile => ({ ...emptyAnswers(role), answers: { 'gamma-mode': { 0: value } } });
    const team = combineTeam(built, [quick('leader', 1), quick('frontline', 5)]);
    expect(team.ranking[0]).toMatchObject({ id: 'gamma-mode', leadership: 0, frontline: 100, gap: 100 });
    expect(team.gap.verdict).toBe('frontline-higher');
  });
});

describe('ranking', () => {
  test('ranks the mode with the most need first', () => {
    const result = scoreRespondent(model, person('leader', { zeta: 4, alpha: 2, later: 3 }));
    expect(result.ranking.map((m) => m.id)).toEqual(['alpha', 'later', 'zeta']);
  });

  test('breaks a tie in need by more warning signs ticked', () => {
    const ranked = rankModes(
      [
        { id: 'alpha', category: 'vision-leadership', need: 50, ticked: 1 },
        { id: 'later', category: 'customer-processes', need: 50, ticked: 3 },
      ] as const,
      order,
    );
    expect(ranked.map((m) => m.id)).toEqual(['later', 'alpha']);
  });

  test('breaks a full tie by category order, then by id, whatever the input order', () => {
    const tied = scoreRespondent(model, person('frontline', { later: 3, zeta: 3, alpha: 3 })).ranking;
    expect(tied.map((m) => m.id)).toEqual(['alpha', 'zeta', 'later']);
    expect(rankModes([...tied].reverse(), order).map((m) => m.id)).toEqual(['alpha', 'zeta', 'later']);
  });

  test('category needs are the mean of their assessed modes, every category listed in reading order', () => {
    const { categories } = scoreRespondent(model, person('leader', { zeta: 5, alpha: 1 }));
    expect(categories.map((c) => c.id)).toEqual(Object.keys(CATEGORIES));
    expect(categories.find((c) => c.id === 'vision-leadership')).toMatchObject({ need: 40, assessed: 2, modes: 2 });
    expect(categories.find((c) => c.id === 'customer-processes')).toMatchObject({ assessed: 0, modes: 1 });
    expect(categories.find((c) => c.id === 'customer-processes')?.need).toBeUndefined();
  });
});

describe('combineTeam', () => {
  const team = [
    person('leader', { zeta: 5, alpha: 4, later: 5 }, {}, 'Lea'),
    person('manager', { zeta: 4, alpha: 4, later: 4 }, {}, 'Max'),
    person('frontline', { zeta: 1, alpha: 4, later: 2 }, { zeta: [0, 1, 2, 3] }, 'Fay'),
    person('frontline', { zeta: 2, alpha: 4, later: 2 }, {}, 'Finn'),
  ];

  test('each mode shows its mean need, spread, per-group view and depth', () => {
    const zeta = combineTeam(model, team).ranking.find((m) => m.id === 'zeta')!;
    expect(zeta).toMatchObject({ respondents: 4, leadership: 10, frontline: 80, gap: 70, spread: 100, depth: 'deep' });
    expect(zeta.need).toBe(45);
  });

  test('the team ranking and the disagreements follow the combined scores', () => {
    const result = combineTeam(model, team);
    expect(result.ranking.map((m) => m.id)).toEqual(['zeta', 'later', 'alpha']);
    expect(result.disagreements.map((m) => m.id)).toEqual(['zeta', 'later']);
  });

  test('shows names only when everyone gave one', () => {
    expect(combineTeam(model, team)).toMatchObject({ named: true, respondents: [{ label: 'Lea' }, { label: 'Max' }, { label: 'Fay' }, { label: 'Finn' }] });
    const oneAnonymous = [...team.slice(0, 3), person('frontline', { zeta: 2 }, {}, '')];
    const result = combineTeam(model, oneAnonymous);
    expect(result.named).toBe(false);
    expect(result.respondents.map((r) => r.label)).toEqual(['Leader', 'Manager', 'Frontline 1', 'Frontline 2']);
    expect(JSON.stringify(result)).not.toMatch(/"(?:Lea|Max|Fay)"/);
  });

  test('a mode some people only quick-scanned is marked mixed', () => {
    const quick: AnswersFile = { ...person('frontline', {}), answers: { zeta: { 0: 1 } } };
    const result = combineTeam(model, [team[0]!, quick]);
    expect(result.ranking.find((m) => m.id === 'zeta')?.depth).toBe('mixed');
    expect(result.respondents.map((r) => r.depth)).toEqual(['deep', 'quick']);
  });
});

describe('respondentLabels', () => {
  test('numbers a role only when several people share it', () => {
    const files = (['frontline', 'leader', 'frontline', 'other'] as const).map((role) => person(role, {}, {}, ''));
    expect(respondentLabels(files)).toEqual({ labels: ['Frontline 1', 'Leader', 'Frontline 2', 'Other'], named: false });
  });
});

describe('dedupeAnswers', () => {
  const withId = (file: AnswersFile, id: string): AnswersFile => ({ ...file, respondent: { ...file.respondent, id } });
  const a = withId(person('frontline', { zeta: 2 }, {}, ''), 'AAAAAAAA');
  const b = withId(person('frontline', { zeta: 2 }, {}, ''), 'BBBBBBBB');

  test('the same code or file given twice counts once, with a note', () => {
    const { kept, notes } = dedupeAnswers([
      { source: 'code 1', answers: a },
      { source: 'code 2', answers: a },
    ]);
    expect(kept).toHaveLength(1);
    expect(notes).toEqual(['code 2 has the same answers as code 1, so they were counted once']);
  });

  test('the same person answering again counts once, using the later answers', () => {
    const again = withId(person('frontline', { zeta: 5 }, {}, ''), 'AAAAAAAA');
    const { kept, notes } = dedupeAnswers([
      { source: 'code 1', answers: a },
      { source: 'code 2', answers: b },
      { source: 'code 3', answers: again },
    ]);
    expect(kept.map((e) => e.source)).toEqual(['code 2', 'code 3']);
    expect(notes[0]).toMatch(/code 3 and code 1 come from the same person.*using code 3/);
  });

  test('two people with identical answers but their own ids both count', () => {
    expect(dedupeAnswers([{ source: 'x', answers: a }, { source: 'y', answers: b }]).kept).toHaveLength(2);
  });

  test('files without ids and identical answers count once', () => {
    const plain = person('manager', { zeta: 3 }, {}, '');
    expect(dedupeAnswers([{ source: 'a.json', answers: plain }, { source: 'b.json', answers: structuredClone(plain) }]).kept).toHaveLength(1);
  });
});
