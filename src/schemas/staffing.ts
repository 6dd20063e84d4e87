import { z } from 'astro/zod';
import { STAFFING_LIMITS } from './staffing-limits.ts';
import {
  formatNumber,
  parseConcurrency,
  parseCount,
  parseCountList,
  parseDuration,
  parseInterval,
  parseOpeningHours,
  parsePeople,
  parsePercent,
  parseTarget,
  type Parsed,
  type Target,
} from './staffing-units.ts';
import { STAFFING_PROBLEMS } from './staffing-wording.ts';

/** A field written as text (or a YAML number) and read by one of the shared unit parsers. */
function written<T>(parse: (input: string) => Parsed<T>, example: string) {
  return z
    .union([z.string(), z.number()], { errorMap: () => ({ message: `expected text such as ${example}` }) })
    .transform((value, ctx) => {
      const result = parse(String(value));
      if (result.ok) return result.value;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.message });
      return z.NEVER;
    });
}

const Count = written(parseCount, '100');
const Duration = written(parseDuration, '3m or 180s');
const Interval = written(parseInterval, '30m, 1h or day');
const Percent = written(parsePercent, '30%');
const Target = written(parseTarget, '80/20s or avg 30s');
const Agents = written((text) => parsePeople(text, STAFFING_LIMITS.maxPeople), '12');
const Concurrency = written(parseConcurrency, '2');
/** Messages waiting at opening: a count of 0 or more (a YAML number, so `.inf` has to be refused here). */
const Overnight = z
  .number({
    invalid_type_error: `expected a count of messages from 0 to ${formatNumber(STAFFING_LIMITS.maxOvernight)}, e.g. 260`,
  })
  .finite(STAFFING_PROBLEMS.overnightTooMany())
  .min(0, 'cannot be negative; give 0 when nothing arrives while closed')
  .max(STAFFING_LIMITS.maxOvernight, STAFFING_PROBLEMS.overnightTooMany());

export type QueueChannel = 'phone' | 'chat';

/** A call or chat queue, parsed: what the calculators work from. */
export interface QueueInputs {
  channel: QueueChannel;
  /** Contacts arriving per interval (per day when `intervalSeconds` is a whole day). */
  contacts: number;
  intervalSeconds: number;
  /** For a volume per day: the share of the day's contacts that arrive in its busiest hour (0 to 1). */
  busiestHourShare?: number;
  /** Average handle time in seconds: talk (or one chat handled on its own) plus wrap-up. */
  handleSeconds: number;
  /** Chats one person holds at once (chat only); 1 when absent. */
  concurrency?: number;
  target: Target;
  /** Share of paid time not spent on contacts: breaks, training, meetings, absence (0 to under 1). */
  shrinkage: number;
  /** Cap on the share of time agents spend handling contacts, e.g. 0.85. */
  maxOccupancy?: number;
  /** A number of agents to check (the what-if). */
  agents?: number;
}

/** The calls-and-chats question, as `playbook staffing` options (text, with units). */
export const StaffingQuerySchema = z
  .object({
    /** phone (calls) or chat; only changes the words in the reading. */
    channel: z
      .enum(['phone', 'chat'], { errorMap: () => ({ message: 'expected phone or chat' }) })
      .default('phone'),
    /** Contacts arriving per interval, e.g. 100. */
    contacts: Count,
    /** The interval the contacts arrive in, e.g. 30m or 1h, or day (then with busiest-hour). */
    per: Interval,
    /** For a volume per day: the share of it arriving in the busiest hour, e.g. 12%. */
    'busiest-hour': Percent.optional(),
    /** Average handle time, talk plus wrap-up, e.g. 3m or 180s (for chats: one chat handled on its own). */
    aht: Duration,
    /** Chats one person holds at once, e.g. 2 (chat only). */
    concurrency: Concurrency.optional(),
    /** 80/20s (80% answered within 20 seconds) or avg 30s (average wait). */
    target: Target,
    /** Paid time not spent on contacts (breaks, training, absence), e.g. 30%. */
    shrinkage: Percent.default('0%'),
    /** The most of their time agents should spend handling contacts, e.g. 85%. */
    occupancy: Percent.optional(),
    /** A number of agents to check (the what-if). */
    agents: Agents.optional(),
  })
  .strict()
  .transform((q): QueueInputs => ({
    channel: q.channel,
    contacts: q.contacts,
    intervalSeconds: q.per,
    ...(q['busiest-hour'] !== undefined ? { busiestHourShare: q['busiest-hour'] } : {}),
    handleSeconds: q.aht,
    ...(q.concurrency !== undefined ? { concurrency: q.concurrency } : {}),
    target: q.target,
    shrinkage: q.shrinkage,
    ...(q.occupancy !== undefined ? { maxOccupancy: q.occupancy } : {}),
    ...(q.agents !== undefined ? { agents: q.agents } : {}),
  }));

