import type { CategoryNeed } from '../../core/assessment/score.ts';
import { svg } from './dom.ts';

const WIDTH = 360;
const ROW = 46;
const BAR = 16;
const VALUE_SPACE = 44;

/**
 * A horizontal bar chart of category needs as inline SVG: the label above each bar, the value at its
 * end. Colours come from classes the page styles (screen and print); the chart is one image to a
 * screen reader, described in full by its <title> and <desc>.
 */
export function renderCategoryChart(categories: readonly CategoryNeed[], idPrefix: string): SVGElement {
  const height = categories.length * ROW + 4;
  const track = WIDTH - VALUE_SPACE;
  const described = categories
    .map((c) => `${c.label}: ${c.need === undefined ? 'not assessed' : `${Math.round(c.need)} of 100`}`)
    .join('; ');
  return svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
      width: WIDTH,
      height,
    },
    svg('title', { id: `${idPrefix}-title` }, 'Need by category, 0 to 100'),
    svg('desc', { id: `${idPrefix}-desc` }, `${described}.`),
    ...categories.map((c, i) => {
      const y = i * ROW;
      const need = c.need ?? 0;
      const width = Math.max(need > 0 ? 2 : 0, (need / 100) * track);
      return svg(
        'g',
        {},
        svg('text', { x: 0, y: y + 14 }, c.label),
        svg('rect', { class: 'track', x: 0.5, y: y + 20.5, width: track - 1, height: BAR, rx: 3 }),
        svg('rect', { class: 'bar', x: 0, y: y + 20, width: width.toFixed(1), height: BAR + 1, rx: 3 }),
        svg(
          'text',
          { class: 'value', x: WIDTH, y: y + 33, 'text-anchor': 'end' },
          c.need === undefined ? '–' : String(Math.round(c.need)),
        ),
      );
    }),
  );
}
