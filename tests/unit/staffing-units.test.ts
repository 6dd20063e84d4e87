import { describe, expect, test } from 'vitest';
import {
  formatDuration,
  parseCount,
  parseCountList,
  parseDuration,
  parseOpeningHours,
  parsePercent,
  parseTarget,
} from '../../src/schemas/staffing-units.ts';

describe('durations', () => {
  test.each([
    ['30m', 1800],
    ['3m', 180],
    ['180s', 180],
    ['3 min', 180],
    ['1h30m', 5400],
    ['1h 30m', 5400],
    ['2.5 hours', 9000],
    ['45 seconds', 45],
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: seconds });
  });

  test.each([
    ['3', /no unit; write it as 3s, 3m or 3h/],
    ['3 fortnights', /unknown unit "fortnights"/],
    ['-3m', /more than zero/],
    ['0s', /more than zero/],
    ['soon', /not a duration/],
  ])('%s is refused: %s', (text, message) => {
    const parsed = parseDuration(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  test.each([
    [7.84, '7.8 seconds'],
    [20, '20 seconds'],
    [123, '2 minutes 3 seconds'],
    [180, '3 minutes'],
    [5400, '1 hour 30 minutes'],
    [14_400, '4 hours'],
  ])('%f seconds reads as "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('percentages and counts', () => {
  test.each([
    ['30%', 0.3],
    ['30', 0.3],
    ['0%', 0],
    ['100%', 1],
    ['0.5%', 0.005],
  ])('%s is a share of %f', (text, share) => {
    expect(parsePercent(text)).toEqual({ ok: true, value: share });
  });

  test.each([
    ['120%', /over 100%/],
    ['-5%', /negative/],
    ['0.3', /ambiguous; write 30%/],
    ['lots', /not a percentage/],
  ])('%s is refused', (text, message) => {
    const parsed = parsePercent(text);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  test.each([
    ['100', 100],
    ['12.5', 12.5],
    ['1,200', 1200],
  ])('%s contacts is %f', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value });
  });

  test.each(['0', '-4', 'many'])('%s contacts is refused', (text) => {
    expect(parseCount(text).ok).toBe(false);
  });

  test('hourly arrivals are read from a list with spaces or commas, and quiet hours may be zero', () => {
    expect(parseCountList('12, 18 30,0')).toEqual({ ok: true, value: [12, 18, 30, 0] });
    expect(parseCountList('12, x').ok).toBe(false);
    expect(parseCountList(Array.from({ length: 25 }, () => '1')).ok).toBe(false);
  });

  test.each([
    ['08:00-18:00', { openMinute: 480, hours: 10 }],
    ['8-18', { openMinute: 480, hours: 10 }],
    ['00:00-24:00', { openMinute: 0, hours: 24 }],
  ])('opening hours %s', (text, value) => {
    expect(parseOpeningHours(text)).toEqual({ ok: true, value });
  });

  test.each(['18:00-08:00', '08:00-17:30', '25:00-26:00', 'all day'])(
    'opening hours %s are refused',
    (text) => {
      expect(parseOpeningHours(text).ok).toBe(false);
    },
  );
});

describe('targets', () => {
  test.each([
    ['80/20s', { kind: 'service-level', share: 0.8, seconds: 20 }],
    ['80%/20s', { kind: 'service-level', share: 0.8, seconds: 20 }],
    ['80% in 20s', { kind: 'service-level', share: 0.8, seconds: 20 }],
    ['90 within 1 minute', { kind: 'service-level', share: 0.9, seconds: 60 }],
    ['80/0s', { kind: 'service-level', share: 0.8, seconds: 0 }],
    ['avg 30s', { kind: 'average-wait', seconds: 30 }],
    ['30s', { kind: 'average-wait', seconds: 30 }],
  ])('%s', (text, value) => {
    expect(parseTarget(text)).toEqual({ ok: true, value });
  });

  test.each([
    ['80', /not a target/],
    ['120/20s', /over 100%/],
    ['80/20x', /unknown unit "x"/],
    ['80/20', /no unit/],
  ])('%s is refused', (text, message) => {
    const parsed = parseTarget(text);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});
