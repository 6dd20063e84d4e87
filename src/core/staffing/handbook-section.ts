/**
 * "What our standards take": the staffing a company's own standards imply, for the understaffing and
 * response-standards chapters of its handbook. A pure function from the config's staffing block to a
 * small data structure, and that structure as an mdast fragment both handbook renderers take as is.
 */
import type { Root, RootContent, TableRow } from 'mdast';
import type { StaffingConfig } from '../../schemas/staffing.ts';
import { peopleForStandard, type BacklogInputs } from './backlog.ts';
import { planQueue, queueInputsForChannel, rosteredFor } from './queue-plan.ts';
import { describeBacklog, describeQueuePlan } from './reading.ts';
import { MODE_TOOLS } from './tools.ts';
import { describeTarget, formatDuration, formatPercent } from './units.ts';

export interface StaffingSectionRow {
  channel: string;
  standard: string;
  volume: string;
  handleTime: string;
  /** People needed on the work at once. */
  onTheWork: number;
  /** People needed on the rota once shrinkage is counted. */
  rostered: number;
}

export interface StaffingSection {
  shrinkage: number;
  rows: StaffingSectionRow[];
  /** The first sentence of each channel's reading, in channel order. */
  readings: string[];
}

/** The staffing each channel's standard takes; channels whose standard no staffing can meet were refused by the schema. */
export function buildStaffingSection(staffing: StaffingConfig): StaffingSection {
  const rows: StaffingSectionRow[] = [];
  const readings: string[] = [];
  for (const channel of staffing.channels) {
    if (channel.kind === 'email') {
      const arrivals = Array.isArray(channel.arrivals) ? channel.arrivals : Array.from({ length: channel.hours.hours }, () => channel.arrivals as number);
      const inputs: BacklogInputs = { arrivals, outOfHours: channel.outOfHours, handleSeconds: channel.aht, openMinute: channel.hours.openMinute, standardMinutes: channel.standard / 60 };
      const day = peopleForStandard(inputs);
      if (!day) throw new Error(`buildStaffingSection: no staffing meets the ${channel.name} standard`);
      const total = arrivals.reduce((a, b) => a + b, 0) + channel.outOfHours;
      rows.push({ channel: channel.name, standard: `every message within ${formatDuration(channel.standard)}`, volume: `${Math.round(total).toLocaleString('en-GB')} a day`, handleTime: formatDuration(channel.aht), onTheWork: day.people, rostered: rosteredFor(day.people, staffing.shrinkage) });
      readings.push(`${channel.name}: ${describeBacklog(day, inputs.standardMinutes, staffing.shrinkage)[0]}`);
      continue;
    }
    const plan = planQueue(queueInputsForChannel(channel, staffing));
    rows.push({ channel: channel.name, standard: describeTarget(channel.target), volume: `${channel.contacts.toLocaleString('en-GB')} ${channel.per === 3600 ? 'an hour' : `per ${formatDuration(channel.per)}`}`, handleTime: formatDuration(channel.aht), onTheWork: plan.needed.agents, rostered: plan.needed.rostered });
    readings.push(`${channel.name}: ${describeQueuePlan(plan)[0]}`);
  }
  return { shrinkage: staffing.shrinkage, rows, readings };
}

/** The mode ids whose chapters carry the section. */
export const STAFFING_CHAPTERS: readonly string[] = Object.keys(MODE_TOOLS);

/** The section as mdast: a heading at body level (the renderers place it under the chapter title), a paragraph, a table, the readings. */
export function staffingSectionTree(section: StaffingSection): RootContent[] {
  const text = (value: string) => ({ type: 'text' as const, value });
  const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: [text(c)] })) });
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
        ...section.rows.map((r) => row([r.channel, r.standard, r.volume, r.handleTime, String(r.onTheWork), String(r.rostered)])),
      ],
    },
    { type: 'list', ordered: false, spread: false, children: section.readings.map((r) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(r)] }] })) },
  ];
}

/**
 * A chapter's body trees with the section appended, when the config gives staffing inputs and the
 * chapter is one of the two; both renderers already turn body mdast into HTML and Markdown.
 */
export function withStaffingSection<T extends Record<string, Root>>(body: T, modeId: string, staffing: StaffingConfig | undefined): T {
  if (!staffing || !STAFFING_CHAPTERS.includes(modeId)) return body;
  const section = staffingSectionTree(buildStaffingSection(staffing));
  return Object.fromEntries(Object.entries(body).map(([target, tree]) => [target, { ...tree, children: [...tree.children, ...structuredClone(section)] }])) as T;
}
