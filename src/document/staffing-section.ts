/**
 * "What our standards take" laid out: the staffing section a handbook chapter carries (see
 * src/core/staffing/handbook-section.ts), as an mdast fragment both handbook renderers take as is.
 */
import type { PhrasingContent, RootContent, TableRow } from 'mdast';
import type { StaffingSection } from '../core/staffing/handbook-section.ts';
import { writeNumber, writePercent } from '../core/staffing/wording.ts';
import { fill, fillParts } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/index.ts';
import { STAFFING_LIMITS } from '../schemas/staffing-limits.ts';
import { user } from './nodes.ts';

/** The section as mdast: a heading at body level (the renderers place it under the chapter title), a paragraph, a table, the readings. */
export function staffingSectionTree(w: Dictionary, section: StaffingSection): RootContent[] {
  const H = w.staffing.handbook;
  const text = (value: string) => ({ type: 'text' as const, value });
  /** A table cell for a count of people, or "more than 250,000" when out of reach. */
  const peopleCell = (n: number | null) =>
    n === null
      ? fill(w.locale, H.outOfReachCell, { n: writeNumber(w, STAFFING_LIMITS.maxPeople) })
      : writeNumber(w, n);
  const row = (cells: (string | PhrasingContent)[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: [typeof c === 'string' ? text(c) : c] })),
  });
  return [
    { type: 'heading', depth: 2, children: [text(H.heading)] },
    {
      type: 'paragraph',
      children: [text(fill(w.locale, H.intro, { shrinkage: writePercent(w, section.shrinkage) }))],
    },
    {
      type: 'table',
      children: [
        row(H.columns),
        ...section.rows.map((r) =>
          row([
            user(r.channel),
            r.standard,
            r.volume,
            r.handleTime,
            peopleCell(r.onTheWork),
            peopleCell(r.rostered),
          ]),
        ),
      ],
    },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: section.readings.map((r) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: joinText(
              fillParts<PhrasingContent>(w.locale, H.reading, { channel: user(r.channel), reading: r.text }),
            ).map((part) => (typeof part === 'string' ? text(part) : part)),
          },
        ],
      })),
    },
  ];
}

/** Runs of words as one text each, as a sentence is written: the Markdown writer escapes a text as a whole. */
function joinText<T>(parts: (string | T)[]): (string | T)[] {
  return parts.reduce<(string | T)[]>((joined, part) => {
    const last = joined.length - 1;
    if (typeof part === 'string' && typeof joined[last] === 'string') joined[last] += part;
    else joined.push(part);
    return joined;
  }, []);
}
