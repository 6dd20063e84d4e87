import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { stateFromConfigText } from '../../src/site/builder/config-yaml.ts';
import { wordForTheForm, type FormMessage } from '../../src/site/builder/form-wording.ts';
import { applyHandOver, handOverConflict } from '../../src/site/builder/hand-over.ts';
import { checkState } from '../../src/site/builder/outputs.ts';
import { blankState, type BuilderState } from '../../src/site/builder/state.ts';
import { sharedLibrary } from '../support/library.ts';

// The form says the checker's problems in its own words (form-wording.ts). The problems here come
// from the real checker, so a change of the checker's wording that the form no longer recognises
// fails here instead of reaching a person as a field path or a command.
const library = await sharedLibrary();
const titles = new Map(library.modes.map((m) => [m.id, m.title]));
const title = (id: string) => `“${titles.get(id)}”`;
const blank = blankState('2026-01-01');
const retailer = stateFromConfigText(readFileSync('examples/retailer.yaml', 'utf8'))!;

/** What the form says about a state, as the page would show it. */
function formSays(state: BuilderState): FormMessage[] {
  const checked = checkState(state, library);
  return wordForTheForm(checked.problems, checked.warnings, { titles, priorities: state.priorities });
}

/** What the form says about an uploaded file, with its lines. */
function formSaysOfFile(text: string, file = 'broken.yaml'): FormMessage[] {
  const checked = checkHandbookConfig({ path: file, text }, library);
  return wordForTheForm(checked.problems, checked.warnings, { titles, priorities: [], file });
}

