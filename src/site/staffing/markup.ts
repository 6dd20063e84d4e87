/**
 * The calculator's results as HTML text, built from the core's figures. The page renders the worked
 * example with these functions at build time and the script re-renders with them in the browser, so
 * the two can never differ. Every value is escaped; only numbers and our own sentences go in.
 */
import type { BacklogDay } from '../../core/staffing/backlog.ts';
import { firstGrowingHour } from '../../core/staffing/backlog.ts';
import { levelsAround, rosteredFor, type QueuePlan } from '../../core/staffing/queue-plan.ts';
import { describeBacklog, describeQueuePlan } from '../../core/staffing/reading.ts';
import {
  formatDuration,
  formatNumber,
  formatPeople,
  formatPercent,
  round,
} from '../../schemas/staffing-units.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (value: string | number) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Attributes = Record<string, string | number | undefined>;

/** An element as text; children are markup already built by `tag`, strings passed through `text`. */
export function tag(name: string, attributes: Attributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(v!)}"`)
    .join('');
  return `<${name}${attrs}>${children.join('')}</${name}>`;
}
export const text = escape;

const paragraphs = (lines: string[]) => lines.map((line) => tag('p', {}, text(line))).join('');

function table(caption: string, head: string[], rows: { cells: string[]; mark?: string }[]): string {
  // Focusable because narrow screens scroll the table sideways, and keyboard users must be able to too.
  return tag(
    'table',
    { tabindex: 0 },
    tag('caption', {}, text(caption)),
    tag(
      'thead',
      {},
      tag(
        'tr',
        {},
        ...head.map((h, i) => tag('th', { scope: 'col', class: i > 0 ? 'num' : undefined }, text(h))),
      ),
    ),
    tag(
      'tbody',
      {},
      ...rows.map((row) =>
        tag(
          'tr',
          { class: row.mark ? 'marked' : undefined },
          ...row.cells.map((c, i) =>
            i === 0
              ? tag(
                  'th',
                  { scope: 'row' },
                  text(c),
                  row.mark ? ` ${tag('strong', {}, text(`(${row.mark})`))}` : '',
                )
              : tag('td', { class: 'num' }, text(c)),
          ),
        ),
      ),
    ),
  );
}

/** Reading, chart and table for calls or chats. */
export function renderQueueResult(plan: QueuePlan): string {
  const { inputs, needed, whatIf } = plan;
  const within = formatDuration(inputs.target.seconds);
  const rows = levelsAround(plan).map((f) => ({
    cells: [
      formatNumber(f.agents),
      f.stable ? formatPercent(f.serviceLevel, 1) : 'none: the queue grows',
      f.stable ? formatDuration(f.averageWaitSeconds ?? 0) : 'grows without end',
      formatPercent(f.probabilityOfWaiting),
      formatPercent(f.occupancy),
      formatNumber(rosteredFor(f.agents, inputs.shrinkage)),
    ],
    ...(f.agents === needed.agents
      ? { mark: 'needed' }
      : f.agents === whatIf?.agents
        ? { mark: 'what-if' }
        : {}),
  }));
  return [
    tag('div', { class: 'reading' }, paragraphs(describeQueuePlan(plan))),
    renderServiceLevelChart(plan),
    table(
      `What each staffing level gives, ${inputs.channel === 'chat' ? 'chats' : 'calls'} answered within ${within}`,
      ['People working', `Within ${within}`, 'Average wait', 'Wait at all', 'Occupancy', 'On the rota'],
      rows,
    ),
  ].join('');
}

const WIDTH = 360;
const HEIGHT = 200;
const PLOT = { left: 36, right: 8, top: 18, bottom: 34 };

