/**
 * The rules that need more than one staffing field at once (a busiest-hour share only with a day's
 * volume, a target a queue can meet, an email day that fits its opening hours): the schema parses
 * each field, these judge them together. Used by `playbook staffing`, the config check (and so
 * `validate`, `generate` and the builder) with the paths the schema would give.
 */
import { emailInputs, type QueueInputs, type StaffingConfig } from '../../schemas/staffing.ts';
import { backlogProblems } from './backlog.ts';
import { queueInputsForChannel, queueProblems, sharedProblems, type QueueField } from './queue-plan.ts';
import { STAFFING_PROBLEMS } from '../../schemas/staffing-wording.ts';

/** A problem at a path below the staffing question or the config's `staffing` block. */
export interface StaffingProblem {
  path: (string | number)[];
  message: string;
}

/** The question `playbook staffing` was asked: its problems at the options' names. */
export function checkStaffingQuery(inputs: QueueInputs): StaffingProblem[] {
  return queueProblems(inputs).map((p) => ({ path: [optionName(p.field)], message: p.message }));
}

/** The option a field is given by on the command line. */
const optionName = (field: QueueField) => (field === 'busiestHour' ? 'busiest-hour' : field);

/** A config's staffing block: shared inputs once, then each channel's own problems at its fields. */
export function checkStaffingConfig(staffing: StaffingConfig): StaffingProblem[] {
  // Shrinkage and occupancy are shared by every channel (email too), so their problems are reported once.
  const shared = sharedProblems({ shrinkage: staffing.shrinkage, maxOccupancy: staffing.occupancy });
  if (shared.length > 0) return shared.map((p) => ({ path: [p.field], message: p.message }));
  return staffing.channels.flatMap((channel, i): StaffingProblem[] => {
    if (channel.kind === 'email') {
      if (Array.isArray(channel.arrivals) && channel.arrivals.length !== channel.hours.hours) {
        return [
          {
            path: ['channels', i, 'arrivals'],
            message: STAFFING_PROBLEMS.arrivalsPerHour(channel.arrivals.length, channel.hours.hours),
          },
        ];
      }
      return backlogProblems(emailInputs(channel)).map((p) => ({
        path: ['channels', i, p.field],
        message: p.message,
      }));
    }
    return (
      queueProblems(queueInputsForChannel(channel, staffing))
        // Shared fields were checked once above.
        .filter((p) => p.field !== 'shrinkage' && p.field !== 'occupancy')
        .map((p) => ({ path: ['channels', i, p.field], message: p.message }))
    );
  });
}
