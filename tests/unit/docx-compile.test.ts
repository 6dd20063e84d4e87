/**
 * Our compile step for the Word handbook (its own XML writer and one-pass list numbering) makes
 * exactly the bytes the docx package's own packer makes: for the whole library with a logo and
 * hostile text, for elements the package's XML writer treats oddly, and for list references it
 * would read as a pattern.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { Document, FileChild, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { checkHandbookConfig } from '../../src/core/config/check.ts';
import { buildHandbook } from '../../src/core/handbook/handbook.ts';
import type { Library } from '../../src/core/library/library.ts';
import { buildHandbookDocument } from '../../src/document/handbook.ts';
import { compileDocx, compilesFast, replaceNumberings } from '../../src/render/docx/compile.ts';
import { element } from '../../src/render/docx/element.ts';
import { buildDocxHandbook } from '../../src/render/docx/handbook-docx.ts';
import { packDocx, withFixedTimes } from '../../src/render/docx/pack.ts';
import { unzip } from '../support/docx.ts';
import { hostileConfig } from '../support/hostile-config.ts';
import { sharedLibrary } from '../support/library.ts';

let library: Library;
beforeAll(async () => {
  library = await sharedLibrary();
});

/** The package's own packer, as the handbook was packed before our compile step. */
const packageCompile = async (document: Document, overrides: readonly { path: string; data: string }[]) =>
  new Uint8Array(await Packer.toArrayBuffer(document, false, [...overrides]));

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

test('the pinned docx package has the compiler our compile step builds on', () => {
  expect(compilesFast).toBe(true);
});

test('a handbook with a logo and hostile text packs to the bytes the package makes', async () => {
  // Chapters with a note, an example, the empowerment table and statements to score: every kind
  // of block the mapper writes, without the seconds the package's packer takes for the library.
  const text = hostileConfig([
    'leadership-overestimates-service',
    'empowerment-in-name-only',
    'no-recovery-plan',
    'understaffing',
  ]);
  const checked = checkHandbookConfig({ path: 'config.yaml', text }, library);
  expect(checked.problems).toEqual([]);
  // A 40 x 10 PNG: its header is all the size reader needs.
  const png = Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    Buffer.from([0, 0, 0, 40, 0, 0, 0, 10, 8, 2, 0, 0, 0]),
    Buffer.alloc(16),
  ]);
  const handbook = await buildHandbook(library, checked.config!, { logo: png, logoPath: 'logo.png' });
  const tree = buildHandbookDocument(handbook, { target: 'html' });
  // A document can be packed once (packing adds its relationships): one for each packer.
  const ours = buildDocxHandbook(handbook, tree);
  const theirs = buildDocxHandbook(handbook, tree);
  const bytes = await packDocx(ours.document, ours.properties);
  expect(same(bytes, await packDocx(theirs.document, theirs.properties, packageCompile))).toBe(true);
  expect(unzip(bytes).some((e) => e.name.startsWith('word/media/') && e.data.equals(png))).toBe(true);
});

/** A document of odd elements and lists whose numbering reference reads as a pattern. */
function oddDocument(): Document {
  const odd = new FileChild('w:sdt');
  // Text after an element child replaces it in the package's writer; text before one does not.
  odd.addChildElement(
    element('w:sdtPr', { 'w:val': 'a "quoted" & <marked> value' }, element('w:lost'), 'kept'),
  );
  odd.addChildElement(element('w:sdtContent', {}, 'text & then', element('w:after'), element('w:empty')));
  const level = { level: 0, format: LevelFormat.DECIMAL, text: '%1.' };
  return new Document({
    numbering: {
      config: [
        { reference: 'list.one', levels: [level] },
        { reference: 'list-2', levels: [level] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('Tom & Jerry <3 "quotes" \'apostrophes\'')] }),
          odd,
          ...[1, 2].map(
            (instance) =>
              new Paragraph({ text: 'one', numbering: { reference: 'list.one', level: 0, instance } }),
          ),
          new Paragraph({ text: 'two', numbering: { reference: 'list-2', level: 0, instance: 7 } }),
        ],
      },
    ],
  });
}

test('odd elements and pattern-like list references compile to the bytes the package makes', async () => {
  // The package stamps the time into the core properties: written over, as the handbook does.
  const overrides = [{ path: 'docProps/core.xml', data: '<x/>' }];
  const ours = withFixedTimes(await compileDocx(oddDocument(), overrides));
  const theirs = withFixedTimes(await packageCompile(oddDocument(), overrides));
  expect(same(ours, theirs)).toBe(true);
});

describe('list numbering put in place in one pass', () => {
  const list = (reference: string, instance: number, numId: number) => ({ reference, instance, numId });

  test.each([
    [
      'each placeholder becomes its id',
      '<a>{b-0}</a><a>{n-1}</a><a>{n-1}</a>',
      [list('b', 0, 1), list('n', 1, 2)],
      '<a>1</a><a>2</a><a>2</a>',
    ],
    ['braced text that is no placeholder stays', '{n-9} {x} {} {n-1', [list('n', 1, 2)], '{n-9} {x} {} {n-1'],
    ['the first list with a key wins', '{n-1}', [list('n', 1, 2), list('n', 1, 5)], '2'],
    [
      'a placeholder an earlier id completes is replaced by a later list',
      '{n-{n-1}}',
      [list('n', 1, 2), list('n', 2, 7)],
      '7',
    ],
    ['but not by an earlier one', '{n-{n-1}}', [list('n', 2, 7), list('n', 1, 2)], '{n-2}'],
    ['a reference with a pattern character matches as a pattern', '{aXb-1}', [list('a.b', 1, 3)], '3'],
  ])('%s', (_, xml, numberings, expected) => {
    expect(replaceNumberings(xml, numberings)).toBe(expected);
  });
});
