import { describe, expect, test } from 'vitest';
import { backlogProblems, peopleForStandard, type BacklogInputs } from '../../src/core/staffing/backlog.ts';
import { queueChecks } from '../../src/core/staffing/checks.ts';
import {
  MAX_AGENTS,
  agentLimit,
  agentsForGoal,
  erlangC,
  queueFigures,
} from '../../src/core/staffing/erlang.ts';
import { STAFFING_LIMITS } from '../../src/schemas/staffing-limits.ts';
import { planQueue, queueProblems } from '../../src/core/staffing/queue-plan.ts';
import type { QueueInputs } from '../../src/schemas/staffing.ts';
import { describeQueuePlan } from '../../src/core/staffing/reading.ts';
import {
  formatDuration,
  formatNumber,
  formatPeople,
  formatPercent,
  parseInterval,
  parsePeople,
  parseTarget,
} from '../../src/schemas/staffing-units.ts';
import { words } from '../../src/i18n/index.ts';

const CLASSIC: QueueInputs = {
  channel: 'phone',
  contacts: 100,
  intervalSeconds: 1800,
  handleSeconds: 180,
  target: { kind: 'service-level', share: 0.8, seconds: 20 },
  shrinkage: 0.3,
};
const DAY = 86_400;

/** Runs `work` and fails if it takes longer than `ms`: a bounded computation answers at once. */
/**
 * The work finishes: what these inputs used to do was walk billions of staffing levels, minutes or
 * forever. The bound is far above the real time (milliseconds; bench/staffing.ts measures it), so a
 * busy test machine cannot fail it, while a search without its cap still would.
 */
function finishes<T>(work: () => T): T {
  const start = performance.now();
  const result = work();
  expect(performance.now() - start).toBeLessThan(10_000);
  return result;
}

