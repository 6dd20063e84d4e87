import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { emptyAnswers, scoreRespondent, type AssessmentModel } from '../../src/core/assessment/score.ts';
import {
  crc32,
  decodeAnswerCode,
  encodeAnswerCode,
  findAnswerCodes,
  modelFingerprint,
} from '../../src/core/assessment/code.ts';
import { newRespondentId } from '../../src/core/assessment/id.ts';
import { buildConfigYaml } from '../../src/core/assessment/config.ts';
import { buildAssessmentModel } from '../../src/core/assessment/model.ts';
import { buildTeamReportMarkdown, markdownText } from '../../src/document/team-report.ts';
import { combineTeam } from '../../src/core/assessment/team.ts';
import type { AnswersFile } from '../../src/schemas/assessment.ts';
import { words } from '../../src/i18n/index.ts';

const CATEGORIES = words().categories;
import { sharedLibrary } from '../support/library.ts';

const library = await sharedLibrary();
const model = buildAssessmentModel(library.modes, CATEGORIES);

/** Every statement answered (values cycling 1 to 5) and every other warning sign ticked. */
const full: AnswersFile = {
  ...emptyAnswers('frontline'),
  respondent: { name: 'Ana Ümit', role: 'frontline', id: 'AbCdEf12' },
  company: 'Hearth & Loom',
  answers: Object.fromEntries(
    model.modes.map((m, k) => [
      m.id,
      Object.fromEntries(Array.from({ length: m.questions }, (_, i) => [String(i), ((i + k) % 5) + 1])),
    ]),
  ),
  warningSigns: Object.fromEntries(
    model.modes.map((m) => [m.id, Array.from({ length: m.signs }, (_, i) => i).filter((i) => i % 2 === 0)]),
  ),
};
const quick: AnswersFile = {
  ...emptyAnswers('leader'),
  respondent: { name: '', role: 'leader', id: '-_zz0099' },
  answers: Object.fromEntries(model.modes.map((m) => [m.id, { [String(m.headline)]: 4 }])),
};

