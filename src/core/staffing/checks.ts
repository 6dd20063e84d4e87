/**
 * Inputs that are allowed but look like a slip: a volume per hour that is really per day, a handle
 * time typed in the wrong unit. Each check is a polite question beside its field (a warning line in
 * the terminal); none of them stops the result, because the numbers may well be right.
 */
import { isPerDay, type InputProblem, type QueuePlan } from './queue-plan.ts';
import { describeVolume } from './reading.ts';
import { STAFFING_CHECKS as C } from '../../schemas/staffing-wording.ts';

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
export function queueChecks(plan: QueuePlan): InputProblem[] {
  const { inputs, needed } = plan;
  const checks: InputProblem[] = [];
  const perDay = isPerDay(inputs);
  const team = inputs.agents;
  if (team !== undefined && needed.agents >= SLIP.busyRatio * team && needed.agents - team >= SLIP.minGap) {
    checks.push({
      field: 'contacts',
      message: C.busyForTeam(describeVolume(inputs), team, needed.agents, perDay),
    });
  } else if (
    team !== undefined &&
    team >= SLIP.quietRatio * needed.agents &&
    team - needed.agents >= 2 * SLIP.minGap
  ) {
    checks.push({
      field: 'contacts',
      message: C.quietForTeam(describeVolume(inputs), team, needed.agents, perDay),
    });
  }
  if (inputs.handleSeconds < SLIP.shortHandleSeconds)
    checks.push({ field: 'aht', message: C.handleVeryShort(inputs.handleSeconds) });
  if (inputs.handleSeconds > SLIP.longHandleSeconds)
    checks.push({ field: 'aht', message: C.handleVeryLong(inputs.handleSeconds) });
  if (inputs.shrinkage > SLIP.highShrinkage)
    checks.push({ field: 'shrinkage', message: C.shrinkageHigh(inputs.shrinkage) });
  if (perDay && (inputs.busiestHourShare ?? 0) > SLIP.highBusiestHour)
    checks.push({ field: 'busiestHour', message: C.busiestHourHigh(inputs.busiestHourShare!) });
  return checks;
}
