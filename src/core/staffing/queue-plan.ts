/**
 * Calls and chats: from volumes, handle time, a target, shrinkage and an optional occupancy cap, the
 * people needed on the work and on the rota, the same figures for a given number (the what-if), and
 * a service-level curve for the chart. Inputs are already parsed (see schemas/staffing-units.ts and the schema).
 */
import {
  MAX_AGENTS,
  MAX_TRAFFIC,
  agentLimit,
  agentsForGoal,
  queueFigures,
  staffingLevels,
  type QueueFigures,
  type QueueGoal,
} from './erlang.ts';
import type { QueueChannel, QueueInputs } from '../../schemas/staffing.ts';
import { CHAT_STRETCH_PER_EXTRA, STAFFING_LIMITS as L } from '../../schemas/staffing-limits.ts';
import type { Target } from '../../schemas/staffing-units.ts';
import { STAFFING_PROBLEMS as P } from '../../schemas/staffing-wording.ts';
import { INTERNAL_ERRORS } from '../internal-errors.ts';

/** A config's call or chat channel, with the shrinkage and occupancy cap all channels share, as queue inputs. */
export function queueInputsForChannel(
  channel: {
    kind: QueueChannel;
    contacts: number;
    per: number;
    busiestHour?: number | undefined;
    aht: number;
    concurrency?: number | undefined;
    target: Target;
  },
  shared: { shrinkage: number; occupancy?: number | undefined },
): QueueInputs {
  return {
    channel: channel.kind,
    contacts: channel.contacts,
    intervalSeconds: channel.per,
    ...(channel.busiestHour !== undefined ? { busiestHourShare: channel.busiestHour } : {}),
    handleSeconds: channel.aht,
    ...(channel.concurrency !== undefined ? { concurrency: channel.concurrency } : {}),
    target: channel.target,
    shrinkage: shared.shrinkage,
    ...(shared.occupancy !== undefined ? { maxOccupancy: shared.occupancy } : {}),
  };
}

export interface Staffing extends QueueFigures {
  /** People on the rota for `agents` to be available once shrinkage is counted. */
  rostered: number;
}

export interface QueuePlan {
  inputs: QueueInputs;
  /** The interval the figures are for: the one given, or the busiest hour of a day. */
  busiest: { contacts: number; seconds: number };
  /** How long each contact occupies one of a person's places: the handle time, stretched when chats are held several at once. */
  serviceSeconds: number;
  /** Workload in erlangs: how many contacts would be in hand all the time if nobody ever waited. */
  traffic: number;
  /** The fewest agents that meet the target (and occupancy cap). */
  needed: Staffing;
  /** The fewest that meet the target alone, when the occupancy cap asks for more. */
  forTargetAlone?: number;
  /** The figures for `inputs.agents`, when given. */
  whatIf?: Staffing;
  /** Service level for a range of agents around the answer, for the chart. */
  curve: { agents: number; serviceLevel: number }[];
}

export type QueueField =
  | 'contacts'
  | 'per'
  | 'busiestHour'
  | 'aht'
  | 'concurrency'
  | 'target'
  | 'shrinkage'
  | 'occupancy'
  | 'agents';

/** A problem with the inputs as a whole, named by the field to change. */
export interface InputProblem {
  field: QueueField;
  message: string;
}

/** The goal a target and occupancy cap set. */
export function goalOf(target: Target, maxOccupancy?: number): QueueGoal {
  return {
    targetSeconds: target.seconds,
    ...(target.kind === 'service-level'
      ? { serviceLevel: target.share }
      : { averageWaitSeconds: target.seconds }),
    ...(maxOccupancy !== undefined ? { maxOccupancy } : {}),
  };
}

/** True when the volume is a whole day's, planned from its busiest hour. */
export const isPerDay = (inputs: Pick<QueueInputs, 'intervalSeconds'>) =>
  inputs.intervalSeconds === L.daySeconds;

/** The interval the queue is worked out for: the one given, or a day's busiest hour. */
export function busiestInterval(
  inputs: Pick<QueueInputs, 'contacts' | 'intervalSeconds' | 'busiestHourShare'>,
): { contacts: number; seconds: number } {
  return isPerDay(inputs)
    ? { contacts: inputs.contacts * (inputs.busiestHourShare ?? 1), seconds: 3600 }
    : { contacts: inputs.contacts, seconds: inputs.intervalSeconds };
}