describe('hostile calls-and-chats inputs are refused with the field, what is allowed and why, at once', () => {
  test.each<[string, Partial<QueueInputs>, string, RegExp]>([
    [
      'a one-in-a-million occupancy cap',
      { maxOccupancy: 0.000001 },
      'occupancy',
      /^must be at least 50%: a lower cap keeps people idle/,
    ],
    ['an occupancy cap of zero', { maxOccupancy: 0 }, 'occupancy', /at least 50%/],
    ['an occupancy cap of 49.9%', { maxOccupancy: 0.499 }, 'occupancy', /at least 50%/],
    [
      'shrinkage a hair under 100%',
      { shrinkage: 0.9999999999999999 },
      'shrinkage',
      /^must be 90% or less: at 90% each person on the work needs ten on the rota/,
    ],
    ['shrinkage of 100%', { shrinkage: 1 }, 'shrinkage', /nobody is ever available/],
    [
      'a handle time of a microsecond',
      { handleSeconds: 0.000001 },
      'aht',
      /^must be from 1 second to 8 hours/,
    ],
    ['a handle time of eleven days', { handleSeconds: 1e6 }, 'aht', /1 second to 8 hours/],
    [
      'an interval of one second',
      { intervalSeconds: 1 },
      'per',
      /^must be from 1 minute to 4 hours, or a whole day/,
    ],
    ['an interval of thirty thousand years', { intervalSeconds: 1e12 }, 'per', /1 minute to 4 hours/],
    ['an interval of eight hours', { intervalSeconds: 8 * 3600 }, 'per', /arrive evenly within the interval/],
    [
      'a billionth of a contact',
      { contacts: 1e-9 },
      'contacts',
      /^is too few to plan a queue for; give at least 0\.01/,
    ],
    ['not a number of contacts', { contacts: Number.NaN }, 'contacts', /too few/],
    [
      'a volume beyond any centre',
      { contacts: 1e300 },
      'contacts',
      /^is more work than this calculator handles: more than a billion people busy all the time, more than 100,000/,
    ],
    [
      'a large volume, with its figure',
      { contacts: 2_000_000 },
      'contacts',
      /200,000 people busy all the time/,
    ],
    [
      'a day without the busiest hour',
      { intervalSeconds: DAY },
      'busiestHour',
      /^is needed for a volume per day/,
    ],
    [
      'the busiest hour without a day',
      { busiestHourShare: 0.12 },
      'busiestHour',
      /only goes with a volume given per day/,
    ],
    [
      'a busiest hour under a 24th of the day',
      { intervalSeconds: DAY, busiestHourShare: 0.01 },
      'busiestHour',
      /^cannot be under 4\.2%: even when contacts arrive evenly round the clock/,
    ],
    [
      'seven chats at once',
      { channel: 'chat', concurrency: 7 },
      'concurrency',
      /^expected a whole number of chats at once from 1 to 6/,
    ],
    ['two and a half chats at once', { channel: 'chat', concurrency: 2.5 }, 'concurrency', /whole number/],
    [
      'calls handled two at once',
      { concurrency: 2 },
      'concurrency',
      /^only chats can be handled several at once/,
    ],
    [
      'a target time of thirty years',
      { target: { kind: 'service-level', share: 0.8, seconds: 1e9 } },
      'target',
      /24 hours or less/,
    ],
    [
      'an average wait of a millisecond',
      { target: { kind: 'average-wait', seconds: 0.001 } },
      'target',
      /^an average wait under 1 second can never be promised/,
    ],
    [
      'a what-if team of a billion',
      { agents: 1e9 },
      'agents',
      /^expected a whole number of people from 1 to 250,000, got more than a billion$/,
    ],
    ['a what-if team of half a person', { agents: 0.5 }, 'agents', /whole number of people/],
  ])('%s', (_name, change, field, message) => {
    const problems = finishes(() => queueProblems({ ...CLASSIC, ...change }));
    expect(problems).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(problems[0]!.message).not.toMatch(/\de[+-]?\d|--|Infinity|NaN/);
  });

  test('every problem is reported at once', () => {
    const problems = queueProblems({ ...CLASSIC, maxOccupancy: 0.01, shrinkage: 0.95, handleSeconds: 0.1 });
    expect(problems.map((p) => p.field).sort()).toEqual(['aht', 'occupancy', 'shrinkage']);
  });

  test('the largest inputs the bounds allow are worked out', () => {
    const largest: QueueInputs = {
      ...CLASSIC,
      channel: 'chat',
      concurrency: 6,
      contacts: 100_000 / (180 * 2.25),
      intervalSeconds: 1,
      handleSeconds: 180,
      maxOccupancy: 0.5,
      agents: MAX_AGENTS,
      target: { kind: 'service-level', share: 0.9999999, seconds: 0 },
    };
    largest.intervalSeconds = 60;
    largest.contacts = (100_000 * 60) / (180 * 2.25);
    const plan = finishes(() => {
      expect(queueProblems(largest)).toEqual([]);
      return planQueue(largest);
    });
    expect(plan.traffic).toBeCloseTo(100_000, 6);
    expect(plan.needed.agents).toBeLessThanOrEqual(MAX_AGENTS);
  });

  test('no search walks past the largest team, however small the occupancy cap it is asked for', () => {
    expect(agentLimit(100_000, { targetSeconds: 20, maxOccupancy: 1e-12 })).toBe(MAX_AGENTS);
    expect(
      finishes(() => agentsForGoal(10, 180, { targetSeconds: 20, maxOccupancy: 1e-12 })),
    ).toBeUndefined();
  });

  test('a workload the bounds allow always fits within the largest team, even at the lowest occupancy cap', () => {
    expect(STAFFING_LIMITS.maxTraffic / STAFFING_LIMITS.minOccupancy + 1).toBeLessThanOrEqual(MAX_AGENTS);
  });

  test('a goal no team up to the limit meets is "no team", not an exception', () => {
    expect(agentsForGoal(10, 180, { targetSeconds: 20, serviceLevel: 0.8 }, 12)).toBeUndefined();
    expect(agentsForGoal(10, 180, { targetSeconds: 20, serviceLevel: 0.8 }, 14)?.agents).toBe(14);
  });

  test('an unchecked plan is a bug in the caller, said as such', () => {
    expect(() => planQueue({ ...CLASSIC, contacts: 1e300 })).toThrow(/check queueProblems first/);
  });
});

describe('hostile email inputs', () => {
  const MONDAY: BacklogInputs = {
    arrivals: [10, 20, 30, 45, 50, 40, 30, 25, 20, 10],
    outOfHours: 40,
    handleSeconds: 360,
    openMinute: 480,
    standardMinutes: 240,
  };

  test.each<[string, Partial<BacklogInputs>, string, RegExp]>([
    ['an infinite overnight count', { outOfHours: Infinity }, 'outOfHours', /more than 10,000,000 messages/],
    ['a negative overnight count', { outOfHours: -1 }, 'outOfHours', /more than 10,000,000|count/],
    [
      'ten million messages in one hour',
      { arrivals: [10, 10_000_000] },
      'arrivals',
      /^has 10,000,000 messages in one hour, more than 1,000,000/,
    ],
    ['a handle time of a millisecond', { handleSeconds: 0.001 }, 'aht', /1 second to 8 hours/],
    [
      'a standard of one second',
      { standardMinutes: 1 / 60 },
      'standard',
      /at least 1 minute of opening time/,
    ],
    [
      'more work than the largest team can keep up with',
      { arrivals: [1_000_000, 1_000_000], handleSeconds: 8 * 3600 },
      'arrivals',
      /takes 8,000,\d{3} people working every opening hour just to keep up/,
    ],
  ])('%s', (_name, change, field, message) => {
    expect(finishes(() => backlogProblems({ ...MONDAY, ...change }))).toEqual([
      { field, message: expect.stringMatching(message) },
    ]);
  });

  test('a standard no team can meet is answered "no team" at once, not by walking every team size', () => {
    const heavy: BacklogInputs = {
      arrivals: Array(24).fill(40_000),
      outOfHours: 10_000_000,
      handleSeconds: 288,
      openMinute: 0,
      standardMinutes: 1,
    };
    expect(backlogProblems(heavy)).toEqual([]);
    expect(finishes(() => peopleForStandard(heavy))).toBeUndefined();
  });

  test('a workload past the limit returns at once even when nothing checked it first', () => {
    expect(finishes(() => peopleForStandard({ ...MONDAY, outOfHours: 1e300 }))).toBeUndefined();
    expect(finishes(() => peopleForStandard({ ...MONDAY, outOfHours: Infinity }))).toBeUndefined();
  });
});

