/**
 * "What our standards take": the staffing a company's own standards imply, for the understaffing and
 * response-standards chapters of its handbook. A pure function from the config's staffing block to a
 * small data structure, and that structure as an mdast fragment both handbook renderers take as is.
 */
import { emailInputs, type StaffingConfig } from '../../schemas/staffing.ts';
import { peopleForStandard } from './backlog.ts';
import { STAFFING_LIMITS } from '../../schemas/staffing-limits.ts';
import { round } from '../../schemas/staffing-units.ts';
import { fill } from '../../i18n/format.ts';
import type { Dictionary } from '../../i18n/index.ts';
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
import { writeDuration, writeNumber, writePeople, writePercent, writeTarget } from './wording.ts';

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
 * The staffing each channel's standard takes, in the dictionary's words. The schema refuses inputs no
 * team can meet where that is cheap to know; a standard that still turns out out of reach is said so
 * in the row, never thrown.
 */
export function buildStaffingSection(w: Dictionary, staffing: StaffingConfig): StaffingSection {
  const H = w.staffing.handbook;
  const outOfReach = (standard: string) =>
    fill(w.locale, H.outOfReach, { people: writePeople(w, STAFFING_LIMITS.maxPeople), standard });
  const rows: StaffingSectionRow[] = [];
  const readings: StaffingSection['readings'] = [];
  for (const channel of staffing.channels) {
    if (channel.kind === 'email') {
      const inputs = emailInputs(channel);
      const day = peopleForStandard(inputs);
      const total = inputs.arrivals.reduce((a, b) => a + b, 0) + channel.outOfHours;
      const standard = fill(w.locale, H.emailStandard, { time: writeDuration(w, channel.standard) });
      const row = {
        channel: channel.name,
        standard,
        volume: fill(w.locale, H.emailVolume, { n: writeNumber(w, total) }),
        handleTime: writeDuration(w, channel.aht),
      };
      rows.push({
        ...row,
        onTheWork: day ? day.people : null,
        rostered: day ? rosteredFor(day.people, staffing.shrinkage) : null,
      });
      readings.push({
        channel: channel.name,
        text: day
          ? describeBacklog(w, day, inputs.standardMinutes, staffing.shrinkage)[0]!
          : outOfReach(standard),
      });
      continue;
    }
    const inputs = queueInputsForChannel(channel, staffing);
    const perAgent = concurrencyOf(inputs);
    const contacts = round(channel.contacts, 2);
    const volume = isPerDay(inputs)
      ? fill(w.locale, H.dayVolume, {
          n: contacts,
          share: writePercent(w, inputs.busiestHourShare ?? 1, 1),
        })
      : channel.per === 3600
        ? fill(w.locale, H.hourVolume, { n: contacts })
        : fill(w.locale, H.intervalVolume, { n: contacts, interval: writeDuration(w, channel.per) });
    const handleTime =
      perAgent > 1
        ? fill(w.locale, H.handleHeld, { handle: writeDuration(w, channel.aht), n: perAgent })
        : writeDuration(w, channel.aht);
    const row = { channel: channel.name, standard: writeTarget(w, channel.target), volume, handleTime };
    const plan = queueProblems(inputs).length === 0 ? planQueue(inputs) : undefined;
    rows.push({
      ...row,
      onTheWork: plan ? plan.needed.agents : null,
      rostered: plan ? plan.needed.rostered : null,
    });
    readings.push({
      channel: channel.name,
      text: plan ? describeQueuePlan(w, plan)[0]! : outOfReach(row.standard),
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
function sectionFor(w: Dictionary, staffing: StaffingConfig): StaffingSection {
  const key = `${w.language} ${JSON.stringify(staffing)}`;
  if (lastSection?.key !== key) lastSection = { key, section: buildStaffingSection(w, staffing) };
  return lastSection.section;
}

/** The section a chapter carries: for the two chapters it belongs in, when the config gives staffing inputs. */
export function staffingSectionFor(
  w: Dictionary,
  modeId: string,
  staffing: StaffingConfig | undefined,
): StaffingSection | undefined {
  return staffing && STAFFING_CHAPTERS.includes(modeId) ? sectionFor(w, staffing) : undefined;
}
