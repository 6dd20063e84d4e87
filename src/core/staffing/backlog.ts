/**
 * Email and other queued work: nobody waits on the line, so the question is how long the oldest
 * message sits before someone answers it. A minute-by-minute, first-in-first-out simulation of a
 * working day, repeated until the morning backlog settles, gives the backlog hour by hour and the
 * longest wait; the people needed are the fewest for whom that wait stays within the standard.
 */
import { STAFFING_LIMITS as L } from '../../schemas/staffing-limits.ts';
import { STAFFING_PROBLEMS as P } from '../../schemas/staffing-wording.ts';

export interface BacklogInputs {
  /** Messages arriving in each opening hour, in order from opening time. */
  arrivals: number[];
  /** Messages that arrive while closed (evening, night) and are waiting at opening. */
  outOfHours: number;
  /** Average handling time of one message, in seconds. */
  handleSeconds: number;
  /** Opening time as minutes after midnight, for the hour labels (e.g. 480 for 08:00). */
  openMinute: number;
  /** The response standard in working minutes: every message answered within this much opening time. */
  standardMinutes: number;
}

export interface BacklogHour {
  /** e.g. `11:00` (the hour starting then). */
  label: string;
  arrivals: number;
  handled: number;
  /** Messages still waiting at the end of the hour. */
  backlog: number;
  /** How long the oldest waiting message has waited at the end of the hour, in working minutes. */
  oldestWaitMinutes: number;
}

export interface BacklogDay {
  people: number;
  /** Messages the team can clear in one hour. */
  capacityPerHour: number;
  /** False when more work arrives each day than the team can clear: the backlog grows every day. */
  stable: boolean;
  /** Messages that arrived while closed; counted in the first hour's arrivals. */
  overnight: number;
  /** Messages waiting at opening from the day before, once the days have settled (or on the first day when they never do). */
  openingBacklog: number;
  /** How many more messages wait each morning than the morning before; 0 when stable. */
  dailyGrowth: number;
  /** The longest any message of a settled day waits, in working minutes; null when the backlog grows without end. */
  longestWaitMinutes: number | null;
  hours: BacklogHour[];
}

/** Days simulated before a day is measured; a stable fluid queue settles within two. */
const WARM_UP_DAYS = 6;
/** Days after the measured one in which its last messages may still be answered. */
const SPILL_DAYS = 3;

interface Cohort {
  arrivedAt: number;
  left: number;
  day: number;
}

/** Simulates the working days with `people` on the work and reports the measured day. */
export function simulateBacklog(inputs: BacklogInputs, people: number): BacklogDay {
  const minutesPerDay = inputs.arrivals.length * 60;
  const perMinute = (people * 60) / inputs.handleSeconds;
  const dailyWork = inputs.outOfHours + inputs.arrivals.reduce((a, b) => a + b, 0);
  const stable = dailyWork <= perMinute * minutesPerDay * (1 + 1e-12);
  const measured = stable ? WARM_UP_DAYS : 0;
  const queue: Cohort[] = [];
  let head = 0;
  let longest = 0;
  let openingBacklog = 0;
  const hours: BacklogHour[] = [];
  const waiting = () => queue.slice(head).reduce((sum, c) => sum + c.left, 0);
  for (let day = 0; day <= measured + SPILL_DAYS; day++) {
    const start = day * minutesPerDay;
    if (day === measured) openingBacklog = waiting();
    if (inputs.outOfHours > 0) queue.push({ arrivedAt: start, left: inputs.outOfHours, day });
    for (let minute = 0; minute < minutesPerDay; minute++) {
      const now = start + minute;
      const hour = Math.floor(minute / 60);
      const arriving = inputs.arrivals[hour]! / 60;
      if (arriving > 0) queue.push({ arrivedAt: now, left: arriving, day });
      let capacity = perMinute;
      let handled = 0;
      while (capacity > 1e-12 && head < queue.length) {
        const cohort = queue[head]!;
        const take = Math.min(cohort.left, capacity);
        cohort.left -= take;
        capacity -= take;
        handled += take;
        if (cohort.left <= 1e-9) {
          const finishedAt = now + (perMinute - capacity) / perMinute;
          if (cohort.day === measured) longest = Math.max(longest, finishedAt - cohort.arrivedAt);
          head++;
        }
      }
      if (day === measured)
        recordMinute(
          hours,
          inputs,
          minute,
          handled,
          () => waiting(),
          () => (head < queue.length ? now + 1 - queue[head]!.arrivedAt : 0),
        );
    }
    if (head > 1024) {
      queue.splice(0, head);
      head = 0;
    }
  }
  const unfinished = queue.slice(head).some((c) => c.day === measured && c.left > 1e-9);
  return {
    people,
    capacityPerHour: perMinute * 60,
    stable,
    overnight: inputs.outOfHours,
    openingBacklog,
    dailyGrowth: stable ? 0 : dailyWork - perMinute * minutesPerDay,
    longestWaitMinutes: stable && !unfinished ? longest : null,
    hours,
  };
}

