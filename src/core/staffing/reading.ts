/**
 * The result in plain words, as a manager would say it to their director. Shared by the CLI, the
 * page and the handbook, so every place explains the numbers the same way.
 */
import { firstGrowingHour, type BacklogDay } from './backlog.ts';
import { concurrencyOf, isPerDay, rosteredFor, type QueuePlan, type Staffing } from './queue-plan.ts';
import type { QueueChannel, QueueInputs } from '../../schemas/staffing.ts';
import {
  formatDuration,
  formatNumber,
  formatPercent,
  formatPeople as people,
} from '../../schemas/staffing-units.ts';

const NOUNS: Record<QueueChannel, { contact: string; contacts: string; working: string }> = {
  phone: { contact: 'call', contacts: 'calls', working: 'on the phones' },
  chat: { contact: 'chat', contacts: 'chats', working: 'answering chats' },
};

/** "600 calls an hour", "1,000 chats a day", "100 calls per 30 minutes": the volume as it was given. */
export function describeVolume(
  inputs: Pick<QueueInputs, 'channel' | 'contacts' | 'intervalSeconds'>,
): string {
  const noun = inputs.contacts === 1 ? NOUNS[inputs.channel].contact : NOUNS[inputs.channel].contacts;
  const per = isPerDay(inputs)
    ? 'a day'
    : inputs.intervalSeconds === 3600
      ? 'an hour'
      : `per ${formatDuration(inputs.intervalSeconds)}`;
  return `${formatNumber(inputs.contacts, 2)} ${noun} ${per}`;
}

/** "to answer 80% of calls within 20 seconds" or "to keep the average wait to 30 seconds". */
export function describeGoal(plan: QueuePlan): string {
  const { target, channel } = plan.inputs;
  return target.kind === 'service-level'
    ? `to answer ${formatPercent(target.share)} of ${NOUNS[channel].contacts} within ${formatDuration(target.seconds)}`
    : `to keep the average wait to ${formatDuration(target.seconds)} or less`;
}

/** One sentence per figure for a staffing level: service level, average wait, waiting, occupancy. */
export function describeFigures(plan: QueuePlan, staffing: Staffing): string {
  const { target, channel } = plan.inputs;
  const noun = NOUNS[channel].contacts;
  const perAgent = concurrencyOf(plan.inputs);
  if (!staffing.stable) {
    return `With ${people(staffing.agents)} the queue never clears: the ${noun} bring ${formatNumber(plan.traffic / perAgent, 1)} people's worth of work at every moment, so the queue grows for as long as they keep coming.`;
  }
  const wait = staffing.averageWaitSeconds ?? 0;
  const busy =
    perAgent > 1
      ? `and each person's ${perAgent} chat slots are in use ${formatPercent(staffing.occupancy)} of the time.`
      : `and each person spends ${formatPercent(staffing.occupancy)} of their time handling ${noun}.`;
  return [
    `With ${people(staffing.agents)}, ${formatPercent(staffing.serviceLevel, 1)} of ${noun} are answered within ${formatDuration(target.seconds)}`,
    `the average wait is ${formatDuration(wait)}`,
    `${formatPercent(staffing.probabilityOfWaiting)} of ${channel === 'chat' ? 'customers' : 'callers'} wait at all`,
    busy,
  ].join(', ');
}

/**
 * The reading of a queue plan: what it takes, then what it is like at that level, then the what-if,
 * then how a day's volume or chats held at once were counted.
 */
