import { describe, expect, test } from 'vitest';
import { agentsForGoal, erlangB, erlangC, queueFigures } from '../../src/core/staffing/erlang.ts';
import { planQueue, queueProblems, rosteredFor } from '../../src/core/staffing/queue-plan.ts';
import type { QueueInputs } from '../../src/schemas/staffing.ts';
import { describeQueuePlan } from '../../src/core/staffing/reading.ts';
import { parseTarget, type Target } from '../../src/schemas/staffing-units.ts';
import { words } from '../../src/i18n/index.ts';

const target = (text: string): Target => {
  const parsed = parseTarget(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

/** The classic worked example: 100 calls in 30 minutes, 3-minute handle time, 80% within 20 seconds. */
const CLASSIC: QueueInputs = {
  channel: 'phone',
  contacts: 100,
  intervalSeconds: 1800,
  handleSeconds: 180,
  target: target('80/20s'),
  shrinkage: 0.3,
};

/** Erlang C written the textbook way, summed in log space: an independent check on the recursion. */
function erlangCBySummation(agents: number, traffic: number): number {
  const logTerms: number[] = [];
  let logTerm = 0; // log(A^0 / 0!)
  for (let k = 0; k < agents; k++) {
    logTerms.push(logTerm);
    logTerm += Math.log(traffic) - Math.log(k + 1);
  }
  const logLast = logTerm + Math.log(agents / (agents - traffic));
  const top = Math.max(logLast, ...logTerms);
  const sum = logTerms.reduce((s, t) => s + Math.exp(t - top), 0) + Math.exp(logLast - top);
  return Math.exp(logLast - top) / sum;
}

/** A small seeded generator (mulberry32), so the simulation gives the same answer every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A discrete-event simulation of the queue (random arrivals and handle times, answered in turn). */
function simulateCalls(
  agents: number,
  callsPerSecond: number,
  handleSeconds: number,
  withinSeconds: number,
  calls: number,
  seed: number,
) {
  const random = seeded(seed);
  const exponential = (mean: number) => -Math.log(1 - random()) * mean;
  const freeAt = new Array<number>(agents).fill(0);
  let clock = 0;
  let answeredInTime = 0;
  let waited = 0;
  let totalWait = 0;
  for (let i = 0; i < calls; i++) {
    clock += exponential(1 / callsPerSecond);
    let first = 0;
    for (let a = 1; a < agents; a++) if (freeAt[a]! < freeAt[first]!) first = a;
    const start = Math.max(clock, freeAt[first]!);
    const wait = start - clock;
    if (wait <= withinSeconds) answeredInTime++;
    if (wait > 0) waited++;
    totalWait += wait;
    freeAt[first] = start + exponential(handleSeconds);
  }
  return {
    serviceLevel: answeredInTime / calls,
    probabilityOfWaiting: waited / calls,
    averageWait: totalWait / calls,
  };
}

describe('Erlang C against published worked examples', () => {
  test('the classic example needs 14 agents, who answer about 89% within 20 seconds', () => {
    const plan = planQueue(CLASSIC);
    expect(plan.traffic).toBe(10);
    expect(plan.needed.agents).toBe(14);
    expect(plan.needed.probabilityOfWaiting).toBeCloseTo(0.1741, 4);
    expect(plan.needed.serviceLevel).toBeCloseTo(0.88835, 4);
    expect(plan.needed.averageWaitSeconds).toBeCloseTo(7.84, 2);
    expect(plan.needed.occupancy).toBeCloseTo(0.7143, 4);
  });

  // Published figures for the same example, one row per staffing level.
  test.each([
    [11, 0.6821, 0.3896],
    [12, 0.4494, 0.6402],
    [13, 0.2853, 0.7956],
    [14, 0.1741, 0.8884],
    [15, 0.102, 0.9415],
  ])(
    'with %i agents the chance of waiting is %f and the service level %f',
    (agents, waiting, serviceLevel) => {
      const figures = queueFigures(agents, 10, 180, 20);
      expect(figures.probabilityOfWaiting).toBeCloseTo(waiting, 3);
      expect(figures.serviceLevel).toBeCloseTo(serviceLevel, 3);
    },
  );

  test.each([
    // Textbook M/M/c results: M/M/2 at half load waits 1/3 of the time, M/M/3 with 2 erlangs 4/9.
    [2, 1, 1 / 3],
    [3, 2, 4 / 9],
    [1, 0.5, 0.5],
  ])('%i agents with %f erlangs wait with probability %f', (agents, traffic, expected) => {
    expect(erlangC(agents, traffic)).toBeCloseTo(expected, 12);
  });

  test('Erlang B matches the textbook value for 5 lines and 3 erlangs', () => {
    expect(erlangB(5, 3)).toBeCloseTo(0.1101, 4);
  });
});

describe('Erlang C against independent calculations', () => {
  test.each([
    [14, 10],
    [60, 50],
    [250, 240.5],
    [800, 760],
  ])('%i agents, %f erlangs: the recursion agrees with a log-space summation', (agents, traffic) => {
    expect(erlangC(agents, traffic)).toBeCloseTo(erlangCBySummation(agents, traffic), 10);
  });

  test('a seeded simulation of 200,000 calls agrees with the classic example at 14 agents', () => {
    const simulated = simulateCalls(14, 100 / 1800, 180, 20, 200_000, 20_240_601);
    const figures = queueFigures(14, 10, 180, 20);
    expect(Math.abs(simulated.serviceLevel - figures.serviceLevel)).toBeLessThan(0.015);
    expect(Math.abs(simulated.probabilityOfWaiting - figures.probabilityOfWaiting)).toBeLessThan(0.015);
    expect(Math.abs(simulated.averageWait - figures.averageWaitSeconds!)).toBeLessThan(1.5);
  });
});

describe('edge cases', () => {
  test.each([
    [10, 'exactly as many agents as the workload'],
    [7, 'fewer agents than the workload'],
  ])('with %i agents (%s) the queue never settles', (agents) => {
    const figures = queueFigures(agents, 10, 180, 20);
    expect(figures).toMatchObject({
      stable: false,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      averageWaitSeconds: null,
      occupancy: 1,
    });
  });

  test('a what-if below the workload is explained as a queue that never clears', () => {
    const plan = planQueue({ ...CLASSIC, agents: 9 });
    expect(plan.whatIf?.stable).toBe(false);
    expect(describeQueuePlan(words(), plan)[2]).toMatch(/never clears.*5 short/);
  });

  test('very large traffic stays exact and finite: 50,000 erlangs needs a little over 50,000 agents', () => {
    const plan = planQueue({ ...CLASSIC, contacts: 500_000 });
    expect(plan.traffic).toBe(50_000);
    expect(plan.needed.agents).toBeGreaterThan(50_000);
    expect(plan.needed.agents).toBeLessThan(50_100);
    expect(plan.needed.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(queueFigures(plan.needed.agents - 1, 50_000, 180, 20).serviceLevel).toBeLessThan(0.8);
  });

  test('a 0% target needs just enough agents to keep the queue from growing', () => {
    expect(planQueue({ ...CLASSIC, target: target('0/20s') }).needed.agents).toBe(11);
    expect(planQueue({ ...CLASSIC, contacts: 95, target: target('0/20s') }).needed.agents).toBe(10);
  });

  test('a 100% target and a zero average wait are refused as targets no staffing can meet', () => {
    expect(queueProblems({ ...CLASSIC, target: target('100/20s') })).toEqual([
      expect.objectContaining({ field: 'target', message: expect.stringMatching(/never be met/) }),
    ]);
    expect(queueProblems({ ...CLASSIC, target: { kind: 'average-wait', seconds: 0 } })).toEqual([
      expect.objectContaining({ field: 'target' }),
    ]);
  });

  test('within 0 seconds means answered without waiting at all', () => {
    const plan = planQueue({ ...CLASSIC, target: target('80/0s') });
    expect(plan.needed.probabilityOfWaiting).toBeLessThanOrEqual(0.2);
    expect(queueFigures(plan.needed.agents - 1, 10, 180, 0).probabilityOfWaiting).toBeGreaterThan(0.2);
  });

  test('an average-wait target picks the fewest agents whose average wait is within it', () => {
    const plan = planQueue({ ...CLASSIC, target: target('avg 20s') });
    expect(plan.needed.agents).toBe(13);
    expect(plan.needed.averageWaitSeconds).toBeLessThanOrEqual(20);
  });

  test('an occupancy cap adds agents when the target alone would keep people too busy', () => {
    expect(planQueue({ ...CLASSIC, maxOccupancy: 0.7 }).needed.agents).toBe(15);
    expect(planQueue({ ...CLASSIC, maxOccupancy: 0.9 }).needed.agents).toBe(14);
    expect(agentsForGoal(10, 180, { targetSeconds: 20, maxOccupancy: 0.01 })?.agents).toBe(1000);
  });

  test.each([
    [14, 0.3, 20],
    [14, 0, 14],
    [10, 0.35, 16],
    [7, 0.5, 14],
  ])('%i agents with %f shrinkage need %i on the rota', (agents, shrinkage, rostered) => {
    expect(rosteredFor(agents, shrinkage)).toBe(rostered);
  });

  test('a workload beyond what the calculator handles is refused, naming the volume', () => {
    expect(queueProblems({ ...CLASSIC, contacts: 10_000_000 })).toEqual([
      expect.objectContaining({ field: 'contacts' }),
    ]);
  });
});

describe('the reading', () => {
  test('says in plain words what the classic example takes', () => {
    const [first, second] = describeQueuePlan(words(), planQueue(CLASSIC));
    expect(first).toBe(
      'To answer 80% of calls within 20 seconds you need 14 people on the phones, 20 people on the rota once breaks, training and absence (30% of paid time) are counted.',
    );
    expect(second).toBe(
      'With 14 people, 88.8% of calls are answered within 20 seconds, the average wait is 7.8 seconds, 17% of callers wait at all, and each person spends 71% of their time handling calls.',
    );
  });
});