function recordMinute(
  hours: BacklogHour[],
  inputs: BacklogInputs,
  minute: number,
  handled: number,
  backlog: () => number,
  oldest: () => number,
) {
  const hour = Math.floor(minute / 60);
  if (minute % 60 === 0) {
    hours.push({
      label: clockLabel(inputs.openMinute + hour * 60),
      arrivals: inputs.arrivals[hour]! + (hour === 0 ? inputs.outOfHours : 0),
      handled: 0,
      backlog: 0,
      oldestWaitMinutes: 0,
    });
  }
  const row = hours[hour]!;
  row.handled += handled;
  if (minute % 60 === 59) {
    row.backlog = backlog();
    row.oldestWaitMinutes = oldest();
  }
}

/** `08:00` from minutes after midnight, wrapping past midnight. */
export function clockLabel(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The most people we search up to; beyond it a standard is treated as out of reach. */
export const MAX_PEOPLE = L.maxPeople;

/** People working every opening hour just to clear each day's work, however long messages wait. */
export function peopleToKeepUp(
  inputs: Pick<BacklogInputs, 'arrivals' | 'outOfHours' | 'handleSeconds'>,
): number {
  const dailyWork = inputs.outOfHours + inputs.arrivals.reduce((a, b) => a + b, 0);
  return (dailyWork * inputs.handleSeconds) / 3600 / inputs.arrivals.length;
}

export type BacklogField = 'arrivals' | 'outOfHours' | 'aht' | 'standard';

/**
 * Every problem with email inputs, each naming the field: values out of the bounds in limits.ts, or
 * more work than the largest team clears. With none, peopleForStandard runs at most a few dozen
 * simulated weeks and either answers or says honestly that no team up to MAX_PEOPLE can.
 */
export function backlogProblems(inputs: BacklogInputs): { field: BacklogField; message: string }[] {
  const problems: { field: BacklogField; message: string }[] = [];
  const most = Math.max(0, ...inputs.arrivals);
  if (!(most <= L.maxArrivalsPerHour)) problems.push({ field: 'arrivals', message: P.arrivalsTooMany(most) });
  if (!(inputs.outOfHours >= 0 && inputs.outOfHours <= L.maxOvernight))
    problems.push({ field: 'outOfHours', message: P.overnightTooMany() });
  if (!(inputs.handleSeconds >= L.handleSeconds.min && inputs.handleSeconds <= L.handleSeconds.max))
    problems.push({ field: 'aht', message: P.handleOutOfRange() });
  if (!(inputs.standardMinutes * 60 >= L.minStandardSeconds))
    problems.push({ field: 'standard', message: P.standardTooShort() });
  if (problems.length === 0 && !(peopleToKeepUp(inputs) <= MAX_PEOPLE))
    problems.push({ field: 'arrivals', message: P.emailTooMuchWork(peopleToKeepUp(inputs)) });
  return problems;
}

/** The fewest people whose longest wait stays within the standard, or undefined when none up to MAX_PEOPLE can. */
export function peopleForStandard(inputs: BacklogInputs): BacklogDay | undefined {
  const meets = (day: BacklogDay) =>
    day.longestWaitMinutes !== null && day.longestWaitMinutes <= inputs.standardMinutes + 1e-9;
  let low = Math.max(1, Math.floor(peopleToKeepUp(inputs)));
  // Also false for NaN: nothing past this point may walk more than MAX_PEOPLE teams.
  if (!(low <= MAX_PEOPLE)) return undefined;
  let high = low;
  let found: BacklogDay | undefined;
  // Double until the standard is met, then halve the gap: the longest wait never grows with more people.
  for (;;) {
    const day = simulateBacklog(inputs, high);
    if (meets(day)) {
      found = day;
      break;
    }
    if (high >= MAX_PEOPLE) return undefined;
    low = high + 1;
    high = Math.min(MAX_PEOPLE, high * 2);
  }
  while (low < found.people) {
    const mid = Math.floor((low + found.people - 1) / 2);
    const day = simulateBacklog(inputs, mid);
    if (meets(day)) found = day;
    else low = mid + 1;
  }
  return found;
}

/**
 * The first hour in which more arrives during the hour than the team clears in one, so the queue grows
 * however early the day started; the night's messages waiting at opening do not count here.
 */
export function firstGrowingHour(day: BacklogDay): BacklogHour | undefined {
  return day.hours.find((h, i) => h.arrivals - (i === 0 ? day.overnight : 0) > day.capacityPerHour + 1e-9);
}