export function describeQueuePlan(plan: QueuePlan): string[] {
  const { needed, whatIf } = plan;
  const { shrinkage, maxOccupancy, channel } = plan.inputs;
  const perAgent = concurrencyOf(plan.inputs);
  const perDay = isPerDay(plan.inputs);
  const rota =
    shrinkage > 0
      ? `, ${people(needed.rostered)} on the rota once breaks, training and absence (${formatPercent(shrinkage)} of paid time) are counted`
      : '';
  const cap =
    plan.forTargetAlone !== undefined && maxOccupancy !== undefined
      ? ` (the target alone takes ${formatNumber(plan.forTargetAlone)}, but that keeps each person busy more than ${formatPercent(maxOccupancy)} of the time)`
      : '';
  const holding = perAgent > 1 ? ` ${perAgent} at a time` : '';
  const when = perDay ? ' in the busiest hour' : '';
  const lines = [
    `${capitalise(describeGoal(plan))} you need ${people(needed.agents)} ${NOUNS[channel].working}${holding}${when}${cap}${rota}.`,
    describeFigures(plan, needed),
  ];
  if (whatIf) {
    const gap = needed.agents - whatIf.agents;
    const verdict =
      gap > 0
        ? `That is ${formatNumber(gap)} short of what the target takes.`
        : gap < 0
          ? `That is ${formatNumber(-gap)} more than the target takes.`
          : 'That is exactly what the target takes.';
    lines.push(`${describeFigures(plan, whatIf)} ${verdict}`);
  }
  if (perDay) {
    lines.push(
      `The busiest hour brings ${formatNumber(plan.busiest.contacts, 1)} of the day's ${formatNumber(plan.inputs.contacts, 2)} ${NOUNS[channel].contacts} (${formatPercent(plan.inputs.busiestHourShare ?? 1, 1)}); every figure here is for that hour.`,
    );
  }
  if (perAgent > 1) {
    const capacity = perAgent / (plan.serviceSeconds / plan.inputs.handleSeconds);
    lines.push(
      `Holding ${perAgent} chats at a time makes each take about ${formatDuration(plan.serviceSeconds)} instead of ${formatDuration(plan.inputs.handleSeconds)}, so a person holding ${perAgent} does the work of ${formatNumber(capacity, 1)} people answering one at a time.`,
    );
  }
  return lines;
}

/** The reading of an email plan: people needed, then why and when the backlog grows. */
export function describeBacklog(
  needed: BacklogDay,
  standardMinutes: number,
  shrinkage: number,
  whatIf?: BacklogDay,
): string[] {
  const rota =
    shrinkage > 0
      ? `, ${people(rosteredFor(needed.people, shrinkage))} on the rota once breaks, training and absence are counted`
      : '';
  const lines = [
    `To answer every message within ${formatDuration(standardMinutes * 60)} of opening time you need ${people(needed.people)} on it${rota}. Each person clears about ${formatNumber(needed.capacityPerHour / needed.people, 1)} an hour.`,
    describeDay(needed),
  ];
  if (whatIf) lines.push(describeDay(whatIf, standardMinutes));
  return lines;
}

function describeDay(day: BacklogDay, standardMinutes?: number): string {
  const clears = `${people(day.people)} clear ${formatNumber(day.capacityPerHour, 1)} an hour`;
  const growing = firstGrowingHour(day);
  if (!day.stable) {
    const when = growing
      ? ` It grows fastest from ${growing.label}, when ${formatNumber(growing.arrivals)} arrive in the hour and ${clears}.`
      : '';
    return `With ${people(day.people)} more arrives each day than they can clear, so the backlog grows by about ${formatNumber(day.dailyGrowth)} every day and no standard holds.${when}`;
  }
  const longest = `the longest wait is ${formatDuration((day.longestWaitMinutes ?? 0) * 60)}`;
  const verdict =
    standardMinutes === undefined
      ? ''
      : (day.longestWaitMinutes ?? Infinity) <= standardMinutes + 1e-9
        ? ', within the standard'
        : ', longer than the standard';
  const night =
    day.overnight > 0
      ? ` The ${formatNumber(day.overnight)} that arrive overnight are waiting at opening.`
      : '';
  if (!growing)
    return `With ${people(day.people)} the queue never outgrows the team: ${longest}${verdict}.${night}`;
  return `With ${people(day.people)} the queue grows from ${growing.label}, when ${formatNumber(growing.arrivals)} arrive in the hour and ${clears}; ${longest}${verdict}.${night}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
