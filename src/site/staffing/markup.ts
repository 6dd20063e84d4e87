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
  writeDuration,
  writeNumber,
  writePeople,
  writePercent,
  type StaffingWords,
} from '../../core/staffing/wording.ts';
import { fill } from '../../i18n/format.ts';
import { round } from '../../schemas/staffing-units.ts';

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

function table(
  w: StaffingWords,
  caption: string,
  head: string[],
  rows: { cells: string[]; mark?: string }[],
): string {
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
                  row.mark
                    ? ` ${tag('strong', {}, text(fill(w.locale, w.staffing.result.marked, { mark: row.mark })))}`
                    : '',
                )
              : tag('td', { class: 'num' }, text(c)),
          ),
        ),
      ),
    ),
  );
}

/** Reading, chart and table for calls or chats. */
export function renderQueueResult(w: StaffingWords, plan: QueuePlan): string {
  const R = w.staffing.result;
  const { inputs, needed, whatIf } = plan;
  const within = writeDuration(w, inputs.target.seconds);
  const rows = levelsAround(plan).map((f) => ({
    cells: [
      writeNumber(w, f.agents),
      f.stable ? writePercent(w, f.serviceLevel, 1) : R.queueGrows,
      f.stable ? writeDuration(w, f.averageWaitSeconds ?? 0) : R.waitGrows,
      writePercent(w, f.probabilityOfWaiting),
      writePercent(w, f.occupancy),
      writeNumber(w, rosteredFor(f.agents, inputs.shrinkage)),
    ],
    ...(f.agents === needed.agents
      ? { mark: R.needed }
      : f.agents === whatIf?.agents
        ? { mark: R.whatIf }
        : {}),
  }));
  const C = R.levelsColumns;
  return [
    tag('div', { class: 'reading' }, paragraphs(describeQueuePlan(w, plan))),
    renderServiceLevelChart(w, plan),
    table(
      w,
      fill(w.locale, R.levelsCaption, {
        contacts: w.staffing.channels[inputs.channel].contacts,
        time: within,
      }),
      [C.people, fill(w.locale, C.within, { time: within }), C.wait, C.waitAtAll, C.occupancy, C.rota],
      rows,
    ),
  ].join('');
}

const WIDTH = 360;
const HEIGHT = 200;
const PLOT = { left: 36, right: 8, top: 18, bottom: 34 };

/** Service level against people working, as bars, with the target as a dashed line; one image to a screen reader, described in full. */
export function renderServiceLevelChart(w: StaffingWords, plan: QueuePlan): string {
  const R = w.staffing.result;
  const { inputs, needed, whatIf } = plan;
  const points = plan.curve;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / points.length;
  const y = (share: number) => PLOT.top + plotHeight * (1 - share);
  const goal = inputs.target.kind === 'service-level' ? inputs.target.share : undefined;
  const within = writeDuration(w, inputs.target.seconds);
  // At most 12 labels, fewer when the numbers are wide (about 6.5 px a character at 11 px), so none overlap.
  const widest = writeNumber(w, points.at(-1)?.agents ?? 0).length;
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
            text(writeNumber(w, p.agents)),
          )
        : '';
    const marker = p.agents === needed.agents ? R.chartNeed : p.agents === whatIf?.agents ? R.chartYou : '';
    const markerText = marker
      ? tag(
          'text',
          {
            class: 'marker',
            x: round(x + slot / 2, 1),
            y: round(Math.min(y(p.serviceLevel), y(0)) - 3, 1),
            'text-anchor': 'middle',
          },
          text(marker),
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
    .map((p) =>
      fill(w.locale, R.chartPoint, {
        people: writePeople(w, p.agents),
        level: writePercent(w, p.serviceLevel, 1),
      }),
    )
    .join(R.chartPointSeparator);
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
      tag('title', { id: 'sl-chart-title' }, text(fill(w.locale, R.chartTitle, { time: within }))),
      tag(
        'desc',
        { id: 'sl-chart-desc' },
        text(
          fill(w.locale, R.chartDescription, {
            points: described,
            target:
              goal !== undefined
                ? fill(w.locale, R.chartTarget, {
                    level: writePercent(w, goal),
                    people: writePeople(w, needed.agents),
                  })
                : '',
          }),
        ),
      ),
      ...[0, 0.5, 1].map((s) =>
        tag(
          'text',
          { x: PLOT.left - 4, y: round(y(s) + 4, 1), 'text-anchor': 'end' },
          text(writePercent(w, s)),
        ),
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
        text(R.chartAxis),
      ),
    ),
    tag(
      'figcaption',
      {},
      text(
        fill(w.locale, R.captionShare, {
          contacts: w.staffing.channels[inputs.channel].contacts,
          time: within,
        }),
      ),
      text(goal !== undefined ? fill(w.locale, R.captionTarget, { level: writePercent(w, goal) }) : ''),
      text(
        fill(w.locale, R.captionNeed, {
          n: writeNumber(w, needed.agents),
          you: whatIf ? fill(w.locale, R.captionYou, { n: writeNumber(w, whatIf.agents) }) : '',
        }),
      ),
    ),
  );
}

/** Reading and hour-by-hour table for email. */
export function renderBacklogResult(
  w: StaffingWords,
  needed: BacklogDay,
  standardMinutes: number,
  shrinkage: number,
  whatIf?: BacklogDay,
): string {
  const R = w.staffing.result;
  const shown = whatIf ?? needed;
  const growing = firstGrowingHour(shown);
  const rows = shown.hours.map((h, i) => ({
    cells: [
      h.label,
      writeNumber(w, h.arrivals),
      writeNumber(w, h.handled),
      writeNumber(w, h.backlog),
      h.backlog < 0.5 ? R.nothingWaiting : writeDuration(w, h.oldestWaitMinutes * 60),
    ],
    ...(h.arrivals - (i === 0 ? shown.overnight : 0) > shown.capacityPerHour + 1e-9
      ? { mark: h === growing ? R.growsHere : R.moreThanCleared }
      : {}),
  }));
  const caption = fill(w.locale, R.hoursCaption, {
    people: writePeople(w, shown.people),
    rate: writeNumber(w, shown.capacityPerHour, 1),
    firstDay: shown.stable ? '' : R.firstDay,
  });
  const C = R.hoursColumns;
  return [
    tag(
      'div',
      { class: 'reading' },
      paragraphs(describeBacklog(w, needed, standardMinutes, shrinkage, whatIf)),
    ),
    table(w, caption, [C.hour, C.arriving, C.cleared, C.waiting, C.oldest], rows),
  ].join('');
}

/** Problems with the inputs, as a list naming each field. */
export function renderProblems(w: StaffingWords, problems: { label: string; message: string }[]): string {
  return tag(
    'ul',
    {},
    ...problems.map((p) =>
      tag(
        'li',
        {},
        tag('strong', {}, text(`${fill(w.locale, w.labelled, { label: p.label })} `)),
        text(p.message),
      ),
    ),
  );
}
