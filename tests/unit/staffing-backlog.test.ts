import { describe, expect, test } from 'vitest';
import {
  firstGrowingHour,
  peopleForStandard,
  simulateBacklog,
  type BacklogInputs,
} from '../../src/core/staffing/backlog.ts';
import { describeBacklog } from '../../src/core/staffing/reading.ts';
import { words } from '../../src/i18n/index.ts';

/** A day of email: quiet at 08:00, a peak from 11:00, 40 messages waiting from the night; 6 minutes each. */
const MONDAY: BacklogInputs = {
  arrivals: [10, 20, 30, 45, 50, 40, 30, 25, 20, 10],
  outOfHours: 40,
  handleSeconds: 360,
  openMinute: 480,
  standardMinutes: 240,
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the email backlog hour by hour', () => {
  test('every message is handled once: what arrives in a settled day is what is cleared', () => {
    const day = simulateBacklog(MONDAY, 4);
    expect(day.stable).toBe(true);
    expect(sum(day.hours.map((h) => h.arrivals))).toBe(320);
    expect(sum(day.hours.map((h) => h.handled))).toBeCloseTo(
      320 - day.openingBacklog + day.hours.at(-1)!.backlog,
      6,
    );
    expect(day.capacityPerHour).toBe(40);
  });

  test('the backlog starts to grow at 11:00, when 45 arrive and four people clear 40', () => {
    const day = simulateBacklog(MONDAY, 4);
    expect(firstGrowingHour(day)?.label).toBe('11:00');
    expect(day.hours.find((h) => h.label === '11:00')).toMatchObject({ arrivals: 45 });
    expect(day.hours.find((h) => h.label === '11:00')!.backlog).toBeCloseTo(5, 6);
    expect(day.hours.find((h) => h.label === '12:00')!.backlog).toBeCloseTo(15, 6);
  });

  test('when more arrives in a day than the team can clear, the backlog grows every day and no wait is promised', () => {
    const day = simulateBacklog(MONDAY, 3);
    expect(day).toMatchObject({ stable: false, dailyGrowth: 20, longestWaitMinutes: null });
    expect(describeBacklog(words(), peopleForStandard(MONDAY)!, 240, 0, day)[2]).toMatch(
      /grows by about 20 every day/,
    );
  });

  test('the longest wait is worked out by hand for a steady trickle: one person, 10 an hour, 6 minutes each', () => {
    const day = simulateBacklog(
      { arrivals: [10, 10, 10], outOfHours: 0, handleSeconds: 360, openMinute: 540, standardMinutes: 60 },
      1,
    );
    expect(day.hours.map((h) => Math.round(h.backlog))).toEqual([0, 0, 0]);
    expect(day.longestWaitMinutes).toBeLessThanOrEqual(1);
  });

  test('overnight messages wait from opening: 60 of them, 2 people at 6 minutes each take 3 hours', () => {
    const day = simulateBacklog(
      { arrivals: [0, 0, 0, 0], outOfHours: 60, handleSeconds: 360, openMinute: 480, standardMinutes: 240 },
      2,
    );
    expect(day.longestWaitMinutes).toBeCloseTo(180, 6);
    expect(day.hours.map((h) => Math.round(h.backlog))).toEqual([40, 20, 0, 0]);
  });

  test('the people needed are the fewest who keep every message within the standard', () => {
    for (const standardMinutes of [30, 60, 240, 600]) {
      const needed = peopleForStandard({ ...MONDAY, standardMinutes })!;
      expect(needed.longestWaitMinutes).toBeLessThanOrEqual(standardMinutes);
      const fewer = simulateBacklog({ ...MONDAY, standardMinutes }, needed.people - 1);
      expect(fewer.longestWaitMinutes === null || fewer.longestWaitMinutes > standardMinutes).toBe(true);
    }
  });

  test('the reading names the people, the rota and the hour the queue grows', () => {
    const needed = peopleForStandard(MONDAY)!;
    const [first, second] = describeBacklog(words(), needed, 240, 0.3);
    expect(first).toBe(
      'To answer every message within 4 hours of opening time you need 4 people on it, 6 people on the rota once breaks, training and absence are counted. Each person clears about 10 an hour.',
    );
    expect(second).toBe(
      'With 4 people the queue grows from 11:00, when 45 arrive in the hour and 4 people clear 40 an hour; the longest wait is 1 hour. The 40 that arrive overnight are waiting at opening.',
    );
  });
});
