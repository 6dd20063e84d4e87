/**
 * Erlang C for calls and chats answered in turn: how a queue behaves with a given number of people.
 * Computed from the Erlang B recursion, B(n) = A·B(n-1) / (n + A·B(n-1)), which stays between 0 and 1
 * at every step, so it is exact and stable for thousands of agents where factorials overflow.
 */

/** The largest traffic (in erlangs, i.e. people busy all the time) we calculate for; beyond it, split the centre. */
export const MAX_TRAFFIC = 100_000;

/** What the queue looks like with `agents` people answering. */
export interface QueueFigures {
  agents: number;
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

/** Service level, average wait and occupancy from a known probability of waiting. */
export function figuresFromC(agents: number, traffic: number, waiting: number, handleSeconds: number, targetSeconds: number): QueueFigures {
  if (agents <= traffic) {
    return { agents, stable: false, probabilityOfWaiting: 1, serviceLevel: 0, averageWaitSeconds: null, occupancy: 1 };
  }
  const spare = agents - traffic;
  return {
    agents,
    stable: true,
    probabilityOfWaiting: waiting,
    serviceLevel: Math.max(0, 1 - waiting * Math.exp((-spare * targetSeconds) / handleSeconds)),
    averageWaitSeconds: (waiting * handleSeconds) / spare,
    occupancy: traffic / agents,
  };
}

/** Every figure for a given number of agents (the what-if). */
export function queueFigures(agents: number, traffic: number, handleSeconds: number, targetSeconds: number): QueueFigures {
  return figuresFromC(agents, traffic, erlangC(agents, traffic), handleSeconds, targetSeconds);
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
  if (goal.averageWaitSeconds !== undefined && (figures.averageWaitSeconds ?? Infinity) > goal.averageWaitSeconds + EPSILON) return false;
  if (goal.maxOccupancy !== undefined && figures.occupancy > goal.maxOccupancy + EPSILON) return false;
  return true;
}

/**
 * Figures for every staffing level from one agent up, computed in one pass of the recursion, until
 * `stop` says enough or `limit` agents are reached. Linear in the number of agents.
 */
export function* staffingLevels(traffic: number, handleSeconds: number, targetSeconds: number, limit: number): Generator<QueueFigures> {
  let blocking = 1;
  for (let n = 1; n <= limit; n++) {
    blocking = nextErlangB(blocking, n, traffic);
    yield figuresFromC(n, traffic, erlangCFromB(n, traffic, blocking), handleSeconds, targetSeconds);
  }
}

/**
 * The fewest agents that meet the goal, with their figures, or undefined when no staffing up to
 * `limit` can (a 100 % service level, or a zero average wait, is never reached by a real queue).
 */
export function agentsForGoal(traffic: number, handleSeconds: number, goal: QueueGoal, limit = agentLimit(traffic, goal)): QueueFigures | undefined {
  for (const figures of staffingLevels(traffic, handleSeconds, goal.targetSeconds, limit)) {
    if (meetsGoal(figures, goal)) return figures;
  }
  return undefined;
}

/** How far the search goes: far beyond any answer a reachable goal needs (about traffic + 40·√traffic). */
export function agentLimit(traffic: number, goal?: QueueGoal): number {
  const forOccupancy = goal?.maxOccupancy ? Math.ceil(traffic / goal.maxOccupancy) + 1 : 0;
  return Math.max(forOccupancy, Math.ceil(traffic + 40 * Math.sqrt(traffic) + 50));
}
