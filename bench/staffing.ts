/**
 * Staffing core benchmark: median time to find the agents needed (Erlang C, one pass of the Erlang B
 * recursion) at a few hundred to tens of thousands of agents, and to size an email team.
 *
 *   node --import tsx bench/staffing.ts
 */
import { peopleForStandard } from '../src/core/staffing/backlog.ts';
import { EXAMPLE_EMAIL } from '../src/core/staffing/example.ts';
import { planQueue } from '../src/core/staffing/queue-plan.ts';
import type { QueueInputs } from '../src/schemas/staffing.ts';

const RUNS = Number(process.env.RUNS ?? 21);
const base: QueueInputs = {
  channel: 'phone',
  contacts: 100,
  intervalSeconds: 1800,
  handleSeconds: 180,
  target: { kind: 'service-level', share: 0.8, seconds: 20 },
  shrinkage: 0.3,
};

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const rows = [10, 300, 3_000, 50_000].map((traffic) => {
  const inputs = { ...base, contacts: (traffic * base.intervalSeconds) / base.handleSeconds };
  const plan = planQueue(inputs);
  return {
    traffic,
    agentsNeeded: plan.needed.agents,
    serviceLevel: Math.round(plan.needed.serviceLevel * 1000) / 10,
    ms: Math.round(median(() => planQueue(inputs)) * 100) / 100,
  };
});
console.table(rows);
const email = peopleForStandard(EXAMPLE_EMAIL)!;
console.log(
  `email team for the example day: ${email.people} people, ${Math.round(median(() => peopleForStandard(EXAMPLE_EMAIL)) * 10) / 10} ms (median of ${RUNS})`,
);