/** Field paths, ids, commands and file-format words a person filling in the form never sees. */
const CODE_WORDS =
  /`|\bplaybook (?:list|init|validate|generate)\b|\bnpx\b|\bYAML\b|\bconfig\b|\b[a-z]+\.[a-z][A-Za-z]+\b(?<!\.yaml)|\b[a-z]+(?:-[a-z]+){2,}\b/;

describe('the form names each field as its label does, in plain sentences', () => {
  test('a blank form: every field it needs, with what to write there', () => {
    expect(formSays(blank)).toEqual([
      {
        field: 'company',
        note: false,
        text: 'Company name is empty. Type your company’s name as customers know it.',
      },
      {
        field: 'vision',
        note: false,
        text: 'Service vision is empty. Write the one sentence about service that everyone could repeat.',
      },
      { field: 'priorities', note: false, text: 'No chapters yet. Add at least one from the list below.' },
      {
        field: 'standards.firstResponse',
        note: false,
        text: 'First response is empty. Say how soon a customer gets a first reply, for example “1 hour”.',
      },
      {
        field: 'standards.callback',
        note: false,
        text: 'Callback is empty. Say how soon a promised callback happens, for example “the same working day”.',
      },
    ]);
  });

  test.each<[string, BuilderState, Partial<FormMessage>]>([
    [
      'a name that is too long',
      { ...retailer, company: 'A'.repeat(250) },
      { field: 'company', text: 'Company name is 250 characters long; keep it under 200.' },
    ],
    [
      'an invisible character pasted in',
      { ...retailer, standards: { ...retailer.standards, callback: 'the same\u0007 day' } },
      {
        field: 'standards.callback',
        text: 'Callback holds an invisible character after “the same”, often brought in by copying from another program. Delete that spot and type it again.',
      },
    ],
    [
      'a half-filled empowerment row',
      {
        ...retailer,
        empowerment: [...retailer.empowerment, { role: 'Shift lead', decision: '', limit: '' }],
      },
      {
        field: 'empowerment.4',
        text: 'Row 5 needs a decision and a limit: fill them in, or remove the row.',
      },
    ],
    [
      'an empty empowerment row, its parts listed the dictionary’s way (no comma before “and”)',
      { ...retailer, empowerment: [...retailer.empowerment, { role: '', decision: '', limit: '' }] },
      {
        field: 'empowerment.4',
        text: 'Row 5 needs a role, a decision and a limit: fill them in, or remove the row.',
      },
    ],
    [
      'a row lacking one part',
      {
        ...retailer,
        empowerment: [...retailer.empowerment, { role: 'Shift lead', decision: 'Refunds', limit: '' }],
      },
      { field: 'empowerment.4', text: 'Row 5 needs a limit: fill it in, or remove the row.' },
    ],
    [
      'an empty further standard',
      { ...retailer, standards: { ...retailer.standards, others: [{ name: '', value: '' }] } },
      {
        field: 'standards.others.0',
        text: 'Standard 1 needs a name and a promise: fill them in, or remove the standard.',
      },
    ],
    [
      'a colour that is not one',
      { ...retailer, accent: 'blue' },
      {
        field: 'branding.accent',
        text: 'The accent colour could not be read. Choose one with the colour picker.',
      },
    ],
    [
      'a date that does not exist',
      { ...retailer, date: '2026-02-30' },
      {
        field: 'date',
        text: 'Date on the cover is not a real date. Pick one from the calendar, or leave it empty.',
      },
    ],
    [
      'a first session that does not exist',
      { ...retailer, trainingStart: '2026-13-01' },
      {
        field: 'training.start',
        text: 'First training session is not a real date. Pick one from the calendar, or leave it empty.',
      },
    ],
    [
      'a way of writing dates that is not one',
      { ...retailer, locale: 'not a locale' },
      {
        field: 'locale',
        text: 'The way of writing dates could not be read. Choose one under “Dates written as”.',
      },
    ],
    [
      'a handbook language the playbook is not written in',
      { ...retailer, language: 'fr' },
      {
        field: 'language',
        text: 'The language “fr” is not one a handbook can be written in. Choose one under “Language of the handbook”.',
      },
    ],
    [
      'a logo of a kind the handbook cannot show',
      { ...retailer, logo: { name: 'logo.bmp', base64: 'AAAA' } },
      {
        field: 'branding.logo',
        text: 'The logo “logo.bmp” is not an image the handbook can show. Choose a PNG, JPEG, SVG, WebP or GIF file.',
      },
    ],
    [
      'a logo whose name says PNG but holds a drawing',
      {
        ...retailer,
        logo: {
          name: 'logo.png',
          base64: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64'),
        },
      },
      {
        field: 'branding.logo',
        text: 'The logo file is named like a PNG image but holds SVG data. Rename it to match what it is, then choose it again.',
      },
    ],
  ])('%s', (_label, state, expected) => {
    expect(formSays(state)).toContainEqual({ note: false, ...expected });
  });

  test('chapters are named by their titles: a mistyped one, and one listed twice', () => {
    const messages = formSays({
      ...retailer,
      priorities: ['no-service-vision', 'no-service-visoin', 'no-service-vision'],
    });
    expect(messages).toEqual([
      {
        field: 'priorities',
        note: false,
        text: `${title('no-service-vision')} is in the list twice, as chapter 1 and again here. Remove one of them.`,
      },
      {
        field: 'priorities',
        note: false,
        text: `Chapter 2 (“no-service-visoin”) is not in the playbook. Did you mean ${title('no-service-vision')}? Remove it and add the chapter you meant from the list below.`,
      },
    ]);
  });
});

describe('notes go beside the field they are about, as notes', () => {
  test('no refund limit: beside the refund limit, naming the chapters that will say "an agreed amount"', () => {
    expect(formSays({ ...retailer, standards: { ...retailer.standards, refundLimit: '' } })).toEqual([
      {
        field: 'standards.refundLimit',
        note: true,
        text: `Without a refund limit, ${title('empowerment-in-name-only')} will say “an agreed amount”. Type one here if your team has one, for example “50 GBP”.`,
      },
    ]);
  });

  test('no empowerment rows: beside the rows, naming the chapter that shows a sample table', () => {
    expect(formSays({ ...retailer, empowerment: [] })).toEqual([
      {
        field: 'empowerment',
        note: true,
        text: `With no rows here, ${title('empowerment-in-name-only')} will show a sample table. Add a row for each role and what it may decide without asking.`,
      },
    ]);
  });

  test('a chapter written for none of the chosen readers: beside the readers, with their names', () => {
    const messages = formSays({
      ...retailer,
      priorities: ['company-centred-processes'],
      audiences: ['frontline'],
    });
    expect(library.modes.find((m) => m.id === 'company-centred-processes')!.audiences).toEqual([
      'executives',
      'managers',
    ]);
    expect(messages).toEqual([
      {
        field: 'audiences',
        note: true,
        text: `${title('company-centred-processes')} is written for Executives and Managers, not for the readers you chose; it stays because you chose it.`,
      },
    ]);
  });

  test("a vision of two sentences: the form says so under the vision itself, so the checker's note is not repeated", () => {
    expect(checkState({ ...retailer, vision: 'We help. We care.' }, library).warnings).toHaveLength(1);
    expect(formSays({ ...retailer, vision: 'We help. We care.' })).toEqual([]);
  });
});

describe('an uploaded file: what is wrong, and the line to find it on', () => {
  test.each<[string, string, RegExp]>([
    [
      'not readable',
      'company: [unclosed\n',
      /^broken\.yaml could not be read at line \d+\. Choose a settings file downloaded from this page, or check that line in a text editor\.$/,
    ],
    ['empty', '', /^broken\.yaml is empty\. Choose a settings file downloaded from this page\.$/],
    ['a list, not settings', '- company\n', /^broken\.yaml does not hold handbook settings\./],
    [
      'a setting the page does not know',
      `${readFileSync('examples/retailer.yaml', 'utf8')}\ncolour: red\n`,
      /^broken\.yaml has a setting “colour” this page does not know.*Correct or remove it in the file, then open the file here again\. \(Line \d+ of broken\.yaml\.\)$/,
    ],
  ])('%s', (_label, text, expected) => {
    expect(formSaysOfFile(text).map((m) => m.text)).toContainEqual(expect.stringMatching(expected));
  });

  const broken: Record<string, string> = {
    'no chapters':
      'company: A\nvision: B.\npriorities: []\nstandards:\n  firstResponse: 1 hour\n  callback: 1 day\n',
    'a mistyped chapter':
      'company: A\nvision: B.\npriorities: [no-service-visoin]\nstandards:\n  firstResponse: 1 hour\n  callback: 1 day\n',
    'a chapter id in capitals':
      'company: A\nvision: B.\npriorities: [No-Vision]\nstandards:\n  firstResponse: 1 hour\n  callback: 1 day\n',
    'missing standards':
      'company: A\nvision: B.\npriorities: [no-service-vision]\nstandards:\n  refundLimit: 5 GBP\n',
    'a logo outside its folder':
      'company: A\nvision: B.\npriorities: [no-service-vision]\nstandards:\n  firstResponse: 1 hour\n  callback: 1 day\nbranding:\n  logo: ../logo.png\n',
  };
  test.each(Object.entries(broken))('%s: said without a field path, an id or a command', (_label, text) => {
    const messages = formSaysOfFile(text);
    expect(messages.length).toBeGreaterThan(0);
    // The person's own text is quoted back as it is in the file (a mistyped id is how they find it).
    for (const { text: said } of messages)
      expect(said.replace(/broken\.yaml/g, 'the file').replace(/“[^”]*”/g, '“…”')).not.toMatch(CODE_WORDS);
  });
});

describe("the self-assessment's hand-over and a draft", () => {
  const handOver = { priorities: ['understaffing', 'no-service-vision'], company: 'Heron & Co' };
  test('a draft with no chapters and no name is not in the way: nothing to ask', () => {
    expect(handOverConflict(blank, handOver)).toEqual({ chapters: false, company: false });
  });

  test('a draft with its own chapters or its own company name is asked about', () => {
    expect(handOverConflict({ ...blank, priorities: ['no-recovery-plan'] }, handOver)).toEqual({
      chapters: true,
      company: false,
    });
    expect(handOverConflict({ ...blank, company: 'Wren Books' }, handOver)).toEqual({
      chapters: false,
      company: true,
    });
    expect(
      handOverConflict({ ...blank, company: 'Heron & Co', priorities: handOver.priorities }, handOver),
    ).toEqual({ chapters: false, company: false });
  });

  test("replace takes the ranking and the name; merge keeps the draft's order and name and adds the rest in rank order", () => {
    const draft = { ...blank, company: 'Wren Books', priorities: ['no-recovery-plan', 'no-service-vision'] };
    expect(applyHandOver(draft, handOver, 'replace')).toMatchObject({
      company: 'Heron & Co',
      priorities: ['understaffing', 'no-service-vision'],
    });
    expect(applyHandOver(draft, handOver, 'merge')).toMatchObject({
      company: 'Wren Books',
      priorities: ['no-recovery-plan', 'no-service-vision', 'understaffing'],
    });
    expect(applyHandOver({ ...draft, company: '' }, handOver, 'merge').company).toBe('Heron & Co');
  });
});
