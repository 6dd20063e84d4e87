/** `playbook staffing`: how many people a response promise takes, in the terminal. */
import { queueChecks } from '../core/staffing/checks.ts';
import {
  concurrencyOf,
  isPerDay,
  levelsAround,
  planQueue,
  rosteredFor,
  type QueueField,
  type QueuePlan,
} from '../core/staffing/queue-plan.ts';
import { describeQueuePlan, describeVolume } from '../core/staffing/reading.ts';
import { describeTarget, formatDuration, formatNumber, formatPercent } from '../schemas/staffing-units.ts';
import { toTerminalText } from '../core/terminal-text.ts';
import { StaffingQuerySchema } from '../schemas/staffing.ts';
import { checkStaffingQuery } from '../core/staffing/check.ts';
import { words } from '../i18n/index.ts';
import type { Command, OptionSpec, ParsedArgs } from './command.ts';
import { UsageError } from './io.ts';

const OPTIONS: Record<string, OptionSpec> = {
  contacts: {
    type: 'string',
    value: 'N',
    description: 'contacts arriving in each interval, e.g. 100 (required)',
  },
  per: {
    type: 'string',
    value: 'TIME',
    description: 'the interval they arrive in: 15m, 30m or 1h, or day with --busiest-hour (required)',
  },
  'busiest-hour': {
    type: 'string',
    value: 'PCT',
    description: "for --per day: the share of the day's contacts arriving in its busiest hour, e.g. 12%",
  },
  aht: {
    type: 'string',
    value: 'TIME',
    description:
      'average handle time, talk plus wrap-up: 3m or 180s; for chats, one chat on its own (required)',
  },
  concurrency: {
    type: 'string',
    value: 'N',
    description: 'chats one person holds at once, e.g. 2 (with --channel chat; default: 1)',
  },
  target: {
    type: 'string',
    value: 'GOAL',
    description: '80/20s (80% answered within 20 seconds) or avg 30s (average wait) (required)',
  },
  shrinkage: {
    type: 'string',
    value: 'PCT',
    description: 'paid time not spent on contacts (breaks, training, absence), e.g. 30% (default: 0%)',
  },
  occupancy: {
    type: 'string',
    value: 'PCT',
    description: 'the most of their time people should spend on contacts, e.g. 85% (default: no cap)',
  },
  agents: {
    type: 'string',
    value: 'N',
    description: 'also show the figures for this many people on the phones (the what-if)',
  },
  channel: {
    type: 'string',
    value: 'KIND',
    description: 'phone or chat: the wording, and chats may be held several at once (default: phone)',
  },
  json: { type: 'boolean', description: 'print the figures as JSON instead of a table' },
};

const REQUIRED = ['contacts', 'per', 'aht', 'target'] as const;

/** Reads the options through the staffing schema; every problem is reported at once, named by its option. */
export function readStaffingOptions(args: ParsedArgs): QueuePlan['inputs'] {
  const given = Object.fromEntries(
    Object.keys(OPTIONS)
      .filter((k) => k !== 'json' && typeof args.values[k] === 'string')
      .map((k) => [k, args.values[k] as string]),
  );
  const missing = REQUIRED.filter((k) => given[k] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `missing ${missing.map((k) => `--${k} ${OPTIONS[k]!.value}`).join(', ')}; for example: playbook staffing --contacts 100 --per 30m --aht 3m --target 80/20s`,
      'staffing',
    );
  }
  const parsed = StaffingQuerySchema.safeParse(given);
  const problems = parsed.success ? checkStaffingQuery(parsed.data) : parsed.error.issues;
  if (parsed.success && problems.length === 0) return parsed.data;
  const lines = problems.map((problem) => `--${problem.path[0] ?? '?'}: ${toTerminalText(problem.message)}`);
  throw new UsageError([...new Set(lines)].join('\n'), 'staffing');
}

/** The option a core field name is given by. */
const optionOf = (field: QueueField) => `--${field === 'busiestHour' ? 'busiest-hour' : field}`;

/** One warning line per input that looks like a slip; the result is still printed. */
export function formatStaffingChecks(plan: QueuePlan): string {
  return queueChecks(words(), plan)
    .map((check) => `warning: ${optionOf(check.field)}: ${check.message}\n`)
    .join('');
}

