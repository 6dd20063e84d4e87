import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { checkState } from '../../src/site/builder/outputs.ts';
import { configYaml, stateFromConfigText } from '../../src/site/builder/config-yaml.ts';
import { blankState, isBlankState, type BuilderState } from '../../src/site/builder/state.ts';
import { loadDraft } from '../../src/site/builder/draft.ts';
import { HOSTILE_TEXT, HOSTILE_VALUES } from '../support/hostile-config.ts';
import { sharedLibrary } from '../support/library.ts';

const library = await sharedLibrary();
const titles = new Map(library.modes.map((m) => [m.id, m.title]));

describe("the builder's config.yaml", () => {
  test.each(['retailer', 'contact-centre'])(
    'reads examples/%s.yaml into the form and writes a config that means the same',
    (name) => {
      const text = readFileSync(`examples/${name}.yaml`, 'utf8');
      const logo =
        name === 'contact-centre'
          ? {
              name: 'northbeam-logo.svg',
              base64: readFileSync('examples/northbeam-logo.svg').toString('base64'),
            }
          : undefined;
      const state = stateFromConfigText(text, logo)!;
      const original = checkHandbookConfig({ path: `${name}.yaml`, text }, library);
      const written = checkHandbookConfig({ path: 'config.yaml', text: configYaml(state, titles) }, library);
      expect(written.problems).toEqual([]);
      // Same handbook: only where the CLI writes it may differ (the builder's config says "handbook").
      expect({ ...written.config, output: undefined }).toEqual({ ...original.config, output: undefined });
      expect(stateFromConfigText(configYaml(state, titles), logo)).toEqual(state);
    },
  );

  test('reads a config without a language as an English handbook, as playbook generate does, and writes the language it has', () => {
    const text = readFileSync('examples/retailer.yaml', 'utf8');
    expect(text).not.toMatch(/^language:/m);
    expect(stateFromConfigText(text)!.language).toBe('en');
    const spanish = stateFromConfigText(`${text}\nlanguage: es\n`)!;
    expect(spanish.language).toBe('es');
    const written = checkHandbookConfig({ path: 'config.yaml', text: configYaml(spanish, titles) }, library);
    expect(written.problems).toEqual([]);
    expect(written.config!.language).toBe('es');
  });

  test.each([
    ['en', 'en-GB'],
    ['es', 'es-ES'],
    ['de', 'de-DE'],
    ['ar', 'en-GB'],
  ] as const)(
    'starts a blank form on the %s page with its handbook in that language and dates as %s',
    (language, locale) => {
      const blank = blankState('2026-01-01', language);
      expect(blank).toMatchObject({ language, locale });
      expect(isBlankState(blank)).toBe(true);
      expect(isBlankState({ ...blank, company: 'Kestrel' })).toBe(false);
    },
  );

  test('keeps config sections the form does not edit, such as staffing', () => {
    const text = `${readFileSync('examples/retailer.yaml', 'utf8')}\nstaffing:\n  note: kept\n`;
    const state = stateFromConfigText(text)!;
    expect(configYaml(state, titles)).toMatch(/^staffing:\n {2}note: kept$/m);
  });

  test("writes comments a person can follow, and each chapter's title beside its id", () => {
    const state = { ...blankState('2026-01-01'), company: 'Kestrel', priorities: ['no-service-vision'] };
    const yaml = configYaml(state, titles);
    expect(yaml).toContain('npx playbook generate --config config.yaml');
    expect(yaml).toContain(`- no-service-vision # ${titles.get('no-service-vision')}`);
  });

  test('hostile text stays one value: it never adds a field or a line to the config', () => {
    const v = HOSTILE_VALUES;
    const state = {
      ...blankState('2026-01-01'),
      company: v.company,
      vision: v.vision,
      priorities: ['no-service-vision'],
      standards: {
        firstResponse: v.firstResponse,
        callback: v.callback,
        refundLimit: v.refundLimit,
        others: [{ name: v.otherName, value: v.otherValue }],
      },
      empowerment: [{ role: v.role, decision: v.decision, limit: v.limit }],
    };
    const checked = checkState(state, library);
    expect(checked.problems).toEqual([]);
    // The downloaded file means the same: the yaml writer quotes whatever the text holds.
    expect(
      checkHandbookConfig({ path: 'config.yaml', text: configYaml(state, titles) }, library).config,
    ).toEqual(checked.config);
    expect(checked.config!.company).toBe(HOSTILE_TEXT.company);
    expect(checked.config!.standards.others).toEqual([
      { name: HOSTILE_TEXT.otherName, value: HOSTILE_TEXT.otherValue },
    ]);
    expect(checked.config!.empowerment).toEqual([
      { role: HOSTILE_TEXT.role, decision: HOSTILE_TEXT.decision, limit: HOSTILE_TEXT.limit },
    ]);
  });

  test("a blank form is refused with the CLI's messages, each naming its field", () => {
    const fields = checkState(blankState('2026-01-01'), library).problems.map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'company',
        'vision',
        'priorities',
        'standards.firstResponse',
        'standards.callback',
      ]),
    );
  });

  const retailer = stateFromConfigText(readFileSync('examples/retailer.yaml', 'utf8'))!;
  test.each<[string, BuilderState]>([
    ['a blank form', blankState('2026-01-01')],
    ['an example', retailer],
    [
      'an unknown chapter and a duplicate',
      { ...retailer, priorities: ['no-service-vision', 'no-service-visoin', 'no-service-vision'] },
    ],
    ['a bad colour, locale and date', { ...retailer, accent: 'blue', locale: 'xx', date: '2026-13-40' }],
    ['a logo of an unknown type', { ...retailer, logo: { name: 'logo.bmp', base64: 'AAAA' } }],
    [
      'notes: two sentences and no refund limit',
      { ...retailer, vision: 'We help. We care.', standards: { ...retailer.standards, refundLimit: '' } },
    ],
  ])("the form's check of %s says what `playbook validate` says of its config.yaml", (_label, state) => {
    const fromForm = checkState(state, library);
    const fromFile = checkHandbookConfig({ path: 'config.yaml', text: configYaml(state, titles) }, library);
    const withoutLines = (problems: { file: string; field?: string; message: string }[]) =>
      problems.map(({ file, field, message }) => ({ file, field, message }));
    // The logo's bytes are the browser's own check; the file check only sees its name.
    expect(
      withoutLines(fromForm.problems.filter((p) => !(state.logo && p.message.includes('bytes')))),
    ).toEqual(withoutLines(fromFile.problems));
    expect(withoutLines(fromForm.warnings)).toEqual(withoutLines(fromFile.warnings));
    expect(fromForm.config).toEqual(fromFile.config);
  });
});

describe('a fresh start', () => {
  test('a blank form is blank until something is typed', () => {
    expect(isBlankState(blankState('2026-01-01'))).toBe(true);
    expect(isBlankState({ ...blankState('2026-01-01'), company: 'A' })).toBe(false);
  });
});

describe("the builder's draft", () => {
  /** A Storage holding one saved draft. */
  function storageWith(state: unknown): Storage {
    const items = new Map([['service-playbook:builder:v1', JSON.stringify({ version: 1, state })]]);
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    } as Storage;
  }

  test('reads a draft saved before the language choice as the English handbook it was, on any page', () => {
    const before: Partial<BuilderState> = { ...blankState('2026-01-01'), company: 'Kestrel' };
    delete before.language;
    const loaded = loadDraft(storageWith(before), '2026-01-02', 'es');
    expect(loaded).toMatchObject({ status: 'saved', state: { company: 'Kestrel', language: 'en' } });
  });

  test('starts a Spanish page without a draft on a blank Spanish handbook', () => {
    const empty = { getItem: () => null } as unknown as Storage;
    expect(loadDraft(empty, '2026-01-02', 'es').state).toMatchObject({ language: 'es', locale: 'es-ES' });
  });
});