/** Service level against people working, as bars, with the target as a dashed line; one image to a screen reader, described in full. */
export function renderServiceLevelChart(plan: QueuePlan): string {
  const { inputs, needed, whatIf } = plan;
  const points = plan.curve;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / points.length;
  const y = (share: number) => PLOT.top + plotHeight * (1 - share);
  const goal = inputs.target.kind === 'service-level' ? inputs.target.share : undefined;
  const within = formatDuration(inputs.target.seconds);
  // At most 12 labels, fewer when the numbers are wide (about 6.5 px a character at 11 px), so none overlap.
  const widest = formatNumber(points.at(-1)?.agents ?? 0).length;
  const labelEvery = Math.ceil(
    points.length / Math.min(12, Math.max(2, Math.floor(plotWidth / (widest * 6.5 + 6)))),
  );
  const bars = points.map((p, i) => {
    const x = PLOT.left + i * slot;
    const kind =
      p.agents === needed.agents ? 'bar needed' : p.agents === whatIf?.agents ? 'bar what-if' : 'bar';
    const label =
      i % labelEvery === 0 || p.agents === needed.agents
        ? tag(
            'text',
            { x: round(x + slot / 2, 1), y: HEIGHT - PLOT.bottom + 14, 'text-anchor': 'middle' },
            text(formatNumber(p.agents)),
          )
        : '';
    const marker = p.agents === needed.agents ? 'need' : p.agents === whatIf?.agents ? 'you' : '';
    const markerText = marker
      ? tag(
          'text',
          {
            class: 'marker',
            x: round(x + slot / 2, 1),
            y: round(Math.min(y(p.serviceLevel), y(0)) - 3, 1),
            'text-anchor': 'middle',
          },
          marker,
        )
      : '';
    return (
      tag('rect', {
        class: kind,
        x: round(x + slot * 0.15, 1),
        y: round(y(p.serviceLevel), 1),
        width: round(slot * 0.7, 1),
        height: round(plotHeight * p.serviceLevel, 1),
      }) +
      label +
      markerText
    );
  });
  const described = points
    .map((p) => `${formatPeople(p.agents)}: ${formatPercent(p.serviceLevel, 1)}`)
    .join('; ');
  return tag(
    'figure',
    { class: 'sl-chart' },
    tag(
      'svg',
      {
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        role: 'img',
        'aria-labelledby': 'sl-chart-title sl-chart-desc',
        width: WIDTH,
        height: HEIGHT,
      },
      tag('title', { id: 'sl-chart-title' }, text(`Share answered within ${within}, by people working`)),
      tag(
        'desc',
        { id: 'sl-chart-desc' },
        text(
          `${described}.${goal !== undefined ? ` Target ${formatPercent(goal)}; ${formatPeople(needed.agents)} reach it.` : ''}`,
        ),
      ),
      ...[0, 0.5, 1].map((s) =>
        tag('text', { x: PLOT.left - 4, y: round(y(s) + 4, 1), 'text-anchor': 'end' }, text(`${s * 100}%`)),
      ),
      tag('line', { class: 'axis', x1: PLOT.left, x2: WIDTH - PLOT.right, y1: y(0), y2: y(0) }),
      ...bars,
      goal !== undefined
        ? tag('line', {
            class: 'target',
            x1: PLOT.left,
            x2: WIDTH - PLOT.right,
            y1: round(y(goal), 1),
            y2: round(y(goal), 1),
          })
        : '',
      tag(
        'text',
        { x: PLOT.left + plotWidth / 2, y: HEIGHT - 4, 'text-anchor': 'middle' },
        text('people working'),
      ),
    ),
    tag(
      'figcaption',
      {},
      text(
        `Share of ${inputs.channel === 'chat' ? 'chats' : 'calls'} answered within ${within} for each number of people working. `,
      ),
      text(goal !== undefined ? `The dashed line is your ${formatPercent(goal)} target. ` : ''),
      text(
        `The bar marked “need” (${formatNumber(needed.agents)}) is the fewest people who meet your target${whatIf ? `; “you” (${formatNumber(whatIf.agents)}) is the people you have` : ''}.`,
      ),
    ),
  );
}

/** Reading and hour-by-hour table for email. */
export function renderBacklogResult(
  needed: BacklogDay,
  standardMinutes: number,
  shrinkage: number,
  whatIf?: BacklogDay,
): string {
  const shown = whatIf ?? needed;
  const growing = firstGrowingHour(shown);
  const rows = shown.hours.map((h, i) => ({
    cells: [
      h.label,
      formatNumber(h.arrivals),
      formatNumber(h.handled),
      formatNumber(h.backlog),
      h.backlog < 0.5 ? '-' : formatDuration(h.oldestWaitMinutes * 60),
    ],
    ...(h.arrivals - (i === 0 ? shown.overnight : 0) > shown.capacityPerHour + 1e-9
      ? { mark: h === growing ? 'queue grows' : 'more than cleared' }
      : {}),
  }));
  const caption = `Hour by hour with ${formatPeople(shown.people)} (${formatNumber(shown.capacityPerHour, 1)} cleared an hour at most)${shown.stable ? '' : ', first day'}`;
  return [
    tag('div', { class: 'reading' }, paragraphs(describeBacklog(needed, standardMinutes, shrinkage, whatIf))),
    table(caption, ['Hour starting', 'Arriving', 'Cleared', 'Waiting at end', 'Oldest waiting'], rows),
  ].join('');
}

/** Problems with the inputs, as a list naming each field. */
export function renderProblems(problems: { label: string; message: string }[]): string {
  return tag(
    'ul',
    {},
    ...problems.map((p) => tag('li', {}, tag('strong', {}, text(`${p.label}: `)), text(p.message))),
  );
}
