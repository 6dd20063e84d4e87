import { describe, expect, test } from 'vitest';
import { parseYamlDocument } from '../../src/core/config/yaml-source.ts';
import { yamlPosition } from '../../src/core/config/yaml-position.ts';

// Line numbers below are the file's own, counted from 1; columns too.
const TEXT = [
  'company: Hearth & Loom', // 1
  'priorities:', // 2
  '  - refunds-need-approval', // 3
  '  - "no-service-vision"', // 4
  'standards:', // 5
  '  firstReply: 4 hours', // 6
  '  refundLimit:   50 GBP', // 7
  'plays:', // 8
  '  - title: Call back', // 9
  '    owner: Team lead', // 10
].join('\n');

const parsed = parseYamlDocument('company.yaml', TEXT);

describe('yamlPosition', () => {
  test.each([
    ['a top-level value', ['company'], { line: 1, column: 10 }],
    ['a list item', ['priorities', 0], { line: 3, column: 5 }],
    ['a quoted list item, at its opening quote', ['priorities', 1], { line: 4, column: 5 }],
    ['a nested value after extra spaces', ['standards', 'refundLimit'], { line: 7, column: 18 }],
    ['a field inside a list of maps', ['plays', 0, 'owner'], { line: 10, column: 12 }],
    ['a whole map, at its first key', ['standards'], { line: 6, column: 3 }],
  ])('finds %s', (_label, path, expected) => {
    expect(yamlPosition(parsed, path)).toEqual(expected);
  });

  test('a missing field has no position, unless the nearest existing parent is asked for', () => {
    expect(yamlPosition(parsed, ['standards', 'escalation'])).toBeUndefined();
    expect(yamlPosition(parsed, ['standards', 'escalation'], { nearest: true })).toEqual({
      line: 6,
      column: 3,
    });
    expect(yamlPosition(parsed, ['plays', 3, 'owner'], { nearest: true })).toEqual({ line: 9, column: 3 });
    expect(yamlPosition(parsed, ['nothing'], { nearest: true })).toEqual({ line: 1, column: 1 });
  });

  test('with `key`, points at where the key is written, not its value', () => {
    expect(yamlPosition(parsed, ['standards', 'refundLimit'], { key: true })).toEqual({ line: 7, column: 3 });
    expect(yamlPosition(parsed, ['company'], { key: true })).toEqual({ line: 1, column: 1 });
    expect(yamlPosition(parsed, ['standards', 'absent'], { key: true })).toBeUndefined();
  });

  test('`lineOffset` turns a line in frontmatter into a line in its file', () => {
    const frontmatter = parseYamlDocument('page.mdx', 'title: A page\nrelated:\n  - other-page');
    expect(yamlPosition(frontmatter, ['related', 0], { lineOffset: 1 })).toEqual({ line: 4, column: 5 });
  });
});
