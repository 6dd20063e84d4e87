/**
 * Worksheets as library data (content/worksheets/*.yaml): the schema a worksheet file is checked
 * against, plays that name worksheets by id (an unknown id fails at its line with "did you mean"),
 * the check that every worksheet is used by a play, and what a worksheet prints in Markdown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildLibrary, type SourceText } from '../../src/core/library/library.ts';
import {
  findUnusedWorksheets,
  findWorksheetUses,
  parseWorksheet,
} from '../../src/core/library/worksheets.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { buildWorksheetDocument } from '../../src/document/worksheet.ts';
import { documentToMarkdown } from '../../src/render/markdown.ts';
import { sharedLibrary } from '../support/library.ts';

const read = (path: string): SourceText => ({ path, text: readFileSync(path, 'utf8') });
const alpha = read('tests/fixtures/library/failure-modes/alpha-mode.mdx');
const beta = read('tests/fixtures/library/failure-modes/beta-mode.mdx');
const sources = read('tests/fixtures/library/sources.yaml');
const roles = read('tests/fixtures/library/roles.yaml');
const measures = {
  metrics: read('tests/fixtures/library/metrics.yaml'),
  pulse: read('tests/fixtures/library/pulse.yaml'),
};

const SHIFT_LOG = `id: shift-log
title: Shift log
purpose: What went wrong on a shift, written down while it is fresh.
instructions: Write one row for each thing that got in the way, then hand the sheet to your team leader.
blocks:
  - type: fields
    fields: [Name, Shift]
  - type: table
    columns: [Time, What happened, Minutes lost]
    rows: 10
  - type: checklist
    items: [Sheet handed in, Totals added up]
  - type: lines
    label: The one fix that would help most
    lines: 2
`;
const worksheet = (text = SHIFT_LOG, path = 'content/worksheets/shift-log.yaml'): SourceText => ({
  path,
  text,
});

/** The alpha page with its first play naming `ids` as its worksheets. */
const alphaUsing = (ids: string): SourceText => ({
  ...alpha,
  text: alpha.text.replace(
    '    timeframe: One week\n',
    `    timeframe: One week\n    worksheets: [${ids}]\n`,
  ),
});

describe('a worksheet file', () => {
  test('parses into its blocks, each with exactly the fields of its type', () => {
    const { worksheet: parsed, problems } = parseWorksheet(worksheet());
    expect(problems).toEqual([]);
    expect(parsed?.blocks).toEqual([
      { type: 'fields', fields: ['Name', 'Shift'] },
      { type: 'table', columns: ['Time', 'What happened', 'Minutes lost'], rows: 10 },
      { type: 'checklist', items: ['Sheet handed in', 'Totals added up'] },
      { type: 'lines', label: 'The one fix that would help most', lines: 2 },
    ]);
  });

  test.each([
    [
      'a table without its rows',
      SHIFT_LOG.replace('    rows: 10\n', ''),
      /shift-log\.yaml:8:\d+ +blocks\.1\.rows: a table block needs columns and rows/,
    ],
    [
      'a field another type of block has',
      SHIFT_LOG.replace('    rows: 10\n', '    rows: 10\n    items: [Oops]\n'),
      /blocks\.1\.items: items is not part of a table block, which has columns and rows/,
    ],
    [
      'more rows than fit on a page',
      SHIFT_LOG.replace('rows: 10', 'rows: 40'),
      /shift-log\.yaml:10:\d+ +blocks\.1\.rows: at most 24 rows fit on one page/,
    ],
    [
      'a mistyped block type',
      SHIFT_LOG.replace('type: checklist', 'type: checklst'),
      /blocks\.2\.type: .*checklist/,
    ],
    [
      'an id that is not its file name',
      SHIFT_LOG.replace('id: shift-log', 'id: shift-book'),
      /shift-log\.yaml:1:\d+ +id: the id "shift-book" differs from the file name/,
    ],
  ])('with %s is refused at its line, saying what to write', (_, text, message) => {
    const { worksheet: parsed, problems } = parseWorksheet(worksheet(text));
    expect(parsed).toBeUndefined();
    expect(formatProblems(problems)).toMatch(message);
  });
});

describe('plays name their worksheets by id', () => {
  test('a known id builds a library whose play lists it', () => {
    const { library, problems } = buildLibrary([alphaUsing('shift-log'), beta], sources, roles, measures, [
      worksheet(),
    ]);
    expect(problems).toEqual([]);
    expect(findWorksheetUses(library!.modes, 'shift-log')).toEqual([
      { mode: { id: 'alpha-mode', title: 'Alpha mode' }, play: { id: 'first-play', title: 'First play' } },
    ]);
  });

  test('an unknown id fails at the line of the play, with "did you mean"', () => {
    const { library, problems } = buildLibrary([alphaUsing('shift-lgo'), beta], sources, roles, measures, [
      worksheet(),
    ]);
    expect(library).toBeUndefined();
    const line =
      alphaUsing('shift-lgo')
        .text.split('\n')
        .findIndex((l) => l.includes('worksheets: [shift-lgo]')) + 1;
    expect(formatProblems(problems)).toMatch(
      new RegExp(
        `alpha-mode\\.mdx:${line} +plays\\.0\\.worksheets\\.0: unknown worksheet "shift-lgo" \\(did you mean "shift-log"\\?\\)`,
      ),
    );
  });

  test('a worksheet listed twice on one play is refused', () => {
    const { problems } = buildLibrary([alphaUsing('shift-log, shift-log'), beta], sources, roles, measures, [
      worksheet(),
    ]);
    expect(formatProblems(problems)).toMatch(/a worksheet is listed twice; list each once/);
  });

  test('a worksheet no play uses is found, so check:content can report it', () => {
    const { library } = buildLibrary([alpha, beta], sources, roles, measures, [worksheet()]);
    expect(findUnusedWorksheets(library!).map((w) => w.id)).toEqual(['shift-log']);
  });
});

describe('the library’s worksheets', async () => {
  const library = await sharedLibrary();

  test('every worksheet is used by a play, and every play’s worksheet exists', () => {
    expect(library.worksheets.length).toBeGreaterThanOrEqual(9);
    expect(findUnusedWorksheets(library)).toEqual([]);
  });

  test.each([
    'friction-log',
    'idea-and-concern-log',
    'break-log',
    'surge-plan',
    'root-cause-review',
    'interview-scoring-sheet',
    'sample-quality-form',
    'staff-space-checklist',
    'growth-plan',
  ])('the worksheet the plays promise, %s, exists', (id) => {
    expect(library.worksheets.some((w) => w.id === id)).toBe(true);
  });
});

describe('a worksheet printed as Markdown', () => {
  test('has blanks after its labels, empty rows to write in and boxes to tick', () => {
    const markdown = documentToMarkdown(buildWorksheetDocument(parseWorksheet(worksheet()).worksheet!));
    expect(markdown).toContain('# Shift log');
    expect(markdown).toMatch(/^\*\*Name:\*\* \.{10,}$/m);
    expect(markdown).toContain('| Time | What happened | Minutes lost |');
    expect(markdown.match(/^\|\s+\|\s+\|\s+\|$/gm)).toHaveLength(10);
    expect(markdown).toContain('- ☐ Sheet handed in');
    expect(markdown.match(/^\.{20,}$/gm)).toHaveLength(2);
  });
});
