/**
 * Erlang C for calls and chats answered in turn: how a queue behaves with a given number of people.
 * Computed from the Erlang B recursion, B(n) = A·B(n-1) / (n + A·B(n-1)), which stays between 0 and 1
 * at every step, so it is exact and stable for thousands of agents where factorials overflow.
 */

import { STAFFING_LIMITS } from '../../schemas/staffing-limits.ts';

/** The largest traffic (in erlangs, i.e. people busy all the time) we calculate for; beyond it, split the centre. */
export const MAX_TRAFFIC = STAFFING_LIMITS.maxTraffic;
/** The largest team any search goes up to, so no input can make it run for long. */
export const MAX_AGENTS = STAFFING_LIMITS.maxPeople;

/** What the queue looks like with `agents` people answering. */
export interface QueueFigures {
  agents: number;
  /** Contacts the agents can hold at once: `agents` times the chats each holds (the servers of the queue). */
  servers: number;
  /** True when the agents can keep up on average; false means the queue grows all the time. */
  stable: boolean;
  /** Probability that a contact has to wait at all (0 to 1). */
  probabilityOfWaiting: number;
  /** Share of contacts answered within the target time (0 to 1). */
  serviceLevel: number;
  /** Average speed of answer in seconds over all contacts; null when the queue never settles. */
  averageWaitSeconds: number | null;
  /** Share of the agents' time spent handling contacts (0 to 1). */
  occupancy: number;
}

/** The Erlang B blocking probability for `agents` agents and `traffic` erlangs. */
export function erlangB(agents: number, traffic: number): number {
  let b = 1;
  for (let n = 1; n <= agents; n++) b = nextErlangB(b, n, traffic);
  return b;
}

/** One step of the Erlang B recursion: from B(n-1) to B(n). */
export function nextErlangB(previous: number, n: number, traffic: number): number {
  const top = traffic * previous;
  return top / (n + top);
}

/** Erlang C, the probability of waiting, from Erlang B: C = N·B / (N - A·(1 - B)); 1 when N ≤ A. */
export function erlangCFromB(agents: number, traffic: number, blocking: number): number {
  if (agents <= traffic) return 1;
  const c = (agents * blocking) / (agents - traffic * (1 - blocking));
  return Math.min(1, Math.max(0, c));
}

/** The probability of waiting for `agents` agents and `traffic` erlangs. */
export function erlangC(agents: number, traffic: number): number {
  return erlangCFromB(agents, traffic, erlangB(agents, traffic));
}

/**
 * Service level, average wait and occupancy from a known probability of waiting, for `servers` contacts
 * handled at once by `servers / perAgent` people (perAgent is 1 for calls, the concurrency for chats).
 */
export function figuresFromC(
  servers: number,
  traffic: number,
  waiting: number,
  handleSeconds: number,
  targetSeconds: number,
  perAgent = 1,
): QueueFigures {
  const agents = servers / perAgent;
  if (servers <= traffic) {
    return {
      agents,
      servers,
      stable: false,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      averageWaitSeconds: null,
      occupancy: 1,
    };
  }
  const spare = servers - traffic;
  return {
    agents,
    servers,
    stable: true,
    probabilityOfWaiting: waiting,
    serviceLevel: Math.max(0, 1 - waiting * Math.exp((-spare * targetSeconds) / handleSeconds)),
    averageWaitSeconds: (waiting * handleSeconds) / spare,
    occupancy: traffic / servers,
  };
}

/** Every figure for a given number of agents (the what-if), each holding `perAgent` contacts at once. */
export function queueFigures(
  agents: number,
  traffic: number,
  handleSeconds: number,
  targetSeconds: number,
  perAgent = 1,
): QueueFigures {
  const servers = agents * perAgent;
  return figuresFromC(servers, traffic, erlangC(servers, traffic), handleSeconds, targetSeconds, perAgent);
}

/** What a staffing level has to achieve; every field is optional and all given ones must hold. */
export interface QueueGoal {
  /** Answer at least this share (0 to 1) within `targetSeconds`. */
  serviceLevel?: number;
  targetSeconds: number;
  /** Keep the average wait at or under this many seconds. */
  averageWaitSeconds?: number;
  /** Keep occupancy at or under this share (0 to 1]. */
  maxOccupancy?: number;
}

/** True when the figures meet every part of the goal (with a hair of tolerance for rounding). */
export function meetsGoal(figures: QueueFigures, goal: QueueGoal): boolean {
  const EPSILON = 1e-9;
  if (!figures.stable) return false;
  if (goal.serviceLevel !== undefined && figures.serviceLevel + EPSILON < goal.serviceLevel) return false;
  if (
    goal.averageWaitSeconds !== undefined &&
    (figures.averageWaitSeconds ?? Infinity) > goal.averageWaitSeconds + EPSILON
  )
    return false;
  if (goal.maxOccupancy !== undefined && figures.occupancy > goal.maxOccupancy + EPSILON) return false;
  return true;
}

/**
 * Figures for every staffing level from one agent up to `limit` (never past MAX_AGENTS), computed in
 * one pass of the recursion over the servers. Linear in the number of servers.
 */
export function* staffingLevels(
  traffic: number,
  handleSeconds: number,
  targetSeconds: number,
  limit: number,
  perAgent = 1,
): Generator<QueueFigures> {
  const servers = Math.min(limit, MAX_AGENTS) * perAgent;
  let blocking = 1;
  for (let n = 1; n <= servers; n++) {
    blocking = nextErlangB(blocking, n, traffic);
    if (n % perAgent === 0)
      yield figuresFromC(
        n,
        traffic,
        erlangCFromB(n, traffic, blocking),
        handleSeconds,
        targetSeconds,
        perAgent,
      );
  }
}

/**
 * The fewest agents that meet the goal, with their figures, or undefined when no staffing up to
 * `limit` can (a 100 % service level, or a zero average wait, is never reached by a real queue).
 */
export function agentsForGoal(
  traffic: number,
  handleSeconds: number,
  goal: QueueGoal,
  limit = agentLimit(traffic, goal),
  perAgent = 1,
): QueueFigures | undefined {
  for (const figures of staffingLevels(traffic, handleSeconds, goal.targetSeconds, limit, perAgent)) {
    if (meetsGoal(figures, goal)) return figures;
  }
  return undefined;
}

/**
 * How far the search goes: far beyond any answer a reachable goal needs (about traffic + 40·√traffic
 * servers), and never past MAX_AGENTS people however small an occupancy cap asks for.
 */
export function agentLimit(traffic: number, goal?: QueueGoal, perAgent = 1): number {
  const forOccupancy = goal?.maxOccupancy ? traffic / goal.maxOccupancy + 1 : 0;
  const servers = Math.max(forOccupancy, traffic + 40 * Math.sqrt(traffic) + 50);
  return Math.min(MAX_AGENTS, Math.ceil(servers / perAgent));
}