/** Chats held at once by one person; 1 for calls. */
export const concurrencyOf = (inputs: Pick<QueueInputs, 'channel' | 'concurrency'>) =>
  inputs.channel === 'chat' ? (inputs.concurrency ?? 1) : 1;

/**
 * How long one contact occupies one of a person's places. A person holding k chats at once is k
 * places, but splits their attention, so each chat takes longer: 25 % more for every extra chat.
 */
export function serviceSecondsOf(
  inputs: Pick<QueueInputs, 'channel' | 'concurrency' | 'handleSeconds'>,
): number {
  return inputs.handleSeconds * (1 + CHAT_STRETCH_PER_EXTRA * (concurrencyOf(inputs) - 1));
}

/** Workload in erlangs: contacts in hand at once, on average, in the busiest interval. */
export function trafficOf(
  inputs: Pick<
    QueueInputs,
    'channel' | 'contacts' | 'intervalSeconds' | 'busiestHourShare' | 'handleSeconds' | 'concurrency'
  >,
): number {
  const busiest = busiestInterval(inputs);
  return (busiest.contacts * serviceSecondsOf(inputs)) / busiest.seconds;
}

/** Rostered people for `agents` available after `shrinkage`. */
export function rosteredFor(agents: number, shrinkage: number): number {
  return Math.ceil(agents / (1 - shrinkage) - 1e-9);
}

/**
 * Every problem with the inputs, each naming the field to change: values out of the bounds in
 * limits.ts, fields that do not go together, a target no staffing can meet. When it returns none,
 * planQueue finds an answer, and no computation walks more than MAX_AGENTS teams.
 */
export function queueProblems(inputs: QueueInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (field: QueueField, message: string) => problems.push({ field, message });
  const { target } = inputs;
  const perDay = isPerDay(inputs);
  if (!(inputs.contacts >= L.minContacts)) add('contacts', P.tooFewContacts());
  if (
    !perDay &&
    !(inputs.intervalSeconds >= L.intervalSeconds.min && inputs.intervalSeconds <= L.intervalSeconds.max)
  )
    add('per', P.intervalOutOfRange());
  if (perDay && inputs.busiestHourShare === undefined) add('busiestHour', P.busiestHourMissing());
  if (!perDay && inputs.busiestHourShare !== undefined) add('busiestHour', P.busiestHourNeedsDay());
  if (
    perDay &&
    inputs.busiestHourShare !== undefined &&
    !(inputs.busiestHourShare >= L.minBusiestHourShare - 1e-9)
  )
    add('busiestHour', P.busiestHourTooSmall());
  if (!(inputs.handleSeconds >= L.handleSeconds.min && inputs.handleSeconds <= L.handleSeconds.max))
    add('aht', P.handleOutOfRange());
  if (inputs.concurrency !== undefined) {
    if (
      !Number.isInteger(inputs.concurrency) ||
      inputs.concurrency < 1 ||
      inputs.concurrency > L.maxConcurrency
    )
      add('concurrency', P.concurrencyNotWhole(String(inputs.concurrency)));
    else if (inputs.channel !== 'chat' && inputs.concurrency > 1) add('concurrency', P.concurrencyForCalls());
  }
  if (target.kind === 'service-level' && target.share >= 1) add('target', P.fullServiceLevel());
  if (target.kind === 'average-wait' && target.seconds <= 0) add('target', P.zeroAverageWait());
  else if (target.kind === 'average-wait' && target.seconds < L.minAverageWaitSeconds)
    add('target', P.averageWaitTooShort());
  if (target.seconds > L.maxTargetSeconds) add('target', P.targetTooLong());
  problems.push(...sharedProblems(inputs));
  if (
    inputs.agents !== undefined &&
    (!Number.isInteger(inputs.agents) || inputs.agents < 1 || inputs.agents > MAX_AGENTS)
  )
    add('agents', P.agentsOutOfRange(inputs.agents));
  if (problems.length > 0) return problems;
  const traffic = trafficOf(inputs);
  if (!(traffic <= MAX_TRAFFIC)) return [{ field: 'contacts', message: P.tooMuchWork(traffic) }];
  // The bounds above keep this search short; it is what tells an honest "no team can" from an answer.
  if (!findNeeded(inputs, traffic)) return [{ field: 'target', message: P.noTeamMeetsTarget() }];
  return [];
}

