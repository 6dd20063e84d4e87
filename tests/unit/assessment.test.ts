import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  answerNeed,
  emptyAnswers,
  rankModes,
  scoreMode,
  scoreRespondent,
  signsWithoutRating,
  type AssessmentModel,
} from '../../src/core/assessment/score.ts';
import { buildAssessmentModel } from '../../src/core/assessment/model.ts';
import { describeGap } from '../../src/core/assessment/gap.ts';
import { combineTeam, dedupeAnswers } from '../../src/core/assessment/team.ts';
import type { AnswersFile } from '../../src/schemas/assessment.ts';
import type { RespondentRole } from '../../src/schemas/respondent-roles.ts';
import { words } from '../../src/i18n/index.ts';

const CATEGORIES = words().categories;
import { sharedLibrary } from '../support/library.ts';

/** A small model: two modes in the first category, one in a later one, each with 3 statements and 4 signs. */
const model: AssessmentModel = buildAssessmentModel(
  [
    {
      id: 'zeta',
      title: 'Zeta',
      category: 'vision-leadership',
      diagnosticQuestions: ['a', 'b', 'c'],
      warningSigns: ['1', '2', '3', '4'],
    },
    {
      id: 'alpha',
      title: 'Alpha',
      category: 'vision-leadership',
      diagnosticQuestions: ['a', 'b', 'c'],
      warningSigns: ['1', '2', '3', '4'],
    },
    {
      id: 'later',
      title: 'Later',
      category: 'customer-processes',
      diagnosticQuestions: ['a', 'b', 'c'],
      warningSigns: ['1', '2', '3', '4'],
    },
  ],
  CATEGORIES,
);
const order = model.categories.map((c) => c.id);

/** An answers file giving every statement of each listed mode the same value. */
function person(
  role: RespondentRole,
  values: Record<string, number>,
  signs: Record<string, number[]> = {},
  name: string = role,
): AnswersFile {
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
    // Warning signs left unticked are no evidence of health: full need stays full need.
    { answers: { 0: 1, 1: 1, 2: 1 }, ticked: [], need: 100, depth: 'deep' },
    // Half the signs ticked move a need of 50 a tenth of the way to 100.
    { answers: { 0: 3 }, ticked: [0, 1], need: 55, depth: 'deep' },
    { answers: { 0: 5, 1: 5, 2: 5 }, ticked: [0, 1, 2, 3], need: 20, depth: 'deep' },
    // The quick scan shows no warning signs, so leaving them unticked there does not lower the need.
    { answers: { 0: 1 }, ticked: [], need: 100, depth: 'quick' },
    { answers: { 0: 4 }, ticked: [], need: 25, depth: 'quick' },
  ])(
    'answers $answers with signs $ticked give a need of $need ($depth)',
    ({ answers, ticked, need, depth }) => {
      expect(scoreMode(model.modes[0]!, answers, ticked)).toMatchObject({ need, depth });
    },
  );

  test('a mode with nothing answered and nothing ticked is not scored', () => {
    expect(scoreMode(model.modes[0]!, {}, [])).toBeUndefined();
  });

  test('ticked warning signs without a rated statement give no score, and are reported as such', () => {
    expect(scoreMode(model.modes[0]!, {}, [0, 1])).toBeUndefined();
    const file = {
      ...emptyAnswers('frontline'),
      answers: { alpha: { 0: 2 } },
      warningSigns: { zeta: [1], alpha: [0] },
    };
    expect(signsWithoutRating(model, file).map((m) => m.id)).toEqual(['zeta']);
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
    expect(scoreMode(beta, { 0: 5, 1: 5, 2: 5 })?.need).toBe(33.3);
    expect(scoreMode(beta, { 0: 5, 1: 1, 2: 5 })?.need).toBe(0);
    const gamma = built.modes.find((m) => m.id === 'gamma-mode')!;
    expect(scoreMode(gamma, { 0: 5 })).toMatchObject({ need: 100, depth: 'quick' });
  });

  test('the team view turns reversed statements round too, so agreeing front-line staff show need', async () => {
    const library = await sharedLibrary(resolve('tests/fixtures/assess/content'));
    const built = buildAssessmentModel(library.modes, CATEGORIES);
    // Quick scan of gamma-mode, whose headline "Staff here dread the start of a shift" is reversed.
    const quick = (role: RespondentRole, value: number): AnswersFile => ({
      ...emptyAnswers(role),
      answers: { 'gamma-mode': { 0: value } },
    });
    const team = combineTeam(built, [
      ...(['leader', 'manager', 'leader'] as const).map((r) => quick(r, 1)),
      ...[5, 5, 5].map((v) => quick('frontline', v)),
    ]);
    expect(team.ranking[0]).toMatchObject({ id: 'gamma-mode', leadership: 0, frontline: 100, gap: 100 });
    expect(team.gap.verdict).toBe('frontline-higher');
  });
});

