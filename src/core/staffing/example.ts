/**
 * The worked example the calculator page opens with, and shows as it is when JavaScript is off:
 * the classic 100 calls per half hour, and a Monday of email whose queue grows at eleven.
 */
import type { BacklogInputs } from './backlog.ts';
import type { QueueInputs } from '../../schemas/staffing.ts';

export const EXAMPLE_QUEUE: QueueInputs = {
  channel: 'phone',
  contacts: 100,
  intervalSeconds: 1800,
  handleSeconds: 180,
  target: { kind: 'service-level', share: 0.8, seconds: 20 },
  shrinkage: 0.3,
  agents: 12,
};

export const EXAMPLE_EMAIL: BacklogInputs & { shrinkage: number; people: number } = {
  arrivals: [10, 20, 30, 45, 50, 40, 30, 25, 20, 10],
  outOfHours: 40,
  handleSeconds: 360,
  openMinute: 8 * 60,
  standardMinutes: 4 * 60,
  shrinkage: 0.3,
  people: 3,
};

/** The example as the forms show it, so the page's fields and its build-time result agree. */
export const EXAMPLE_QUEUE_FORM = {
  contacts: '100',
  per: '1800',
  aht: '3',
  ahtUnit: 'm',
  level: '80',
  within: '20',
  shrinkage: '30',
  occupancy: '',
  agents: '12',
};
export const EXAMPLE_EMAIL_FORM = {
  arrivals: EXAMPLE_EMAIL.arrivals.join(' '),
  opens: '8',
  overnight: '40',
  handle: '6',
  standard: '4',
  shrinkage: '30',
  people: '3',
};
