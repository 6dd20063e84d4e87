/**
 * "What our standards take": the staffing a company's own standards imply, for the understaffing and
 * response-standards chapters of its handbook. A pure function from the config's staffing block to a
 * small data structure, and that structure as an mdast fragment both handbook renderers take as is.
 */
import { emailInputs, type StaffingConfig } from '../../schemas/staffing.ts';
import { peopleForStandard } from './backlog.ts';
import { STAFFING_LIMITS } from '../../schemas/staffing-limits.ts';
import {
  concurrencyOf,
  isPerDay,
  planQueue,
  queueInputsForChannel,
  queueProblems,
  rosteredFor,
} from './queue-plan.ts';
import { describeBacklog, describeQueuePlan } from './reading.ts';
import { MODE_TOOLS } from './tools.ts';
import { describeTarget, formatDuration, formatNumber, formatPercent } from '../../schemas/staffing-units.ts';
import { STAFFING_READINGS } from '../../schemas/staffing-wording.ts';

export interface StaffingSectionRow {
  channel: string;
  standard: string;
  volume: string;
  handleTime: string;
  /** People needed on the work at once; null when no team up to the calculators' limit meets the standard. */
  onTheWork: number | null;
  /** People needed on the rota once shrinkage is counted; null as above. */
  rostered: number | null;
}

export interface StaffingSection {
  shrinkage: number;
  rows: StaffingSectionRow[];
  /** The first sentence of each channel's reading, in channel order, with the channel it is about. */
  readings: { channel: string; text: string }[];
}

/**
 * The staffing each channel's standard takes. The schema refuses inputs no team can meet where that is
 * cheap to know; a standard that still turns out out of reach is said so in the row, never thrown.
 */
export function buildStaffingSection(staffing: StaffingConfig): StaffingSection {
  const rows: StaffingSectionRow[] = [];
  const readings: StaffingSection['readings'] = [];
  for (const channel of staffing.channels) {
    if (channel.kind === 'email') {
      const inputs = emailInputs(channel);
      const day = peopleForStandard(inputs);
      const total = inputs.arrivals.reduce((a, b) => a + b, 0) + channel.outOfHours;
      const standard = `every message within ${formatDuration(channel.standard)}`;
      const row = {
        channel: channel.name,
        standard,
        volume: `${formatNumber(total)} a day`,
        handleTime: formatDuration(channel.aht),
      };
      rows.push({
        ...row,
        onTheWork: day ? day.people : null,
        rostered: day ? rosteredFor(day.people, staffing.shrinkage) : null,
      });
      readings.push({
        channel: channel.name,
        text: day
          ? describeBacklog(day, inputs.standardMinutes, staffing.shrinkage)[0]!
          : STAFFING_READINGS.outOfReach(standard),
      });
      continue;
    }
    const inputs = queueInputsForChannel(channel, staffing);
    const perAgent = concurrencyOf(inputs);
    const volume = isPerDay(inputs)
      ? `${formatNumber(channel.contacts, 2)} a day, ${formatPercent(inputs.busiestHourShare ?? 1, 1)} in the busiest hour`
      : `${formatNumber(channel.contacts, 2)} ${channel.per === 3600 ? 'an hour' : `per ${formatDuration(channel.per)}`}`;
    const handleTime =
      perAgent > 1 ? `${formatDuration(channel.aht)}, ${perAgent} at a time` : formatDuration(channel.aht);
    const row = { channel: channel.name, standard: describeTarget(channel.target), volume, handleTime };
    const plan = queueProblems(inputs).length === 0 ? planQueue(inputs) : undefined;
    rows.push({
      ...row,
      onTheWork: plan ? plan.needed.agents : null,
      rostered: plan ? plan.needed.rostered : null,
    });
    readings.push({
      channel: channel.name,
      text: plan ? describeQueuePlan(plan)[0]! : STAFFING_READINGS.outOfReach(row.standard),
    });
  }
  return { shrinkage: staffing.shrinkage, rows, readings };
}

/** The mode ids whose chapters carry the section. */
export const STAFFING_CHAPTERS: readonly string[] = Object.keys(MODE_TOOLS);

let lastSection: { key: string; section: StaffingSection } | undefined;

/**
 * The section for a staffing block, worked out once for the two chapters that carry it (and once per
 * edit in the browser builder, which rebuilds the handbook as the form changes): an email channel's
 * simulation takes tens of milliseconds.
 */
function sectionFor(staffing: StaffingConfig): StaffingSection {
  const key = JSON.stringify(staffing);
  if (lastSection?.key !== key) lastSection = { key, section: buildStaffingSection(staffing) };
  return lastSection.section;
}

/** The section a chapter carries: for the two chapters it belongs in, when the config gives staffing inputs. */
export function staffingSectionFor(
  modeId: string,
  staffing: StaffingConfig | undefined,
): StaffingSection | undefined {
  return staffing && STAFFING_CHAPTERS.includes(modeId) ? sectionFor(staffing) : undefined;
}