describe('figures are whole people and plain numbers', () => {
  test.each([
    [126_100_789_566_373_890, 0, '126,100,789,566,373,890'],
    [1e21, 0, '1,000,000,000,000,000,000,000'],
    [250_000, 0, '250,000'],
    [12.345, 1, '12.3'],
    [0.005, 2, '0.01'],
    [-0.0001, 0, '0'],
    [1e-300, 2, '0'],
  ])('%f with %i decimals reads %s', (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });

  test.each([
    [1, '1 person'],
    [14, '14 people'],
    [250_000, '250,000 people'],
    [13.999999999, '14 people'],
  ])('%f people reads "%s"', (n, text) => {
    expect(formatPeople(n)).toBe(text);
  });

  test.each([
    [1e9, '277,777 hours 47 minutes'],
    [1e-7, '0 seconds'],
    [86_400, '24 hours'],
  ])('%f seconds reads "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  test('percentages keep their decimal where it matters and never read -0', () => {
    expect(formatPercent(0.79555, 1)).toBe('79.6%');
    expect(formatPercent(-1e-12, 1)).toBe('0%');
  });

  test('no reading of a large plan contains exponent notation or a fractional person', () => {
    const plan = planQueue({ ...CLASSIC, contacts: 500_000, shrinkage: 0.9, agents: 250_000 });
    const reading = describeQueuePlan(words(), plan).join(' ');
    expect(reading).not.toMatch(/\de[+-]?\d/);
    expect(reading).toMatch(/you need 50,\d{3} people on the phones, 50\d,\d{3} people on the rota/);
    expect(reading).toContain('With 250,000 people');
  });
});

describe('parsing what people write', () => {
  test.each([
    ['day', DAY],
    ['a day', DAY],
    ['per day', DAY],
    ['1d', DAY],
    ['24h', DAY],
    ['hour', 3600],
    ['30m', 1800],
  ])('the interval "%s" is %i seconds', (text, seconds) => {
    expect(parseInterval(text)).toEqual({ ok: true, value: seconds });
  });

  test.each(['', ' ', '\n', 'a\nb', 'avg', '80/', '/20s', '%', 'within'])(
    'the target %j is refused with a message, not an exception',
    (text) => {
      const parsed = parseTarget(text);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toMatch(/target|empty|duration|unit|percentage/);
    },
  );

  test.each([
    ['12', { ok: true, value: 12 }],
    ['1,200', { ok: true, value: 1200 }],
    ['0', { ok: false }],
    ['1e3', { ok: false }],
    ['0x10', { ok: false }],
    ['12.5', { ok: false }],
    ['250001', { ok: false }],
  ])('%s people', (text, expected) => {
    expect(parsePeople(text, MAX_AGENTS)).toMatchObject(expected);
  });
});

describe('a volume per day, planned from its busiest hour', () => {
  const perDay: QueueInputs = { ...CLASSIC, contacts: 2400, intervalSeconds: DAY, busiestHourShare: 0.12 };

  test('is worked out as the busiest hour: 12% of 2,400 a day is 288 in that hour', () => {
    const plan = planQueue(perDay);
    const hour = planQueue({ ...CLASSIC, contacts: 288, intervalSeconds: 3600 });
    expect(plan.busiest).toEqual({ contacts: 288, seconds: 3600 });
    expect(plan.traffic).toBeCloseTo(hour.traffic, 12);
    expect(plan.needed.agents).toBe(hour.needed.agents);
  });

  test('the reading says the figures are for the busiest hour', () => {
    const lines = describeQueuePlan(words(), planQueue(perDay));
    expect(lines[0]).toMatch(
      /^To answer 80% of calls within 20 seconds you need 18 people on the phones in the busiest hour, 26 people on the rota/,
    );
    expect(lines.at(-1)).toBe(
      "The busiest hour brings 288 of the day's 2,400 calls (12%); every figure here is for that hour.",
    );
  });

  test('an even day (one 24th in each hour) is allowed: the busiest hour is then any hour', () => {
    expect(queueProblems({ ...perDay, busiestHourShare: 1 / 24 })).toEqual([]);
  });
});

