/**
 * The fast reading of a page's frontmatter (src/core/config/quick-yaml.ts) against the
 * careful one (the yaml package with positions, config/yaml-source.ts): on every page we ship or
 * test with, and on the corners of YAML where two parsers could part ways, the fast one gives the
 * same data or says it cannot vouch for it; it never accepts what the careful one refuses.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { parseYamlDocument, toPlainData } from '../../src/core/config/yaml-source.ts';
import { quickYamlData } from '../../src/core/config/quick-yaml.ts';

const quickFrontmatterData = (text: string) => quickYamlData(text, { asWritten: true });
import { FRONTMATTER } from '../../src/core/library/mode-page.ts';

function careful(text: string): { data?: unknown; refused: boolean } {
  const parsed = parseYamlDocument('page.mdx', text, 1);
  if (parsed.problems.length > 0) return { refused: true };
  const plain = toPlainData('page.mdx', parsed, 1);
  return plain.problems.length > 0 ? { refused: true } : { data: plain.data, refused: false };
}

const TRACKED = execFileSync('git', ['ls-files', 'content', 'tests/fixtures'], { encoding: 'utf8' }).split(
  '\n',
);
const DATA_FILES = TRACKED.filter((f) => /\.ya?ml$/.test(f) && !f.includes('/assess/'));

/** The careful reading of a data file (metrics, survey, roles, sources, a worksheet): toJS, no "as written". */
function carefulData(text: string): { data?: unknown; refused: boolean } {
  const parsed = parseYamlDocument('data.yaml', text);
  return parsed.problems.length > 0 ? { refused: true } : { data: parsed.doc.toJS(), refused: false };
}

const PAGES = execFileSync('git', ['ls-files', 'content', 'tests/fixtures'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.mdx'));

describe('a page’s frontmatter read fast', () => {
  test.each(PAGES)('%s: the same data as the careful reading', (file) => {
    const yaml = FRONTMATTER.exec(readFileSync(file, 'utf8'))?.[1];
    if (yaml === undefined) return; // a fixture without frontmatter, on purpose
    const slow = careful(yaml);
    const quick = quickFrontmatterData(yaml);
    if (slow.refused) expect(quick).toBeUndefined();
    else if (quick !== undefined) expect(quick).toStrictEqual(slow.data);
  });

  test('every page of the shipped library is read the fast way', () => {
    const shipped = PAGES.filter((f) => f.startsWith('content/'));
    expect(shipped.length).toBeGreaterThan(20);
    const slowOnes = shipped.filter(
      (f) => !quickFrontmatterData(FRONTMATTER.exec(readFileSync(f, 'utf8'))![1]!),
    );
    expect(slowOnes).toEqual([]);
  });

  const SAME = [
    // Plain scalars that would change if read as numbers or booleans stay as written.
    'a: 1.10\nb: 0x1F\nc: 012\nd: True\ne: -0\nf: .5\ng: 1e3\nh: +5\ni: 1_000\nj: .inf\nk: .NaN',
    'a: 5\nb: -3\nc: 1.5\nd: true\ne: false\nf: 1e+21\ng: 0',
    'a: "1.10"\nb: \'5\'\nc: "true"\nd: !!str 5\ne: !!int "7"',
    'a: ~\nb: null\nc: Null\nd:\ne: yes\nf: no\ng: on\nh: 2024-01-01\ni: 2001-12-14t21:59:43.10-05:00',
    'a: |\n  line one\n  line two\n\nb: >-\n  folded\n  text\nc: |+\n  kept\n\n',
    'a: [1, "2", 1.10, x, {b: c}]\nb: {c: 1, d: [e]}\n"quoted key": 1\n? complex\n: value',
    "a: it's \"quoted\" # a comment\nb: 'it''s'\nc: \"tab\\there \\u00e9\"",
    'a:\n- b\n - c\nd: x\n  continued',
    '<<: {a: 1}\nb: 2',
    '__proto__: {polluted: true}\nb: 1',
    'a:\n  - b: 1\n    c: [2]\n  -\n    d: 3\n  - - nested\n    - list',
    'ünïcode: ✓\nemoji: "🙂"\nrtl: مرحبا',
  ];
  test.each(SAME)('the corner %j reads the same both ways', (yaml) => {
    const slow = careful(yaml);
    expect(slow.refused).toBe(false);
    const quick = quickFrontmatterData(yaml);
    expect(quick).toBeDefined();
    expect(quick).toStrictEqual(slow.data);
  });

  const NOT_VOUCHED = [
    'a: &x 1\nb: *x', // an anchor: the careful reading caps aliases
    'a: 1\na: 2', // a repeated key
    'a: 1\n---\nb: 2', // a second document
    '- a\n- b', // not a mapping
    '',
    'just text',
    'a: [1, 2',
    'a:\n\tb: 1',
    'a: !custom x',
    'a: plain with: colon',
    'a: b\n c: d',
    'a: "x" y',
    'a: @x',
    'a: - b',
    `a: ${'['.repeat(200)}${']'.repeat(200)}`,
  ];
  test('a __proto__ key stays a key of its own and changes no object’s prototype', () => {
    const data = quickFrontmatterData('__proto__: {polluted: true}\nb: 1');
    expect(Object.keys(data!)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  test.each(NOT_VOUCHED)('%j is left to the careful reading', (yaml) => {
    expect(quickFrontmatterData(yaml)).toBeUndefined();
  });

  test.each(SAME)('as a data file, the corner %j reads the same both ways', (yaml) => {
    const slow = carefulData(yaml);
    const quick = quickYamlData(yaml);
    // .inf and .nan are numbers JSON cannot hold: left to the careful reading.
    if (/\.inf|\.nan/i.test(yaml)) expect(quick).toBeUndefined();
    else expect(quick).toStrictEqual(slow.data);
  });
});

describe('a data file read fast', () => {
  test.each(DATA_FILES)('%s: the same data as the careful reading', (file) => {
    const text = readFileSync(file, 'utf8');
    const slow = carefulData(text);
    const quick = quickYamlData(text);
    if (slow.refused || slow.data === null || typeof slow.data !== 'object' || Array.isArray(slow.data))
      expect(quick).toBeUndefined();
    else if (quick !== undefined) expect(quick).toStrictEqual(slow.data);
  });

  test('every data file of the shipped library is read the fast way', () => {
    const shipped = DATA_FILES.filter((f) => f.startsWith('content/'));
    expect(shipped.length).toBeGreaterThan(10);
    expect(shipped.filter((f) => !quickYamlData(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