/** Problems with the inputs every channel shares (the email calculator and a config's block too). */
export function sharedProblems(inputs: {
  shrinkage: number;
  maxOccupancy?: number | undefined;
}): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!(inputs.shrinkage >= 0 && inputs.shrinkage <= L.maxShrinkage))
    problems.push({ field: 'shrinkage', message: P.shrinkageTooHigh() });
  if (inputs.maxOccupancy !== undefined && !(inputs.maxOccupancy >= L.minOccupancy))
    problems.push({ field: 'occupancy', message: P.occupancyTooLow() });
  return problems;
}

/** The fewest people meeting the target and the occupancy cap (unless told to leave it out), searched up to MAX_AGENTS. */
function findNeeded(inputs: QueueInputs, traffic: number, withCap = true): QueueFigures | undefined {
  const goal = goalOf(inputs.target, withCap ? inputs.maxOccupancy : undefined);
  const perAgent = concurrencyOf(inputs);
  return agentsForGoal(
    traffic,
    serviceSecondsOf(inputs),
    goal,
    agentLimit(traffic, goal, perAgent),
    perAgent,
  );
}

/** The plan for inputs queueProblems found nothing wrong with; anything else is a bug in the caller. */
export function planQueue(inputs: QueueInputs): QueuePlan {
  const traffic = trafficOf(inputs);
  const serviceSeconds = serviceSecondsOf(inputs);
  const perAgent = concurrencyOf(inputs);
  const found = traffic <= MAX_TRAFFIC ? findNeeded(inputs, traffic) : undefined;
  if (!found) throw new Error(INTERNAL_ERRORS.noStaffingMeetsTarget(inputs));
  const withRota = (figures: QueueFigures): Staffing => ({
    ...figures,
    rostered: rosteredFor(figures.agents, inputs.shrinkage),
  });
  const forTarget = inputs.maxOccupancy !== undefined ? findNeeded(inputs, traffic, false) : undefined;
  const whatIf =
    inputs.agents !== undefined
      ? withRota(queueFigures(inputs.agents, traffic, serviceSeconds, inputs.target.seconds, perAgent))
      : undefined;
  const capped = forTarget && forTarget.agents < found.agents ? { forTargetAlone: forTarget.agents } : {};
  return {
    inputs,
    busiest: busiestInterval(inputs),
    serviceSeconds,
    traffic,
    needed: withRota(found),
    ...capped,
    ...(whatIf ? { whatIf } : {}),
    curve: serviceLevelCurve(traffic, inputs, found.agents),
  };
}

/** The staffing levels worth a row in a table: three either side of the answer, and the what-if. */
export function levelsAround(plan: QueuePlan): QueueFigures[] {
  const { inputs, needed, whatIf } = plan;
  const agents = new Set<number>();
  for (let n = Math.max(1, needed.agents - 3); n <= needed.agents + 2; n++) agents.add(n);
  if (whatIf) agents.add(whatIf.agents);
  return [...agents]
    .sort((a, b) => a - b)
    .map((n) =>
      queueFigures(n, plan.traffic, plan.serviceSeconds, inputs.target.seconds, concurrencyOf(inputs)),
    );
}

/** Service level from the last agent count below the workload to a few past the answer (and the what-if). */
function serviceLevelCurve(traffic: number, inputs: QueueInputs, needed: number) {
  const last = Math.max(needed + 3, inputs.agents ?? 0);
  const first = Math.max(1, Math.min(Math.floor(traffic), inputs.agents ?? Infinity, needed - 6));
  const points: { agents: number; serviceLevel: number }[] = [];
  // Past about 40 points the bars get too thin to read; keep the ends and thin the middle.
  const step = Math.max(1, Math.ceil((last - first + 1) / 40));
  for (const figures of staffingLevels(
    traffic,
    serviceSecondsOf(inputs),
    inputs.target.seconds,
    last,
    concurrencyOf(inputs),
  )) {
    const inRange =
      figures.agents >= first &&
      ((figures.agents - first) % step === 0 ||
        figures.agents === needed ||
        figures.agents === inputs.agents ||
        figures.agents === last);
    if (inRange) points.push({ agents: figures.agents, serviceLevel: figures.serviceLevel });
  }
  return points;
}