describe('ranking', () => {
  test('ranks the mode with the most need first', () => {
    const result = scoreRespondent(model, person('leader', { zeta: 4, alpha: 2, later: 3 }));
    expect(result.ranking.map((m) => m.id)).toEqual(['alpha', 'later', 'zeta']);
  });

  test('lists tied modes by category, then id, whatever the input order, so the same answers print the same way', () => {
    const tied = scoreRespondent(model, person('frontline', { later: 3, zeta: 3, alpha: 3 })).ranking;
    expect(tied.map((m) => m.id)).toEqual(['alpha', 'zeta', 'later']);
    expect(rankModes([...tied].reverse(), order).map((m) => m.id)).toEqual(['alpha', 'zeta', 'later']);
  });

  test('category needs are the mean of their assessed modes, every category listed in reading order', () => {
    const { categories } = scoreRespondent(model, person('leader', { zeta: 5, alpha: 1 }));
    expect(categories.map((c) => c.id)).toEqual(Object.keys(CATEGORIES));
    expect(categories.find((c) => c.id === 'vision-leadership')).toMatchObject({
      need: 50,
      assessed: 2,
      modes: 2,
    });
    expect(categories.find((c) => c.id === 'customer-processes')).toMatchObject({ assessed: 0, modes: 1 });
    expect(categories.find((c) => c.id === 'customer-processes')?.need).toBeUndefined();
  });
});

describe('combineTeam', () => {
  // Three in leadership, three from the front line: enough people in each group to show them apart.
  const team = [
    person('leader', { zeta: 5, alpha: 4, later: 5 }, {}, 'Lea'),
    person('manager', { zeta: 4, alpha: 4, later: 4 }, {}, 'Max'),
    person('manager', { zeta: 5, alpha: 4, later: 4 }, {}, 'Mo'),
    person('frontline', { zeta: 1, alpha: 4, later: 2 }, { zeta: [0, 1, 2, 3] }, 'Fay'),
    person('frontline', { zeta: 2, alpha: 4, later: 2 }, {}, 'Finn'),
    person('frontline', { zeta: 1, alpha: 4, later: 3 }, {}, 'Flo'),
  ];

  test('each mode shows its mean need, per-group view, depth and whether people split on it', () => {
    const zeta = combineTeam(model, team).ranking.find((m) => m.id === 'zeta')!;
    // Leadership 0, 25, 0; front line 100 (all signs ticked), 75, 100.
    expect(zeta).toMatchObject({
      respondents: 6,
      leadership: 8.3,
      frontline: 91.7,
      gap: 83.4,
      split: true,
      depth: 'deep',
    });
    expect(zeta.need).toBe(50);
  });

  test('the team ranking and the disagreements follow the combined scores', () => {
    const result = combineTeam(model, team);
    expect(result.ranking.map((m) => m.id)).toEqual(['zeta', 'later', 'alpha']);
    expect(result.disagreements.map((m) => m.id)).toEqual(['zeta', 'later']);
    expect(result.gap.verdict).toBe('frontline-higher');
  });

  test('shows no per-person figures: counts per group, and names only as a sorted list when everyone gave one', () => {
    const result = combineTeam(model, team);
    expect(result).toMatchObject({
      people: 6,
      groups: { leadership: 3, frontline: 3, other: 0 },
      names: ['Fay', 'Finn', 'Flo', 'Lea', 'Max', 'Mo'],
    });
    expect(Object.keys(result)).not.toContain('respondents');
    expect(JSON.stringify(result)).not.toMatch(/"spread"/);
    const oneAnonymous = [...team.slice(0, 5), person('frontline', { zeta: 2 }, {}, '')];
    const anonymous = combineTeam(model, oneAnonymous);
    expect(anonymous.names).toBeUndefined();
    expect(JSON.stringify(anonymous)).not.toMatch(/"(?:Lea|Max|Fay)"/);
  });

  test('a mode some people only quick-scanned is marked mixed', () => {
    const quick: AnswersFile = { ...person('frontline', {}), answers: { zeta: { 0: 1 } } };
    const result = combineTeam(model, [...team.slice(0, 5), quick]);
    expect(result.ranking.find((m) => m.id === 'zeta')?.depth).toBe('mixed');
  });
});