/** The table: a few staffing levels around the answer, the answer and the what-if marked, then the reading. */
export function formatStaffingTable(plan: QueuePlan): string {
  const { inputs, needed, whatIf } = plan;
  const within = formatDuration(inputs.target.seconds);
  const levels = levelsAround(plan);
  const header = [
    '',
    'people',
    `within ${within}`,
    'average wait',
    'wait at all',
    'occupancy',
    'on the rota',
  ];
  const rows = levels.map((f) => [
    f.agents === needed.agents ? 'need' : f.agents === whatIf?.agents ? 'you' : '',
    formatNumber(f.agents),
    f.stable ? formatPercent(f.serviceLevel, 1) : '-',
    f.stable ? formatDuration(f.averageWaitSeconds ?? 0) : 'grows',
    formatPercent(f.probabilityOfWaiting),
    formatPercent(f.occupancy),
    formatNumber(rosteredFor(f.agents, inputs.shrinkage)),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  const perAgent = concurrencyOf(inputs);
  const volume = isPerDay(inputs)
    ? `${describeVolume(words(), inputs)}, ${formatPercent(inputs.busiestHourShare ?? 1, 1)} (${formatNumber(plan.busiest.contacts, 1)}) in the busiest hour`
    : describeVolume(words(), inputs);
  const each =
    perAgent > 1
      ? `${formatDuration(inputs.handleSeconds)} each on its own, ${formatDuration(plan.serviceSeconds)} held ${perAgent} at a time`
      : `${formatDuration(inputs.handleSeconds)} each`;
  const workload =
    perAgent > 1
      ? `Workload: ${formatNumber(plan.traffic, 2)} erlangs, i.e. ${formatNumber(plan.traffic, 1)} chat slots busy all the time (${formatNumber(plan.traffic / perAgent, 1)} people holding ${perAgent} each) if nobody ever waited.`
      : `Workload: ${formatNumber(plan.traffic, 2)} erlangs, i.e. ${formatNumber(plan.traffic, 1)} people busy all the time if nobody ever waited.`;
  return [
    `${volume}, ${each}; target ${describeTarget(inputs.target)}; shrinkage ${formatPercent(inputs.shrinkage)}${inputs.maxOccupancy !== undefined ? `; occupancy at most ${formatPercent(inputs.maxOccupancy)}` : ''}.`,
    workload,
    '',
    line(header),
    ...rows.map(line),
    '',
    ...describeQueuePlan(words(), plan),
    '',
  ].join('\n');
}

/** The plan as JSON: inputs in seconds and shares (0 to 1), the answer, the what-if and the reading. */
export function staffingJson(plan: QueuePlan): string {
  const { curve: _curve, ...rest } = plan;
  const checks = queueChecks(words(), plan).map((check) => ({
    option: optionOf(check.field),
    message: check.message,
  }));
  return JSON.stringify({ ...rest, reading: describeQueuePlan(words(), plan), checks }, null, 2) + '\n';
}

export const staffingCommand: Command = {
  name: 'staffing',
  summary: 'Work out how many people a response promise takes (Erlang C for calls and chats)',
  usage:
    'playbook staffing --contacts N --per TIME --aht TIME --target GOAL [--busiest-hour PCT] [--shrinkage PCT] [--occupancy PCT] [--agents N] [--channel phone|chat] [--concurrency N] [--json]',
  options: OPTIONS,
  examples: [
    'playbook staffing --contacts 100 --per 30m --aht 3m --target 80/20s --shrinkage 30%',
    'playbook staffing --contacts 420 --per 1h --aht 6m --target 80/60s --occupancy 85% --agents 40',
    'playbook staffing --channel chat --concurrency 2 --contacts 60 --per 1h --aht 8m --target "avg 2m" --json',
    'playbook staffing --contacts 2400 --per day --busiest-hour 12% --aht 4m --target 80/30s',
  ],
  async run(args, io) {
    const plan = planQueue(readStaffingOptions(args));
    io.stdout(args.values.json ? staffingJson(plan) : formatStaffingTable(plan));
    io.stderr(formatStaffingChecks(plan));
    return 0;
  },
};
