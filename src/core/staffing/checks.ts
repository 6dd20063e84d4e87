/**
 * Inputs that are allowed but look like a slip: a volume per hour that is really per day, a handle
 * time typed in the wrong unit. Each check is a polite question beside its field (a warning line in
 * the terminal); none of them stops the result, because the numbers may well be right.
 */
import { fill } from '../../i18n/format.ts';
import { isPerDay, type InputProblem, type QueuePlan } from './queue-plan.ts';
import { describeVolume } from './reading.ts';
import { writeDuration, writeNumber, writePeople, writePercent, type StaffingWords } from './wording.ts';

/** The thresholds: far enough from normal that a real team rarely meets them. */
const SLIP = {
  /** The answer is at least this many times the team given (and at least `minGap` more). */
  busyRatio: 3,
  /** The team given is at least this many times the answer (and at least `minGap` more). */
  quietRatio: 5,
  minGap: 5,
  shortHandleSeconds: 10,
  longHandleSeconds: 2 * 3600,
  highShrinkage: 0.5,
  highBusiestHour: 0.5,
} as const;

/** The questions worth asking about a plan's inputs, each naming the field to check. */
export function queueChecks(w: StaffingWords, plan: QueuePlan): InputProblem[] {
  const C = w.staffing.checks;
  const { inputs, needed } = plan;
  const checks: InputProblem[] = [];
  const perDay = isPerDay(inputs);
  const team = inputs.agents;
  const teamFigures = () => ({
    volume: describeVolume(w, inputs),
    team: writeNumber(w, team!),
    people: writePeople(w, needed.agents),
  });
  if (team !== undefined && needed.agents >= SLIP.busyRatio * team && needed.agents - team >= SLIP.minGap) {
    checks.push({
      field: 'contacts',
      message: fill(w.locale, perDay ? C.busyPerDay : C.busy, teamFigures()),
    });
  } else if (
    team !== undefined &&
    team >= SLIP.quietRatio * needed.agents &&
    team - needed.agents >= 2 * SLIP.minGap
  ) {
    checks.push({
      field: 'contacts',
      message: fill(w.locale, perDay ? C.quietPerDay : C.quiet, teamFigures()),
    });
  }
  const handle = { handle: writeDuration(w, inputs.handleSeconds) };
  if (inputs.handleSeconds < SLIP.shortHandleSeconds)
    checks.push({
      field: 'aht',
      message: fill(w.locale, C.handleVeryShort, { ...handle, n: writeNumber(w, inputs.handleSeconds, 1) }),
    });
  if (inputs.handleSeconds > SLIP.longHandleSeconds)
    checks.push({
      field: 'aht',
      message: fill(w.locale, C.handleVeryLong, {
        ...handle,
        n: writeNumber(w, inputs.handleSeconds / 60, 1),
      }),
    });
  if (inputs.shrinkage > SLIP.highShrinkage)
    checks.push({
      field: 'shrinkage',
      message: fill(w.locale, C.shrinkageHigh, { share: writePercent(w, inputs.shrinkage) }),
    });
  if (perDay && (inputs.busiestHourShare ?? 0) > SLIP.highBusiestHour)
    checks.push({
      field: 'busiestHour',
      message: fill(w.locale, C.busiestHourHigh, { share: writePercent(w, inputs.busiestHourShare!) }),
    });
  return checks;
}