describe('combineTeam keeps people anonymous', () => {
  const quick = (role: RespondentRole, value: number, modes = ['zeta', 'alpha', 'later']): AnswersFile => ({
    ...emptyAnswers(role),
    answers: Object.fromEntries(modes.map((id) => [id, { 0: value }])),
  });

  test.each([1, 2])('%i people: nothing about their answers is in the result', (n) => {
    const result = combineTeam(
      model,
      Array.from({ length: n }, (_, i) => quick('frontline', i + 1)),
    );
    expect(result).toMatchObject({
      people: n,
      enough: false,
      ranking: [],
      disagreements: [],
      gap: { verdict: 'too-few-people' },
    });
    expect(result.categories.every((c) => c.need === undefined)).toBe(true);
    expect(describeGap(words(), result.gap).headline).toBe(
      `Answers from ${n === 1 ? 'one person' : '2 people'} so far: the team's results show from 3 people on, so that no one's answers can be read on their own`,
    );
  });

  test('a director and a manager are not shown apart from the front line, and the headline says why', () => {
    const result = combineTeam(model, [
      quick('leader', 5),
      quick('manager', 5),
      quick('frontline', 1),
      quick('frontline', 1),
      quick('frontline', 2),
    ]);
    expect(result.merged).toEqual([{ group: 'leadership', count: 2 }]);
    expect(
      result.ranking.every(
        (m) => m.leadership === undefined && m.frontline === undefined && m.gap === undefined,
      ),
    ).toBe(true);
    expect(result.gap.verdict).toBe('merged');
    expect(describeGap(words(), result.gap).headline).toBe(
      'Leadership and the front line are shown together, because only 2 people in leadership answered',
    );
  });

  test('one person with the role Other keeps both groups together, since the others’ means would give theirs away', () => {
    const result = combineTeam(model, [
      ...(['leader', 'manager', 'manager'] as const).map((r) => quick(r, 4)),
      ...[1, 2, 1].map((v) => quick('frontline', v)),
      quick('other', 5),
    ]);
    expect(result.merged).toEqual([{ group: 'other', count: 1 }]);
    expect(result.ranking[0]!.leadership).toBeUndefined();
    expect(describeGap(words(), result.gap).headline).toMatch(
      /because only 1 person with the role “Other” answered$/,
    );
  });

  test('a mode fewer than 3 people rated is left out, and one that only 2 of a group rated shows the team figure only', () => {
    const files = [
      quick('leader', 5),
      quick('manager', 4),
      quick('manager', 5, ['zeta', 'alpha']),
      quick('frontline', 1),
      quick('frontline', 2, ['zeta']),
      quick('frontline', 1, ['zeta', 'alpha']),
    ];
    const result = combineTeam(model, files);
    // zeta: 3 + 3 raters; alpha: 3 + 2; later: 2 + 1.
    const byId = Object.fromEntries(result.ranking.map((m) => [m.id, m]));
    expect(byId.zeta).toMatchObject({ respondents: 6, leadership: 8.3, frontline: 91.7 });
    expect(byId.alpha).toMatchObject({ respondents: 5 });
    expect(byId.alpha!.frontline).toBeUndefined();
    expect(byId.later).toMatchObject({ respondents: 3 });
    expect(byId.later!.leadership).toBeUndefined();
    const fewer = combineTeam(
      model,
      files.map((f, i): AnswersFile => ({ ...f, answers: { ...f.answers, later: i === 0 ? { 0: 1 } : {} } })),
    );
    expect(fewer.ranking.map((m) => m.id)).not.toContain('later');
    expect(fewer.fewRaters).toBe(1);
  });
});

describe('dedupeAnswers', () => {
  const withId = (file: AnswersFile, id: string): AnswersFile => ({
    ...file,
    respondent: { ...file.respondent, id },
  });
  const a = withId(person('frontline', { zeta: 2 }, {}, ''), 'AAAAAAAA');
  const b = withId(person('frontline', { zeta: 2 }, {}, ''), 'BBBBBBBB');

  test('the same code or file given twice counts once, with a note', () => {
    const { kept, notes } = dedupeAnswers(words(), [
      { source: 'code 1', answers: a },
      { source: 'code 2', answers: a },
    ]);
    expect(kept).toHaveLength(1);
    expect(notes).toEqual(['code 2 has the same answers as code 1, so they were counted once']);
  });

  test('the same person answering again counts once, using the later answers', () => {
    const again = withId(person('frontline', { zeta: 5 }, {}, ''), 'AAAAAAAA');
    const { kept, notes } = dedupeAnswers(words(), [
      { source: 'code 1', answers: a },
      { source: 'code 2', answers: b },
      { source: 'code 3', answers: again },
    ]);
    expect(kept.map((e) => e.source)).toEqual(['code 2', 'code 3']);
    expect(notes[0]).toMatch(/code 3 and code 1 come from the same person.*using code 3/);
  });

  test('two people with identical answers but their own ids both count', () => {
    expect(
      dedupeAnswers(words(), [
        { source: 'x', answers: a },
        { source: 'y', answers: b },
      ]).kept,
    ).toHaveLength(2);
  });

  test('files without ids and identical answers count once', () => {
    const plain = person('manager', { zeta: 3 }, {}, '');
    expect(
      dedupeAnswers(words(), [
        { source: 'a.json', answers: plain },
        { source: 'b.json', answers: structuredClone(plain) },
      ]).kept,
    ).toHaveLength(1);
  });
});
