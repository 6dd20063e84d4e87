/**
 * Calls and chats: from volumes, handle time, a target, shrinkage and an optional occupancy cap, the
 * people needed on the work and on the rota, the same figures for a given number (the what-if), and
 * a service-level curve for the chart. Inputs are already parsed (see units.ts and the schema).
 */
import { MAX_TRAFFIC, agentsForGoal, queueFigures, staffingLevels, type QueueFigures, type QueueGoal } from './erlang.ts';
import type { Target } from './units.ts';

export type QueueChannel = 'phone' | 'chat';

export interface QueueInputs {
  channel: QueueChannel;
  /** Contacts arriving per interval. */
  contacts: number;
  intervalSeconds: number;
  /** Average handle time in seconds: talk (or chat) plus wrap-up. */
  handleSeconds: number;
  target: Target;
  /** Share of paid time not spent on contacts: breaks, training, meetings, absence (0 to under 1). */
  shrinkage: number;
  /** Cap on the share of time agents spend handling contacts, e.g. 0.85. */
  maxOccupancy?: number;
  /** A number of agents to check (the what-if). */
  agents?: number;
}

/** A config's call or chat channel, with the shrinkage and occupancy cap all channels share, as queue inputs. */
export function queueInputsForChannel(
  channel: { kind: QueueChannel; contacts: number; per: number; aht: number; target: Target },
  shared: { shrinkage: number; occupancy?: number | undefined },
): QueueInputs {
  return {
    channel: channel.kind,
    contacts: channel.contacts,
    intervalSeconds: channel.per,
    handleSeconds: channel.aht,
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
  /** Workload in erlangs: how many people would be busy all the time if nobody ever waited. */
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

/** A problem with the inputs as a whole, named by the field to change. */
export interface InputProblem {
  field: 'contacts' | 'per' | 'aht' | 'target' | 'shrinkage' | 'occupancy' | 'agents';
  message: string;
}

/** The goal a target and occupancy cap set. */
export function goalOf(target: Target, maxOccupancy?: number): QueueGoal {
  return {
    targetSeconds: target.seconds,
    ...(target.kind === 'service-level' ? { serviceLevel: target.share } : { averageWaitSeconds: target.seconds }),
    ...(maxOccupancy !== undefined ? { maxOccupancy } : {}),
  };
}

/** Workload in erlangs. */
export function trafficOf(inputs: Pick<QueueInputs, 'contacts' | 'intervalSeconds' | 'handleSeconds'>): number {
  return (inputs.contacts * inputs.handleSeconds) / inputs.intervalSeconds;
}

/** Rostered people for `agents` available after `shrinkage`. */
export function rosteredFor(agents: number, shrinkage: number): number {
  return Math.ceil(agents / (1 - shrinkage) - 1e-9);
}

/** Checks that go beyond one field: a target no staffing can meet, a workload too large to calculate. */
export function queueProblems(inputs: QueueInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  const { target } = inputs;
  if (target.kind === 'service-level' && target.share >= 1) {
    problems.push({ field: 'target', message: 'a 100% service level can never be met: some contacts always arrive together and one of them waits. Use 99% or less, e.g. 80/20s' });
  }
  if (target.kind === 'average-wait' && target.seconds <= 0) problems.push({ field: 'target', message: 'an average wait of zero can never be met; give a time such as avg 30s' });
  if (inputs.shrinkage >= 1) problems.push({ field: 'shrinkage', message: 'must be under 100%: at 100% nobody is ever available. Typical shrinkage is 25% to 40%' });
  if (inputs.maxOccupancy !== undefined && inputs.maxOccupancy <= 0) problems.push({ field: 'occupancy', message: 'must be more than 0%; typical caps are 80% to 90%' });
  if (inputs.agents !== undefined && (!Number.isInteger(inputs.agents) || inputs.agents < 1 || inputs.agents > 1_000_000)) {
    problems.push({ field: 'agents', message: `expected a whole number of people from 1 to 1,000,000, got ${inputs.agents}` });
  }
  const traffic = trafficOf(inputs);
  if (traffic > MAX_TRAFFIC) {
    problems.push({ field: 'contacts', message: `that is ${Math.round(traffic).toLocaleString('en-GB')} people's worth of work at once, more than this calculator handles (${MAX_TRAFFIC.toLocaleString('en-GB')}); check the volume and the interval (--per)` });
  }
  return problems;
}

/** The plan for checked inputs; undefined `needed` cannot happen once queueProblems is empty. */
export function planQueue(inputs: QueueInputs): QueuePlan {
  const traffic = trafficOf(inputs);
  const goal = goalOf(inputs.target, inputs.maxOccupancy);
  const found = agentsForGoal(traffic, inputs.handleSeconds, goal);
  if (!found) throw new Error(`planQueue: no staffing meets ${JSON.stringify(goal)}; check queueProblems first`);
  const withRota = (figures: QueueFigures): Staffing => ({ ...figures, rostered: rosteredFor(figures.agents, inputs.shrinkage) });
  const forTarget = inputs.maxOccupancy !== undefined ? agentsForGoal(traffic, inputs.handleSeconds, goalOf(inputs.target)) : undefined;
  const whatIf = inputs.agents !== undefined ? withRota(queueFigures(inputs.agents, traffic, inputs.handleSeconds, inputs.target.seconds)) : undefined;
  const capped = forTarget && forTarget.agents < found.agents ? { forTargetAlone: forTarget.agents } : {};
  return { inputs, traffic, needed: withRota(found), ...capped, ...(whatIf ? { whatIf } : {}), curve: serviceLevelCurve(traffic, inputs, found.agents) };
}

/** The staffing levels worth a row in a table: three either side of the answer, and the what-if. */
export function levelsAround(plan: QueuePlan): QueueFigures[] {
  const { inputs, needed, whatIf } = plan;
  const agents = new Set<number>();
  for (let n = Math.max(1, needed.agents - 3); n <= needed.agents + 2; n++) agents.add(n);
  if (whatIf) agents.add(whatIf.agents);
  return [...agents].sort((a, b) => a - b).map((n) => queueFigures(n, plan.traffic, inputs.handleSeconds, inputs.target.seconds));
}

/** Service level from the last agent count below the workload to a few past the answer (and the what-if). */
function serviceLevelCurve(traffic: number, inputs: QueueInputs, needed: number) {
  const last = Math.max(needed + 3, inputs.agents ?? 0);
  const first = Math.max(1, Math.min(Math.floor(traffic), inputs.agents ?? Infinity, needed - 6));
  const points: { agents: number; serviceLevel: number }[] = [];
  // Past about 40 points the bars get too thin to read; keep the ends and thin the middle.
  const step = Math.max(1, Math.ceil((last - first + 1) / 40));
  for (const figures of staffingLevels(traffic, inputs.handleSeconds, inputs.target.seconds, last)) {
    const inRange = figures.agents >= first && ((figures.agents - first) % step === 0 || figures.agents === needed || figures.agents === inputs.agents || figures.agents === last);
    if (inRange) points.push({ agents: figures.agents, serviceLevel: figures.serviceLevel });
  }
  return points;
}
