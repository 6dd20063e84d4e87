import { describe, expect, test } from 'vitest';
import { emptyAnswers, type AssessmentModel } from '../../src/core/assessment/score.ts';
import { describeGap, WIDE_GAP_POINTS } from '../../src/core/assessment/gap.ts';
import { buildAssessmentModel } from '../../src/core/assessment/model.ts';
import { combineTeam } from '../../src/core/assessment/team.ts';
import type { AnswersFile } from '../../src/schemas/assessment.ts';
import type { RespondentRole } from '../../src/schemas/respondent-roles.ts';
import { words } from '../../src/i18n/index.ts';

const CATEGORIES = words().categories;

/** Ten modes with one statement each, so a quick-scan answer of v gives a need of (5 - v) * 25. */
const ids = Array.from({ length: 10 }, (_, i) => `mode-${i}`);
const model: AssessmentModel = buildAssessmentModel(
  ids.map((id, i) => ({
    id,
    title: `Mode ${i}`,
    category: 'vision-leadership' as const,
    diagnosticQuestions: ['a', 'b', 'c'],
    warningSigns: ['1', '2', '3'],
  })),
  CATEGORIES,
);

/** A person answering the quick scan: every mode 3 (need 50) unless listed. */
function person(role: RespondentRole, values: Record<string, number> = {}): AnswersFile {
  return {
    ...emptyAnswers(role),
    answers: Object.fromEntries(ids.map((id) => [id, { 0: values[id] ?? 3 }])),
  };
}

/** Three people of a role answering alike: the fewest a group is shown apart with. */
const three = (role: RespondentRole, values: Record<string, number> = {}) => [
  person(role, values),
  person(role, values),
  person(role, values),
];

const headline = (files: AnswersFile[]) => describeGap(words(), combineTeam(model, files).gap);

describe('the leadership-vs-front-line headline', () => {
  test('all agree: says so, with the average distance and no wide gap', () => {
    const { gap } = combineTeam(model, [
      person('leader'),
      person('manager', { 'mode-1': 4 }),
      person('manager'),
      ...three('frontline'),
    ]);
    expect(gap.verdict).toBe('agree');
    expect(describeGap(words(), gap).headline).toBe(
      `Leadership and the front line broadly agree: 1 point apart per failure mode on average, and no failure mode differs by ${WIDE_GAP_POINTS} points or more`,
    );
  });

  test('the front line higher everywhere: says which group sees more need and how many modes are far apart', () => {
    const low = Object.fromEntries(ids.map((id) => [id, 1]));
    const { gap } = combineTeam(model, [
      ...three('leader', Object.fromEntries(ids.map((id) => [id, 5]))),
      ...three('frontline', low),
    ]);
    expect(gap).toMatchObject({
      verdict: 'frontline-higher',
      meanAbsolute: 100,
      wideFrontlineHigher: 10,
      wideLeadershipHigher: 0,
    });
    const wording = describeGap(words(), gap);
    expect(wording.headline).toBe(
      'The front line sees more need than leadership: 100 points apart per failure mode on average, 10 of 10 failure modes 20 or more points apart',
    );
    expect(wording.details.join(' ')).toMatch(
      /The front line sees 20 or more points more need on 10 failure modes\. Widest: Mode 0 \(leadership 0, front line 100\)/,
    );
  });

  test('leadership higher everywhere is named the other way round', () => {
    expect(
      headline([...three('leader', { 'mode-0': 1, 'mode-1': 1 }), ...three('frontline')]).headline,
    ).toMatch(
      /^Leadership sees more need than the front line: 10 points apart per failure mode on average, 2 of 10/,
    );
  });

  test('large gaps in opposite directions are never reported as agreement, even when they cancel out on average', () => {
    // mode-0: front line 100 vs leadership 0 (+100); mode-1: leadership 100 vs front line 0 (-100); the rest equal.
    const files = [
      ...three('leader', { 'mode-0': 5, 'mode-1': 1 }),
      ...three('frontline', { 'mode-0': 1, 'mode-1': 5 }),
    ];
    const { gap } = combineTeam(model, files);
    expect(gap.frontline! - gap.leadership!).toBe(0);
    expect(gap.verdict).toBe('both-ways');
    const wording = describeGap(words(), gap);
    expect(wording.headline).toBe(
      'Leadership and the front line disagree in both directions: 20 points apart per failure mode on average, 2 of 10 failure modes 20 or more points apart',
    );
    expect(wording.headline).not.toMatch(/agree:/);
    expect(wording.details).toEqual([
      expect.stringMatching(
        /^Average need over the 10 failure modes both groups rated: leadership 50 of 100 \(3 people\), front line 50 of 100 \(3 people\)\.$/,
      ),
      'The front line sees 20 or more points more need on 1 failure mode. Widest: Mode 0 (leadership 0, front line 100).',
      'Leadership sees 20 or more points more need on 1 failure mode. Widest: Mode 1 (leadership 100, front line 0).',
    ]);
  });

  test.each<[string, RespondentRole[], string]>([
    [
      'only leadership',
      ['leader', 'manager', 'manager'],
      'No frontline answers yet, so leadership and the front line cannot be compared',
    ],
    [
      'only the front line',
      ['frontline', 'frontline', 'frontline'],
      'No leader or manager answers yet, so leadership and the front line cannot be compared',
    ],
    [
      'only other roles',
      ['other', 'other', 'other'],
      'No frontline answers yet, so leadership and the front line cannot be compared',
    ],
    [
      'two people',
      ['leader', 'frontline'],
      "Answers from 2 people so far: the team's results show from 3 people on, so that no one's answers can be read on their own",
    ],
  ])('%s: no comparison is claimed', (_, roles, text) => {
    const wording = headline(roles.map((r) => person(r)));
    expect(wording).toEqual({ headline: text, details: [] });
  });

  test('groups that rated different modes are not compared', () => {
    const leader = { ...emptyAnswers('leader'), answers: { 'mode-0': { 0: 1 } } };
    const frontline = { ...emptyAnswers('frontline'), answers: { 'mode-1': { 0: 1 } } };
    expect(headline([leader, leader, leader, frontline, frontline, frontline]).headline).toMatch(
      /rated different failure modes/,
    );
  });

  test('a group of two is never compared, however far apart the answers are', () => {
    const wording = headline([
      ...three('leader', { 'mode-0': 5 }),
      person('frontline', { 'mode-0': 1 }),
      person('frontline', { 'mode-0': 1 }),
    ]);
    expect(wording.headline).toBe(
      'Leadership and the front line are shown together, because only 2 people from the front line answered',
    );
    expect(wording.details.join(' ')).not.toMatch(/\d+ of 100/);
  });
});