const text = (what: string) =>
  z
    .string({ required_error: `${what} is required` })
    .trim()
    .min(1, `${what} cannot be empty`);

/** A phone or chat queue in a handbook config. */
export const QueueChannelSchema = z
  .object({
    /** What the company calls it, e.g. "Phone" or "Web chat". */
    name: text('a channel name'),
    kind: z.enum(['phone', 'chat']),
    /** Contacts per interval in a busy hour, e.g. 420 per 1h, or a day's contacts with per: day. */
    contacts: Count,
    per: Interval.default('1h'),
    /** For a volume per day: the share of it arriving in the busiest hour, e.g. 12%. */
    busiestHour: Percent.optional(),
    /** Average handle time, e.g. 6m (for chats: one chat handled on its own). */
    aht: Duration,
    /** Chats one person holds at once, e.g. 2 (chat only). */
    concurrency: Concurrency.optional(),
    /** The standard: 80/60s, or avg 2m for an average wait. */
    target: Target,
  })
  .strict();

/** An email (or other queued work) channel in a handbook config. */
export const EmailChannelSchema = z
  .object({
    name: text('a channel name'),
    kind: z.literal('email'),
    /** Opening hours, e.g. 08:00-18:00. */
    hours: written(parseOpeningHours, '08:00-18:00'),
    /** Messages arriving per opening hour: one number for every hour, or a list with one number per hour. */
    arrivals: z.union([
      Count,
      z.array(z.union([z.number(), z.string()])).transform((list, ctx) => {
        const parsed = parseCountList(list);
        if (parsed.ok) return parsed.value;
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.message });
        return z.NEVER;
      }),
    ]),
    /** Messages that arrive while closed and wait for the morning. */
    outOfHours: Overnight.default(0),
    /** Average handling time of one message, e.g. 7m. */
    aht: Duration,
    /** Every message answered within this much opening time, e.g. 4h. */
    standard: Duration,
  })
  .strict();

/**
 * Optional volumes and handle times by channel: with them, the understaffing and response-standards
 * chapters include "What our standards take", the staffing the company's own standards imply.
 */
export const StaffingConfigSchema = z
  .object({
    /** Paid time not spent on contacts: breaks, training, meetings, absence. */
    shrinkage: Percent.default('30%'),
    /** The most of their time people should spend handling contacts, e.g. 85%. */
    occupancy: Percent.optional(),
    channels: z
      .array(z.discriminatedUnion('kind', [QueueChannelSchema, EmailChannelSchema]))
      .min(1, 'list at least one channel'),
  })
  .strict();

/** An email channel of a config as the backlog simulation takes it: one arrivals number per opening hour. */
export function emailInputs(channel: z.infer<typeof EmailChannelSchema>) {
  const arrivals = Array.isArray(channel.arrivals)
    ? channel.arrivals
    : Array.from({ length: channel.hours.hours }, () => channel.arrivals as number);
  return {
    arrivals,
    outOfHours: channel.outOfHours,
    handleSeconds: channel.aht,
    openMinute: channel.hours.openMinute,
    standardMinutes: channel.standard / 60,
  };
}

export type StaffingConfig = z.infer<typeof StaffingConfigSchema>;
