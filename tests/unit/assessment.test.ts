import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  buildAssessmentModel,
  buildConfigYaml,
  combineTeam,
  emptyAnswers,
  rankModes,
  scoreMode,
  scoreRespondent,
  type AssessmentModel,
} from '../../src/core/assessment.ts';
import { readAnswersFile } from '../../src/core/assessment-file.ts';
import { checkHandbookConfig } from '../../src/core/config-check.ts';
import { suggest } from '../../src/core/library.ts';
import { loadLibrary } from '../../src/core/load.ts';
import { HandbookConfigSchema } from '../../src/schemas/handbook-config.ts';
import type { AnswersFile, RespondentRole } from '../../src/schemas/assessment.ts';
import { CATEGORIES } from '../../src/schemas/taxonomy.ts';

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
  test.each<{ answers: Record<string, number>; ticked: number[]; need: number }>([
    { answers: { 0: 5, 1: 5, 2: 5 }, ticked: [], need: 0 },
    { answers: { 0: 1, 1: 1, 2: 1 }, ticked: [0, 1, 2, 3], need: 100 },
    { answers: { 0: 1, 1: 1, 2: 1 }, ticked: [], need: 80 },
    { answers: { 0: 3 }, ticked: [0, 1], need: 50 },
    { answers: {}, ticked: [0], need: 25 },
  ])('answers $answers with signs $ticked give a need of $need', ({ answers, ticked, need }) => {
    expect(scoreMode(model.modes[0]!, answers, ticked)?.need).toBe(need);
  });

  test('a mode with nothing answered and nothing ticked is not scored', () => {
    expect(scoreMode(model.modes[0]!, {}, [])).toBeUndefined();
  });

  test('out-of-range answers and signs are ignored rather than counted', () => {
    expect(scoreMode(model.modes[0]!, { 0: 9, 7: 1 }, [9, -1])).toBeUndefined();
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

  test('the headline gap is how much more need the front line sees than leadership', () => {
    const { gap } = combineTeam(model, team);
    expect(gap).toMatchObject({ leadershipCount: 2, frontlineCount: 2 });
    // Leadership: zeta 10, alpha 20, later 10 -> 13.3; front line: zeta 80, alpha 20, later 60 -> 53.3.
    expect(gap.leadership).toBe(13.3);
    expect(gap.frontline).toBe(53.3);
    expect(gap.points).toBe(40);
    expect(gap.widest.map((m) => m.id)).toEqual(['zeta', 'later']);
  });

  test('each mode shows its mean need, spread and per-group view', () => {
    const zeta = combineTeam(model, team).ranking.find((m) => m.id === 'zeta')!;
    expect(zeta).toMatchObject({ respondents: 4, leadership: 10, frontline: 80, gap: 70, spread: 100 });
    expect(zeta.need).toBe(45);
  });

  test('the team ranking and the disagreements follow the combined scores', () => {
    const result = combineTeam(model, team);
    expect(result.ranking.map((m) => m.id)).toEqual(['zeta', 'later', 'alpha']);
    expect(result.disagreements.map((m) => m.id)).toEqual(['zeta', 'later']);
  });

  test('without a frontline respondent there is no gap to report', () => {
    const { gap } = combineTeam(model, team.slice(0, 2));
    expect(gap.points).toBeUndefined();
    expect(gap.frontlineCount).toBe(0);
  });
});