describe('answer codes', () => {
  test.each([
    ['a full questionnaire with a name and company', full],
    ['an anonymous quick scan', quick],
    ['nothing answered', { ...emptyAnswers('other') }],
  ])('round-trip %s exactly', (_, answers) => {
    const code = encodeAnswerCode(model, answers);
    expect(code).toMatch(/^SPA1-[A-Za-z0-9_-]+$/);
    expect(decodeAnswerCode(words(), model, code)).toEqual({ answers });
  });

  test('are a few hundred characters for a full questionnaire, and short for the quick scan', () => {
    expect(encodeAnswerCode(model, full).length).toBeLessThan(300);
    expect(encodeAnswerCode(model, quick).length).toBeLessThan(160);
  });

  test('score exactly like the answers they carry', () => {
    const decoded = decodeAnswerCode(words(), model, encodeAnswerCode(model, full));
    expect(scoreRespondent(model, decoded.answers!)).toEqual(scoreRespondent(model, full));
  });

  test('refuse every single-character mistake, never giving a wrong result', () => {
    const code = encodeAnswerCode(model, quick);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 'SPA1-'.length; i < code.length; i++) {
      const other = alphabet[(alphabet.indexOf(code[i]!) + 17) % 64]!;
      const result = decodeAnswerCode(words(), model, code.slice(0, i) + other + code.slice(i + 1));
      expect(result.answers, `change at ${i}`).toBeUndefined();
    }
  });

  test.each([
    ['cut short', (c: string) => c.slice(0, -6), /incomplete or mistyped/],
    ['cut to a few characters', (c: string) => c.slice(0, 9), /incomplete or mistyped/],
    [
      'two characters swapped',
      (c: string) => c.slice(0, 20) + c[21] + c[20] + c.slice(22),
      /incomplete or mistyped/,
    ],
    ['not a code at all', () => 'hello', /not an answer code: codes start with SPA1-/],
    [
      'a future version',
      (c: string) => c.replace('SPA1-', 'SPA2-'),
      /another version of the assessment \(SPA2\)/,
    ],
    ['a stray character', (c: string) => c.slice(0, 10) + '!' + c.slice(10), /contains "!"/],
  ])('a code %s gets a clear message', (_, change, message) => {
    const result = decodeAnswerCode(words(), model, change(encodeAnswerCode(model, full)));
    expect(result.answers).toBeUndefined();
    expect(result.error).toMatch(message);
  });

  test('stay valid when statements are reworded, reordered or get another headline', () => {
    const code = encodeAnswerCode(model, full);
    const reworded = {
      ...model,
      modes: [...model.modes]
        .reverse()
        .map((m) => ({ ...m, title: `${m.title}!`, headline: m.questions - 1 })),
    };
    expect(modelFingerprint(reworded)).toBe(modelFingerprint(model));
    expect(decodeAnswerCode(words(), reworded, code).answers).toEqual(full);
  });

  test.each<[string, (m: AssessmentModel) => AssessmentModel]>([
    [
      'a statement added',
      (m) => ({ ...m, modes: m.modes.map((x, i) => (i === 0 ? { ...x, questions: x.questions + 1 } : x)) }),
    ],
    [
      'a statement turned round',
      (m) => ({ ...m, modes: m.modes.map((x, i) => (i === 0 ? { ...x, reversed: [0] } : x)) }),
    ],
    ['a mode removed', (m) => ({ ...m, modes: m.modes.slice(1) })],
  ])('say so clearly when the playbook changed incompatibly (%s)', (_, change) => {
    const result = decodeAnswerCode(words(), change(model), encodeAnswerCode(model, full));
    expect(result.error).toMatch(/made against a different set of statements than this playbook now has/);
  });

  test('are found in a pasted message, in links, and across lines a mail program wrapped', () => {
    const a = encodeAnswerCode(model, full);
    const b = encodeAnswerCode(model, quick);
    const text = `Hi! Here is mine: ${a.slice(0, 40)}\n${a.slice(40)}.\nAnd Tom's link: https://example.org/assess/#code=${b} thanks`;
    const found = findAnswerCodes(words(), model, text);
    expect(Array.isArray(found) && found.map((f) => f.answers)).toEqual([full, quick]);
  });

  test('refuse a pasted text too long to be codes before reading it', () => {
    expect(findAnswerCodes(words(), model, 'SPA1-'.repeat(30_000))).toEqual({
      error: expect.stringMatching(/at most 100,000/),
    });
  });

  test('crc32 matches the standard check value, and respondent ids are 8 base64url characters', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(newRespondentId()).toMatch(/^[A-Za-z0-9_-]{8}$/);
  });
});

describe('hostile text in outputs', async () => {
  const hostile =
    'Evil\u001b[31m\n# Heading\u202e | [x](javascript:alert(1)) </script> "q" \\ \u0085\u2028 end';
  const fixture = buildAssessmentModel(
    (await sharedLibrary(resolve('tests/fixtures/assess/content'))).modes,
    CATEGORIES,
  );
  const file = (role: 'leader' | 'manager' | 'frontline', value: number): AnswersFile => ({
    ...emptyAnswers(role),
    respondent: { name: hostile, role },
    company: hostile,
    answers: Object.fromEntries(fixture.modes.map((m) => [m.id, { 0: value, 1: value, 2: value }])),
  });

  const team = () =>
    combineTeam(fixture, [
      file('leader', 4),
      file('manager', 4),
      file('leader', 5),
      file('frontline', 2),
      file('frontline', 1),
      file('frontline', 2),
    ]);

  test('the config keeps the company name as text on one line, without the invisible characters validate refuses', () => {
    const yaml = buildConfigYaml(words(), team().ranking, { company: hostile });
    expect(parse(yaml).company).toBe('Evil[31m # Heading | [x](javascript:alert(1)) </script> "q" \\ end');
    expect(yaml.split('\n').filter((l) => l.startsWith('company:'))).toHaveLength(1);
    expect(yaml).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
  });

  test('the Markdown report escapes names and company so they stay plain text', () => {
    const md = buildTeamReportMarkdown(words(), team());
    expect(md).toContain(markdownText(hostile));
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e\u2028]/);
    expect(md).not.toMatch(/^# Heading/m);
    expect(md).not.toContain('</script>');
    expect(markdownText('a|b')).toBe('a\\|b');
  });
});
