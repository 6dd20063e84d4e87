/**
 * Chromium names tagged table headers after DOM node ids, whose numbers and even order change from
 * run to run. Two prints of the same document must still give the same bytes.
 */
import { describe, expect, test } from 'vitest';
import { renumberNodeIds } from '../../src/render/pdf/finish.ts';

/** A PDF's structure objects as Chromium writes them, with the node ids it happened to choose. */
function printed(ids: [string, string, string]): string {
  const [a, b, c] = ids;
  return [
    `70 0 obj\n<</S /TH\n/ID (node${a})>>\nendobj`,
    `72 0 obj\n<</S /TH\n/ID (node${b})>>\nendobj`,
    `75 0 obj\n<</S /TD\n/Headers [(node${a}) (node${b})]\n/ID (node${c})>>\nendobj`,
    `360 0 obj\n<</Limits [(node${[a, b, c].sort()[0]}) (node${[a, b, c].sort()[2]})]\n/Names [${[
      [a, '70 0 R'],
      [b, '72 0 R'],
      [c, '75 0 R'],
    ]
      .sort(([x], [y]) => (x! < y! ? -1 : 1))
      .map(([id, ref]) => `(node${id}) ${ref}`)
      .join(' ')}]>>\nendobj`,
  ].join('\n');
}
const renumber = (text: string) =>
  Buffer.from(renumberNodeIds(Buffer.from(text, 'latin1'))).toString('latin1');

describe('renumbering Chromium’s node ids', () => {
  test.each([
    ['shifted', ['00000082', '00000083', '00000090'], ['00000012', '00000013', '00000020']],
    ['in another order', ['00000001', '00000002', '00000003'], ['00000002', '00000000', '00000001']],
  ] as const)('gives the same bytes when the ids are %s', (_name, first, second) => {
    const a = printed([...first]);
    const b = printed([...second]);
    expect(a).not.toBe(b);
    expect(renumber(a)).toBe(renumber(b));
    expect(renumber(a)).toHaveLength(a.length);
  });

  test('keeps the ID tree sorted by name, with limits that are its first and last names', () => {
    const out = renumber(printed(['00000002', '00000000', '00000001']));
    expect(out).toContain('/Limits [(node00000000) (node00000002)]');
    expect(out).toContain('/Names [(node00000000) 70 0 R (node00000001) 72 0 R (node00000002) 75 0 R]');
    expect(out).toContain('/Headers [(node00000000) (node00000001)]');
  });
});
