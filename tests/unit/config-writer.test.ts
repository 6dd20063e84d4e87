import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { starterConfig } from '../../src/cli/starter.ts';
import { buildConfigYaml } from '../../src/core/assessment/config.ts';
import { writeConfigYaml } from '../../src/core/config/writer.ts';
import { words } from '../../src/i18n/index.ts';
import { configYaml, stateFromConfigText } from '../../src/site/builder/config-yaml.ts';
import { runCliCaptured } from '../support/cli.ts';
import { HOSTILE_VALUES } from '../support/hostile-config.ts';
import { sharedLibrary } from '../support/library.ts';

// `playbook init`, the self-assessment (page and `playbook assess`) and the builder write configs
// through one writer: each file must pass `playbook validate` and keep the comments that explain it,
// also after a person (or a tool using the yaml package) edits a value in it.
const library = await sharedLibrary();
const titles = new Map(library.modes.map((m) => [m.id, m.title]));
const ranking = library.modes
  .slice(0, 6)
  .map((m, i) => ({ id: m.id, title: m.title, need: 90 - i * 7.3, ticked: i % 3, signs: i === 2 ? 0 : 5 }));
const work = mkdtempSync(join(tmpdir(), 'config-writer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const WRITTEN: [string, string, string[]][] = [
  [
    'playbook init',
    starterConfig('2026-03-02'),
    [
      '# Check it:     npx playbook validate --config <this file>',
      '# audiences: [managers, frontline]',
      '#   cadence: weekly   # or fortnightly, monthly',
    ],
  ],
  [
    'the self-assessment, without a company name or dates',
    buildConfigYaml(words(), ranking, { top: 4 }),
    [
      'company: Your company # EDIT:',
      `  - ${ranking[0]!.id} # need 90 of 100; 0 warning signs ticked`,
      '# training:',
    ],
  ],
  [
    'the self-assessment, for a team with a training start',
    buildConfigYaml(words(), ranking, {
      company: 'Heron & Co',
      date: '2026-03-02',
      trainingStart: '2026-03-09',
      cadence: 'fortnightly',
      basis: "3 people's combined answers",
    }),
    ["with the most need in 3 people's combined answers", '  cadence: fortnightly # or weekly, monthly'],
  ],
  [
    'the builder',
    configYaml(stateFromConfigText(readFileSync('examples/contact-centre.yaml', 'utf8'))!, titles),
    [
      '# Open it in the builder again',
      `# ${titles.get(stateFromConfigText(readFileSync('examples/contact-centre.yaml', 'utf8'))!.priorities[0]!)}`,
    ],
  ],
];

let files = 0;
async function validate(text: string) {
  const name = `config-${++files}.yaml`;
  writeFileSync(join(work, name), text);
  return runCliCaptured(resolve('content'), work, ['validate', '--config', name]);
}

describe('the one config writer', () => {
  test.each(WRITTEN)(
    '%s: passes playbook validate and carries its comments',
    async (_who, text, comments) => {
      const { code, stderr } = await validate(text);
      expect(stderr).toMatch(/is valid/);
      expect(code).toBe(0);
      for (const comment of comments) expect(text).toContain(comment);
    },
  );

  test.each(WRITTEN)(
    '%s: a value edited with the yaml package keeps every comment, and still validates',
    async (_who, text) => {
      const doc = parseDocument(text);
      // The yaml package reads back exactly what was written: each comment is attached to its field.
      expect(doc.toString({ lineWidth: 0 })).toBe(text);
      doc.setIn(['company'], 'Kestrel & Sons');
      const edited = doc.toString({ lineWidth: 0 });
      const commentLines = (t: string) =>
        t.split('\n').filter((line) => line.trimStart().startsWith('#') || line.includes(' # '));
      expect(commentLines(edited).map((l) => l.replace(/^company: .*? #/, 'company: #'))).toEqual(
        commentLines(text).map((l) => l.replace(/^company: .*? #/, 'company: #')),
      );
      expect((await validate(edited)).code).toBe(0);
    },
  );

  test('text stays one value: hostile text reads back unchanged, separators escaped rather than written raw', () => {
    const text = writeConfigYaml(
      { company: HOSTILE_VALUES.company, vision: HOSTILE_VALUES.vision, refund: HOSTILE_VALUES.refundLimit },
      { header: 'Test' },
    );
    expect(parse(text)).toEqual({
      company: HOSTILE_VALUES.company,
      vision: HOSTILE_VALUES.vision,
      refund: HOSTILE_VALUES.refundLimit,
    });
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(text).toContain('\\u2028');
  });

  test('a comment for a field that is not there is our bug, said plainly', () => {
    expect(() =>
      writeConfigYaml({ company: 'A' }, { header: '', comments: [{ path: ['vision'], above: 'x' }] }),
    ).toThrow(/no field vision/);
  });
});
