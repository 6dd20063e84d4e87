/**
 * The result in plain words, as a manager would say it to their director. Shared by the CLI, the
 * page and the handbook, so every place explains the numbers the same way; the sentences are the
 * dictionary's (`staffing.reading`), given by the caller (see wording.ts).
 */
import { firstGrowingHour, type BacklogDay } from './backlog.ts';
import { concurrencyOf, isPerDay, rosteredFor, type QueuePlan, type Staffing } from './queue-plan.ts';
import type { QueueInputs } from '../../schemas/staffing.ts';
import { round } from '../../schemas/staffing-units.ts';
import { fill, plural } from '../../i18n/format.ts';
import {
  writeDuration,
  writeNumber,
  writePeople as people,
  writePercent,
  type StaffingWords,
} from './wording.ts';

/** "600 calls an hour", "1,000 chats a day", "100 calls per 30 minutes": the volume as it was given. */
export function describeVolume(
  w: StaffingWords,
  inputs: Pick<QueueInputs, 'channel' | 'contacts' | 'intervalSeconds'>,
): string {
  const C = w.staffing.channels[inputs.channel];
  const forms = isPerDay(inputs) ? C.perDay : inputs.intervalSeconds === 3600 ? C.perHour : C.perInterval;
  return plural(w.locale, round(inputs.contacts, 2), forms, {
    interval: writeDuration(w, inputs.intervalSeconds),
  });
}

/** One sentence per figure for a staffing level: service level, average wait, waiting, occupancy. */
export function describeFigures(w: StaffingWords, plan: QueuePlan, staffing: Staffing): string {
  const R = w.staffing.reading;
  const { target, channel } = plan.inputs;
  const C = w.staffing.channels[channel];
  const perAgent = concurrencyOf(plan.inputs);
  if (!staffing.stable) {
    return fill(w.locale, R.neverClears, {
      people: people(w, staffing.agents),
      contacts: C.contacts,
      work: writeNumber(w, plan.traffic / perAgent, 1),
    });
  }
  return fill(w.locale, perAgent > 1 ? R.figuresHeld : R.figures, {
    people: people(w, staffing.agents),
    level: writePercent(w, staffing.serviceLevel, 1),
    contacts: C.contacts,
    time: writeDuration(w, target.seconds),
    wait: writeDuration(w, staffing.averageWaitSeconds ?? 0),
    waiting: writePercent(w, staffing.probabilityOfWaiting),
    waiters: C.waiting,
    n: perAgent,
    occupancy: writePercent(w, staffing.occupancy),
  });
}

/**
 * The reading of a queue plan: what it takes, then what it is like at that level, then the what-if,
 * then how a day's volume or chats held at once were counted.
 */
export function describeQueuePlan(w: StaffingWords, plan: QueuePlan): string[] {
  const R = w.staffing.reading;
  const { needed, whatIf } = plan;
  const { shrinkage, maxOccupancy, channel, target } = plan.inputs;
  const C = w.staffing.channels[channel];
  const perAgent = concurrencyOf(plan.inputs);
  const perDay = isPerDay(plan.inputs);
  const capped = plan.forTargetAlone !== undefined && maxOccupancy !== undefined;
  const need = fill(w.locale, target.kind === 'service-level' ? R.needServiceLevel : R.needAverageWait, {
    share: target.kind === 'service-level' ? writePercent(w, target.share) : '',
    contacts: C.contacts,
    time: writeDuration(w, target.seconds),
    people: people(w, needed.agents),
    working: C.working,
    holding: perAgent > 1 ? fill(w.locale, R.holding, { n: perAgent }) : '',
    busiestHour: perDay ? R.busiestHour : '',
    cap: capped
      ? fill(w.locale, R.cap, {
          n: writeNumber(w, plan.forTargetAlone!),
          occupancy: writePercent(w, maxOccupancy),
        })
      : '',
    rota:
      shrinkage > 0
        ? fill(w.locale, R.rota, {
            people: people(w, needed.rostered),
            shrinkage: writePercent(w, shrinkage),
          })
        : '',
  });
  const lines = [need, describeFigures(w, plan, needed)];
  if (whatIf) {
    const gap = needed.agents - whatIf.agents;
    const verdict =
      gap > 0
        ? fill(w.locale, R.short, { n: writeNumber(w, gap) })
        : gap < 0
          ? fill(w.locale, R.more, { n: writeNumber(w, -gap) })
          : R.exact;
    lines.push(fill(w.locale, R.whatIf, { figures: describeFigures(w, plan, whatIf), verdict }));
  }
  if (perDay) {
    lines.push(
      fill(w.locale, R.perDay, {
        busiest: writeNumber(w, plan.busiest.contacts, 1),
        total: writeNumber(w, plan.inputs.contacts, 2),
        contacts: C.contacts,
        share: writePercent(w, plan.inputs.busiestHourShare ?? 1, 1),
      }),
    );
  }
  if (perAgent > 1) {
    lines.push(
      fill(w.locale, R.held, {
        n: perAgent,
        stretched: writeDuration(w, plan.serviceSeconds),
        handle: writeDuration(w, plan.inputs.handleSeconds),
        capacity: writeNumber(w, perAgent / (plan.serviceSeconds / plan.inputs.handleSeconds), 1),
      }),
    );
  }
  return lines;
}

/** The reading of an email plan: people needed, then why and when the backlog grows. */
export function describeBacklog(
  w: StaffingWords,
  needed: BacklogDay,
  standardMinutes: number,
  shrinkage: number,
  whatIf?: BacklogDay,
): string[] {
  const R = w.staffing.reading;
  const rota =
    shrinkage > 0
      ? fill(w.locale, R.emailRota, { people: people(w, rosteredFor(needed.people, shrinkage)) })
      : '';
  const lines = [
    fill(w.locale, R.emailNeed, {
      standard: writeDuration(w, standardMinutes * 60),
      people: people(w, needed.people),
      rota,
      rate: writeNumber(w, needed.capacityPerHour / needed.people, 1),
    }),
    describeDay(w, needed),
  ];
  if (whatIf) lines.push(describeDay(w, whatIf, standardMinutes));
  return lines;
}

function describeDay(w: StaffingWords, day: BacklogDay, standardMinutes?: number): string {
  const R = w.staffing.reading;
  const growing = firstGrowingHour(day);
  const team = { people: people(w, day.people), rate: writeNumber(w, day.capacityPerHour, 1) };
  const peak = growing ? { hour: growing.label, arrivals: writeNumber(w, growing.arrivals) } : undefined;
  if (!day.stable) {
    return fill(w.locale, R.neverCatchesUp, {
      people: team.people,
      growth: writeNumber(w, day.dailyGrowth),
      fastest: peak ? fill(w.locale, R.growsFastest, { ...peak, ...team }) : '',
    });
  }
  const verdict =
    standardMinutes === undefined
      ? ''
      : (day.longestWaitMinutes ?? Infinity) <= standardMinutes + 1e-9
        ? R.withinStandard
        : R.overStandard;
  const ending = {
    wait: writeDuration(w, (day.longestWaitMinutes ?? 0) * 60),
    verdict,
    overnight: day.overnight > 0 ? fill(w.locale, R.overnight, { n: writeNumber(w, day.overnight) }) : '',
  };
  return peak
    ? fill(w.locale, R.growsFrom, { ...team, ...peak, ...ending })
    : fill(w.locale, R.neverOutgrows, { people: team.people, ...ending });
}
