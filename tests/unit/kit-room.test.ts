import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MINUTES_PER_DEBRIEF_QUESTION } from '../../src/core/kit/room.ts';
import { parseFailureMode } from '../../src/core/library/mode-page.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { sharedLibrary } from '../support/library.ts';

const FILE = 'content/failure-modes/full-kit.mdx';
const fullKit = readFileSync('tests/fixtures/kits/content/failure-modes/full-kit.mdx', 'utf8');

/** Replaces one exact passage of the full kit, failing loudly if the fixture drifted. */
function edit(text: string, from: string, to: string): string {
  expect(text, `fixture text "${from}"`).toContain(from);
  return text.replace(from, to);
}

/** Every line the build prints for a kit, or '' when it passes. */
function problemsOf(text: string): string {
  const { mode, problems } = parseFailureMode({ path: FILE, text });
  return mode ? '' : formatProblems(problems);
}

const REMAINDER = ' With people left over, make one or two groups of four in which two people observe.';
const STOP_WORD =
  ' Before round one, announce the stop word “Pause”; anyone may say it to stop the round at once.';
const PRIVATELY =
  '      - Send each customer the message cards privately, by direct message, and each person only their own brief.\n';

describe('a kit that would break in a real room is refused, at the field to fix', () => {
  test('the full kit passes every room check', () => {
    expect(problemsOf(fullKit)).toBe('');
  });

  test.each([
    [
      'a remote agenda that does not add up to the call',
      edit(fullKit, '      - minutes: 8\n        step: Welcome', '      - minutes: 6\n        step: Welcome'),
      /exercise\.remote\.agenda: the remote agenda adds up to 48 minutes but the call's minutes say 50; make them agree/,
    ],
    [
      'a remote agenda that does not add up to the room, with no length of its own',
      edit(
        fullKit,
        '    minutes: 50\n    why: opening and closing breakout rooms takes about 5 minutes.\n',
        '',
      ),
      /exercise\.remote\.agenda: the remote agenda adds up to 50 minutes but the exercise says 45; make them agree, or give the call its own minutes and say why/,
    ],
    [
      'a call of its own length that does not say why',
      edit(fullKit, '    why: opening and closing breakout rooms takes about 5 minutes.\n', ''),
      /exercise\.remote\.why: say why the call takes a different time from the room, or leave minutes out/,
    ],
    [
      'the old remote list of sentences',
      edit(
        fullKit,
        /  remote:\n[\s\S]*?(?=  followUp:)/.exec(fullKit)![0],
        '  remote:\n    - Put each group in a breakout room.\n    - Bring everyone back for the debrief.\n',
      ),
      /exercise\.remote: remote is a timed plan of its own: write agenda: with \{ minutes, step \} items/,
    ],
    [
      'a debrief with under 3 minutes a question',
      edit(
        fullKit,
        '    - minutes: 5\n      step: Plot both rounds',
        '    - minutes: 12\n      step: Plot both rounds',
      ).replace(
        '    - minutes: 15\n      step: Debrief, then agree',
        '    - minutes: 8\n      step: Debrief, then agree',
      ),
      /exercise\.agenda\.4\.minutes: the debrief has 8 minutes for 3 questions; give it at least 9 \(3 minutes a question\)/,
    ],
    [
      'no step marked as the debrief',
      edit(
        fullKit,
        '      step: Debrief, then agree one change to try this month.\n      debrief: true\n',
        '      step: Debrief, then agree one change to try this month.\n',
      ),
      /exercise\.agenda: no step is marked as the debrief; add debrief: true to the step in which the room answers the 3 debrief questions/,
    ],
    [
      'groups without a rule for the people left over',
      edit(fullKit, REMAINDER, ''),
      /exercise\.setup: people work in pairs or groups, but the setup does not say what to do with people left over/,
    ],
    [
      'people playing parts without a stop word',
      edit(fullKit, STOP_WORD, ''),
      /exercise\.setup: people play a part here, so the setup announces the stop word/,
    ],
    [
      'an angry customer with no limit',
      edit(
        fullKit,
        'brief: Turn a card and read it aloud',
        'brief: You are an angry customer. Turn a card and read it aloud',
      ),
      /exercise\.roles\.1\.brief: this brief asks for an upset customer but sets no limit; add "angry, not abusive/,
    ],
    [
      'a distressing card without a content note',
      edit(
        fullKit,
        'I am staying with my mother after her operation.',
        'My mother died last week and I am sorting out her account.',
      ),
      /exercise\.cards\.\d+\.text: this card mentions "died", which could distress someone in the room; start it with "Content note:"/,
    ],
    [
      'hidden briefs put where everyone on the call can read them',
      edit(fullKit, PRIVATELY, '      - Put every brief and card in one shared document.\n'),
      /exercise\.remote\.notes: the role briefs are hidden in the room but nothing keeps them hidden on the call/,
    ],
    [
      'an instruction that tells things apart by colour alone',
      edit(
        fullKit,
        '    - A flipchart and two marker pens\n',
        '    - Red and green dots for each person to vote with\n',
      ),
      /exercise\.materials\.2: "Red and green dots for each person to vote with" tells things apart by colour alone/,
    ],
  ])('%s', (_, text, expected) => {
    expect(problemsOf(text)).toMatch(expected);
  });

  test('colours that also carry a letter pass, and a card may mention a colour in its story', () => {
    const labelled = edit(
      fullKit,
      '    - A flipchart and two marker pens\n',
      '    - Red dots marked Y and green dots marked N for each person to vote with\n',
    ).replace('The kettle you sent leaks from the base.', 'The blue kettle you sent leaks from the base.');
    expect(problemsOf(labelled)).toBe('');
  });

  test('a debrief with enough minutes for its questions passes', () => {
    const longer = edit(
      fullKit,
      '    - minutes: 5\n      step: Plot both rounds',
      '    - minutes: 11\n      step: Plot both rounds',
    ).replace(
      '    - minutes: 15\n      step: Debrief, then agree',
      '    - minutes: 9\n      step: Debrief, then agree',
    );
    // 3 questions at 3 minutes each is exactly enough.
    expect(problemsOf(longer)).toBe('');
  });
});

describe('every kit in the playbook survives a real room', async () => {
  const { modes } = await sharedLibrary();
  const sum = (steps: readonly { minutes: number }[]) => steps.reduce((t, s) => t + s.minutes, 0);

  test.each(modes.map((m) => [m.id, m.exercise] as const))(
    '%s: a remote plan that adds up, and debriefs of 3 minutes a question, in the room and on the call',
    (_, exercise) => {
      expect(exercise.remote, 'a remote variant').toBeDefined();
      expect(sum(exercise.remote!.agenda)).toBe(exercise.remote!.minutes ?? exercise.minutes);
      for (const agenda of [exercise.agenda!, exercise.remote!.agenda]) {
        const debrief = sum(agenda.filter((s) => s.debrief));
        expect(debrief).toBeGreaterThanOrEqual(exercise.debrief.length * MINUTES_PER_DEBRIEF_QUESTION);
      }
    },
  );
});
