/**
 * The sentences the staffing calculators print about an input they refuse, with what is allowed and
 * why. Whole sentences with the figures as parameters, shared by the CLI, the site and the handbook
 * config, so none of them names a command-line option or a form label: each place adds its own field
 * name. They are validation messages, one family with the parsers' own in staffing-units.ts, and
 * stay beside them in English until the parsers take a dictionary too; everything else the
 * calculators print (readings, checks, results) is in the dictionary (src/i18n/, `staffing`).
 */
import { STAFFING_LIMITS as L, concurrencyNotWhole } from './staffing-limits.ts';
import { formatDuration, formatNumber, formatPercent } from './staffing-units.ts';

const people = (n: number) => `${formatNumber(n)} ${n === 1 ? 'person' : 'people'}`;
/** A figure that may be absurdly large: grouped digits up to a billion, then words. */
const amount = (n: number) => (n < 1e9 ? formatNumber(n) : 'more than a billion');

export const STAFFING_PROBLEMS = {
  /** A form field left blank. */
  empty: () => 'is empty',
  tooFewContacts: () =>
    `is too few to plan a queue for; give at least ${formatNumber(L.minContacts, 2)} (one contact in a hundred intervals)`,
  intervalOutOfRange: () =>
    `must be from ${formatDuration(L.intervalSeconds.min)} to ${formatDuration(L.intervalSeconds.max)}, or a whole day: contacts are taken to arrive evenly within the interval, which only holds for short ones. For a day's volume, give the busiest hour's share too`,
  busiestHourNeedsDay: () =>
    "is the busiest hour's share of a day's contacts, so it only goes with a volume given per day",
  busiestHourMissing: () =>
    "is needed for a volume per day: a day's contacts never arrive evenly, so give the share of them that arrive in the busiest hour, e.g. 12%",
  busiestHourTooSmall: () =>
    `cannot be under ${formatPercent(L.minBusiestHourShare, 1)}: even when contacts arrive evenly round the clock, the busiest hour holds one twenty-fourth of the day. Typical is 10% to 15%`,
  handleOutOfRange: () =>
    `must be from ${formatDuration(L.handleSeconds.min)} to ${formatDuration(L.handleSeconds.max)}: the time one contact takes, talk (or typing) plus wrap-up`,
  concurrencyNotWhole,
  concurrencyForCalls: () =>
    'only chats can be handled several at once; set the channel to chat, or leave this out for calls',
  fullServiceLevel: () =>
    'a 100% service level can never be met: some contacts always arrive together and one of them waits. Use 99% or less, e.g. 80% within 20 seconds',
  zeroAverageWait: () => 'an average wait of zero can never be met; give a time such as 30 seconds',
  averageWaitTooShort: () =>
    `an average wait under ${formatDuration(L.minAverageWaitSeconds)} can never be promised; give ${formatDuration(L.minAverageWaitSeconds)} or more, e.g. 30 seconds`,
  targetTooLong: () =>
    `the time in a target must be ${formatDuration(L.maxTargetSeconds)} or less; a longer wait is not a queue any more`,
  shrinkageTooHigh: () =>
    `must be ${formatPercent(L.maxShrinkage)} or less: at ${formatPercent(L.maxShrinkage)} each person on the work needs ten on the rota, and at 100% nobody is ever available. Typical shrinkage is 25% to 40%`,
  occupancyTooLow: () =>
    `must be at least ${formatPercent(L.minOccupancy)}: a lower cap keeps people idle more than half their time, which no team plans for. Typical caps are 80% to 90%`,
  agentsOutOfRange: (n: number) =>
    `expected a whole number of people from 1 to ${formatNumber(L.maxPeople)}, got ${amount(n)}`,
  tooMuchWork: (traffic: number) =>
    `is more work than this calculator handles: ${amount(traffic)} people busy all the time, more than ${formatNumber(L.maxTraffic)}; check the volume, the interval and the handle time`,
  noTeamMeetsTarget: () =>
    `no team of up to ${people(L.maxPeople)} can meet this target with this workload; give a lower share or a longer time`,
  /** Email. */
  arrivalsTooMany: (n: number) =>
    `has ${amount(n)} messages in one hour, more than ${formatNumber(L.maxArrivalsPerHour)}; check the numbers`,
  arrivalsPerHour: (given: number, hours: number) =>
    `has ${given} numbers but ${hours} opening hours; give one number per opening hour`,
  overnightNotCount: (text: string) => `expected a count of 0 or more, got "${text}"`,
  overnightTooMany: () => `is more than ${formatNumber(L.maxOvernight)} messages; check the number`,
  emailTooMuchWork: (needed: number) =>
    `is more work than the largest team this calculator works out (${people(L.maxPeople)}) can clear: it takes ${amount(needed)} people working every opening hour just to keep up; check the numbers and the handle time`,
  standardTooShort: () => `must be at least ${formatDuration(L.minStandardSeconds)} of opening time`,
  noTeamMeetsStandard: () =>
    `no team of up to ${people(L.maxPeople)} can answer every message within this; check the volumes and the handle time, or give more time`,
} as const;