describe('chats held several at once', () => {
  const chat: QueueInputs = {
    ...CLASSIC,
    channel: 'chat',
    contacts: 60,
    intervalSeconds: 3600,
    handleSeconds: 480,
    target: { kind: 'service-level', share: 0.8, seconds: 60 },
  };

  test('one chat at a time is the same queue as calls', () => {
    const one = planQueue({ ...chat, concurrency: 1 });
    const calls = planQueue({ ...chat, channel: 'phone' });
    expect(one.needed).toEqual(calls.needed);
  });

  test('a person holding k chats is k places in the queue, each chat 25% longer per extra chat', () => {
    const plan = planQueue({ ...chat, concurrency: 2 });
    expect(plan.serviceSeconds).toBe(600);
    expect(plan.traffic).toBeCloseTo(10, 12);
    const people = plan.needed.agents;
    // Independently: Erlang C with 2 places per person and the stretched handle time.
    expect(plan.needed.probabilityOfWaiting).toBeCloseTo(erlangC(2 * people, 10), 12);
    expect(queueFigures(people - 1, 10, 600, 60, 2).serviceLevel).toBeLessThan(0.8);
    expect(plan.needed.servers).toBe(2 * people);
  });

  test('holding more chats at once takes fewer people, but never as few as the concurrency alone suggests', () => {
    const needed = [1, 2, 3, 4].map((k) => planQueue({ ...chat, concurrency: k }).needed.agents);
    expect(needed).toEqual([...needed].sort((a, b) => b - a));
    expect(needed[1]!).toBeGreaterThan(needed[0]! / 2);
  });

  test('the reading names the chats at a time, the slots in use and the stretched handle time', () => {
    const lines = describeQueuePlan(words(), planQueue({ ...chat, concurrency: 2 }));
    expect(lines[0]).toMatch(/you need \d+ people answering chats 2 at a time/);
    expect(lines[1]).toMatch(/each person's 2 chat slots are in use \d+% of the time\.$/);
    expect(lines.at(-1)).toBe(
      'Holding 2 chats at a time makes each take about 10 minutes instead of 8 minutes, so a person holding 2 does the work of 1.6 people answering one at a time.',
    );
  });
});

describe('inputs that look like a slip are questioned, not refused', () => {
  const checksFor = (change: Partial<QueueInputs>) =>
    queueChecks(words(), planQueue({ ...CLASSIC, ...change }));

  test.each<[string, Partial<QueueInputs>, string, string]>([
    [
      '600 calls "per hour" for a team of ten',
      { contacts: 600, intervalSeconds: 3600, agents: 10 },
      'contacts',
      '600 calls an hour is a lot for a team of 10: it takes 35 people. Did you mean per day?',
    ],
    [
      'a day far too busy for the team',
      { contacts: 20_000, intervalSeconds: DAY, busiestHourShare: 0.12, agents: 10 },
      'contacts',
      '20,000 calls a day is a lot for a team of 10: it takes 127 people. Please check the volume.',
    ],
    [
      'a team far larger than a day needs',
      { contacts: 300, intervalSeconds: DAY, busiestHourShare: 0.12, agents: 40 },
      'contacts',
      '300 calls a day takes only 4 people, far fewer than your team of 40. Did you mean per hour?',
    ],
    [
      'a handle time of 3 seconds',
      { handleSeconds: 3 },
      'aht',
      '3 seconds is very short for talk plus wrap-up: did you mean 3 minutes?',
    ],
    [
      'a handle time of 3 hours',
      { handleSeconds: 3 * 3600, contacts: 10 },
      'aht',
      '3 hours is very long for one contact: did you mean 180 seconds?',
    ],
    [
      'shrinkage of 60%',
      { shrinkage: 0.6 },
      'shrinkage',
      '60% of paid time away from contacts is unusually high; most teams lose 25% to 40%. Please check.',
    ],
    [
      'half the day in one hour',
      { contacts: 200, intervalSeconds: DAY, busiestHourShare: 0.6 },
      'busiestHour',
      '60% of a whole day in one hour is unusual; most teams see 10% to 15%. Please check.',
    ],
  ])('%s', (_name, change, field, message) => {
    expect(checksFor(change)).toEqual([{ field, message }]);
  });

  test.each<[string, Partial<QueueInputs>]>([
    ['the classic example with its 12 people', { agents: 12 }],
    ['a team a little short', { agents: 10 }],
    ['a team a little large', { agents: 30 }],
    ['typical shrinkage', { shrinkage: 0.35 }],
  ])('%s raises no question', (_name, change) => {
    expect(checksFor(change)).toEqual([]);
  });
});
