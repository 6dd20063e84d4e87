/**
 * "What our standards take" laid out: the staffing section a handbook chapter carries (see
 * src/core/staffing/handbook-section.ts), as an mdast fragment both handbook renderers take as is.
 */
import type { PhrasingContent, RootContent, TableRow } from 'mdast';
import type { StaffingSection } from '../core/staffing/handbook-section.ts';
import { STAFFING_LIMITS } from '../schemas/staffing-limits.ts';
import { formatNumber, formatPercent } from '../schemas/staffing-units.ts';
import { user } from './nodes.ts';

/** A table cell for a count of people, or "more than 250,000" when out of reach. */
const peopleCell = (n: number | null) =>
  n === null ? `more than ${formatNumber(STAFFING_LIMITS.maxPeople)}` : formatNumber(n);

/** The section as mdast: a heading at body level (the renderers place it under the chapter title), a paragraph, a table, the readings. */
export function staffingSectionTree(section: StaffingSection): RootContent[] {
  const text = (value: string) => ({ type: 'text' as const, value });
  const row = (cells: (string | PhrasingContent)[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: [typeof c === 'string' ? text(c) : c] })),
  });
  return [
    { type: 'heading', depth: 2, children: [text('What our standards take')] },
    {
      type: 'paragraph',
      children: [
        text(
          `These are the people our own standards need at the volumes we see, worked out with the queueing arithmetic contact centres plan with. "On the rota" adds ${formatPercent(section.shrinkage)} for breaks, training, meetings and absence. When fewer people are on shift than this, the standard is a promise we cannot keep, however hard the team works.`,
        ),
      ],
    },
    {
      type: 'table',
      children: [
        row(['Channel', 'Our standard', 'Volume', 'Handle time', 'On the work at once', 'On the rota']),
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
        children: [{ type: 'paragraph', children: [user(r.channel), text(`: ${r.text}`)] }],
      })),
    },
  ];
}