describe('the handbook config from an assessment', async () => {
  const library = await loadLibrary();
  const real = buildAssessmentModel(library.modes, CATEGORIES);
  // Lowest answers on three modes from different categories, middling on the rest.
  const low = ['understaffing', 'no-recovery-plan', 'leadership-overestimates-service'];
  const answers: AnswersFile = {
    ...emptyAnswers('manager'),
    answers: Object.fromEntries(real.modes.map((m) => [m.id, Object.fromEntries(Array.from({ length: m.questions }, (_, i) => [i, low.includes(m.id) ? 1 : 3]))])),
    warningSigns: { 'no-recovery-plan': [0, 1, 2] },
  };
  const ranking = scoreRespondent(real, answers).ranking;

  test('lists the top modes as priorities in ranked order', () => {
    const yaml = buildConfigYaml(ranking, { company: 'Hearth & Loom: "homeware"', top: 4 });
    const config = HandbookConfigSchema.parse(parse(yaml));
    expect(config.company).toBe('Hearth & Loom: "homeware"');
    expect(config.priorities).toEqual(['no-recovery-plan', ...low.filter((id) => id !== 'no-recovery-plan').sort(byLibraryOrder), ranking[3]!.id]);
  });

  test('validates against the real library unchanged, with real ids only', () => {
    const yaml = buildConfigYaml(ranking, { date: '2025-09-01', trainingStart: '2025-09-08', cadence: 'fortnightly' });
    const checked = checkHandbookConfig({ path: 'assessment.yaml', text: yaml }, library);
    expect(checked.problems).toEqual([]);
    expect(checked.config?.priorities).toHaveLength(5);
    const ids = new Set(library.modes.map((m) => m.id));
    expect(checked.config!.priorities.every((id) => ids.has(id))).toBe(true);
    expect(checked.config?.training).toEqual({ start: '2025-09-08', cadence: 'fortnightly' });
    expect(checked.config?.company).toBe('Your company');
  });

  test('refuses to write a config with no chapters', () => {
    expect(() => buildConfigYaml([])).toThrow(/answer at least one statement/);
  });

  function byLibraryOrder(a: string, b: string) {
    return real.modes.findIndex((m) => m.id === a) - real.modes.findIndex((m) => m.id === b);
  }
});

describe('readAnswersFile', () => {
  const good = JSON.stringify(person('frontline', { zeta: 2 }, { alpha: [1] }));

  test('accepts a file the page exported', () => {
    expect(readAnswersFile('fay.json', good, model)).toMatchObject({ problems: [], answers: { respondent: { role: 'frontline' } } });
  });

  test.each([
    { name: 'broken JSON', text: '{"format":', field: undefined, message: /not valid JSON/ },
    { name: 'an unknown role', text: good.replace('"role":"frontline"', '"role":"boss"'), field: 'respondent.role', message: /expected one of leader, manager, frontline, other/ },
    { name: 'an answer off the scale', text: good.replace('"0":2', '"0":7'), field: 'answers.zeta.0', message: /from 1 to 5/ },
    { name: 'an unknown mode, with a suggestion', text: good.replace('"zeta"', '"zetta"'), field: 'answers.zetta', message: /unknown failure mode "zetta" \(did you mean "zeta"\?\)/ },
    { name: 'a statement number past the end', text: good.replace('"2":2', '"3":2'), field: 'answers.zeta.3', message: /3 statements, numbered 0 to 2/ },
    { name: 'a warning sign past the end', text: good.replace('[1]', '[4]'), field: 'warningSigns.alpha.0', message: /4 warning signs/ },
    { name: 'a different file format', text: good.replace('service-playbook-assessment', 'other'), field: 'format', message: /answers file from the \/assess\/ page/ },
  ])('reports $name with the file and the field', ({ text, field, message }) => {
    const { answers, problems } = readAnswersFile('fay.json', text, model, { suggest });
    expect(answers).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'fay.json', ...(field ? { field } : {}) });
    expect(problems[0]!.message).toMatch(message);
  });
});

test('readAnswersFile reports an unknown mode alongside schema problems, all at once', () => {
  const text = JSON.stringify({ ...person('frontline', { zeta: 2 }), respondent: { name: 'X', role: 'boss' }, answers: { zetta: { 0: 1 } } });
  const { problems } = readAnswersFile('x.json', text, model, { suggest });
  expect(problems.map((p) => p.field)).toEqual(['respondent.role', 'answers.zetta']);
});
