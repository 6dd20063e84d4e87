import type { CategoryNeed } from '../../core/assessment/score.ts';
import type { AssessWords } from '../../core/assessment/words.ts';
import { fill } from '../../i18n/format.ts';
import { svg } from './dom.ts';

const WIDTH = 360;
const ROW = 46;
const BAR = 16;
const VALUE_SPACE = 44;

/**
 * A horizontal bar chart of category needs as inline SVG: the label above each bar, the value at its
 * end, mirrored on a right-to-left page. Colours come from classes the page styles (screen and print); the chart is one image to a
 * screen reader, described in full by its <title> and <desc>.
 */
export function renderCategoryChart(
  w: AssessWords,
  categories: readonly CategoryNeed[],
  idPrefix: string,
): SVGElement {
  const height = categories.length * ROW + 4;
  const track = WIDTH - VALUE_SPACE;
  // Right to left, the chart is mirrored: bars grow from the right, labels start there, values end
  // on the left. The text anchors stay "start" and "end": SVG text follows the page's direction.
  const rtl = document.documentElement.dir === 'rtl';
  const at = (x: number, width = 0) => (rtl ? WIDTH - x - width : x);
  const words = w.assess.chart;
  const described = categories
    .map((c) =>
      c.need === undefined
        ? fill(w.locale, words.notAssessed, { category: c.label })
        : fill(w.locale, words.category, { category: c.label, need: Math.round(c.need) }),
    )
    .join(words.separator);
  return svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
      width: WIDTH,
      height,
    },
    svg('title', { id: `${idPrefix}-title` }, words.title),
    svg('desc', { id: `${idPrefix}-desc` }, fill(w.locale, words.description, { categories: described })),
    ...categories.map((c, i) => {
      const y = i * ROW;
      const need = c.need ?? 0;
      const width = Math.max(need > 0 ? 2 : 0, (need / 100) * track);
      return svg(
        'g',
        {},
        svg('text', { x: at(0), y: y + 14 }, c.label),
        svg('rect', {
          class: 'track',
          x: at(0.5, track - 1),
          y: y + 20.5,
          width: track - 1,
          height: BAR,
          rx: 3,
        }),
        svg('rect', {
          class: 'bar',
          x: at(0, width).toFixed(1),
          y: y + 20,
          width: width.toFixed(1),
          height: BAR + 1,
          rx: 3,
        }),
        svg(
          'text',
          { class: 'value', x: at(WIDTH), y: y + 33, 'text-anchor': 'end' },
          c.need === undefined ? w.assess.noFigure : String(Math.round(c.need)),
        ),
      );
    }),
  );
}
