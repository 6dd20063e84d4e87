/**
 * The bounds every staffing input is checked against. Each one keeps a computation short (no search
 * walks more than `maxPeople` teams) and a figure something a person can plan with; the messages in
 * wording.ts say which bound was hit and why it is there.
 */
const MINUTE = 60;
const HOUR = 3600;

export const STAFFING_LIMITS = {
  /** The largest team the calculators search or check: more people than the largest contact centres employ. */
  maxPeople: 250_000,
  /** The largest workload, in people busy all the time, worked out in one go; beyond it, split the centre. */
  maxTraffic: 100_000,
  /** The lowest occupancy cap: below half, people would sit idle most of the day, which no centre plans for. */
  minOccupancy: 0.5,
  /** The highest shrinkage: at 90 % each person on the work needs ten on the rota. */
  maxShrinkage: 0.9,
  /** The smallest volume per interval: one contact in a hundred intervals is too few to plan a queue for. */
  minContacts: 0.01,
  /** Handle time of one contact, talk (or typing) plus wrap-up: from a second to a working day. */
  handleSeconds: { min: 1, max: 8 * HOUR },
  /** The interval contacts are counted over, when it is not a whole day; arrivals are taken as even within it. */
  intervalSeconds: { min: MINUTE, max: 4 * HOUR },
  /** A whole day: its volume is planned from the busiest hour's share. */
  daySeconds: 24 * HOUR,
  /** The busiest hour holds at least 1/24 of a day's contacts, even when they arrive evenly round the clock. */
  minBusiestHourShare: 1 / 24,
  /** The time in a target ("within 20 seconds", "average wait 30 seconds"): at most a day. */
  maxTargetSeconds: 24 * HOUR,
  /** No queue can promise an average wait under a second. */
  minAverageWaitSeconds: 1,
  /** Chats one person can hold at once. */
  maxConcurrency: 6,
  /** Email: messages arriving in one opening hour, and overnight. */
  maxArrivalsPerHour: 1_000_000,
  maxOvernight: 10_000_000,
  /** Email: a response standard shorter than a minute of opening time cannot be measured minute by minute. */
  minStandardSeconds: MINUTE,
} as const;

/** How much longer each chat takes for every extra chat a person holds at once (see docs/staffing.md). */
export const CHAT_STRETCH_PER_EXTRA = 0.25;

/** The sentence for a chats-at-once value out of range: here, beside the limit, so the parser and the checks say it the same way. */
export const concurrencyNotWhole = (text: string) =>
  `expected a whole number of chats at once from 1 to ${STAFFING_LIMITS.maxConcurrency}, e.g. 2; got "${text}"`;
