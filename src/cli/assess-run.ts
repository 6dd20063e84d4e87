// `playbook assess` from the command line's strings to the printed view: options checked first, so
// a typo is one line before any file is read. Loaded only when the command runs.
import { toTerminalText } from '../core/terminal-text.ts';
import { isIsoDate } from '../schemas/handbook-config.ts';
import { assess } from './assess.ts';
import { formatSummaryJson, formatTeamReport, formatTeamTable } from './assess-views.ts';
import { UsageError, type Io } from './io.ts';

const ASSESS_FORMATS = ['table', 'md', 'json'] as const;
const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;

/** The options of `playbook assess` as given on the command line, before checking. */
export interface AssessArgs {
  answers: string[];
  codes: string[];
  out?: string;
  force: boolean;
  format?: string;
  top?: string;
  company?: string;
  start?: string;
  cadence?: string;
  content?: string;
}

/** `playbook assess`: checks the options, combines the answers, prints the chosen view and writes the config. */
export async function runAssess(args: AssessArgs, io: Io): Promise<number> {
  const shown = (value: string) => toTerminalText(value);
  if (args.answers.length === 0 && args.codes.length === 0) {
    throw new UsageError(
      'missing --code CODE or --answers FILE: copy each person’s answer code from the /assess/ page (or export their answers file), then pass each one',
      'assess',
    );
  }
  if (args.start !== undefined && !isIsoDate(args.start))
    throw new UsageError(
      `--start: expected a date written as YYYY-MM-DD, got "${shown(args.start)}"`,
      'assess',
    );
  if (args.cadence !== undefined && !(CADENCES as readonly string[]).includes(args.cadence))
    throw new UsageError(
      `--cadence: expected ${CADENCES.join(', ')}, got "${shown(args.cadence)}"`,
      'assess',
    );
  const format = args.format ?? 'table';
  if (!(ASSESS_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format: expected ${ASSESS_FORMATS.join(', ')}, got "${shown(format)}"`, 'assess');
  const top = parseTop(args.top);
  const summary = await assess(io, {
    answers: args.answers,
    codes: args.codes,
    out: args.out ?? 'handbook.yaml',
    force: args.force,
    ...(top !== undefined ? { top } : {}),
    ...(args.company ? { company: args.company } : {}),
    // Like init, the cover date is read from the clock once and then fixed in the file.
    date: new Date().toISOString().slice(0, 10),
    ...(args.start ? { start: args.start } : {}),
    ...(args.cadence ? { cadence: args.cadence as (typeof CADENCES)[number] } : {}),
    ...(args.content ? { content: args.content } : {}),
  });
  io.stdout(
    format === 'json'
      ? formatSummaryJson(summary)
      : format === 'md'
        ? formatTeamReport(summary)
        : formatTeamTable(summary.team),
  );
  const out = shown(summary.out);
  const { tie } = summary;
  const tied = tie
    ? ` ${tie.modes} failure modes tie at ${tie.need} for the last ${tie.places === 1 ? 'place' : `${tie.places} places`}, so all ${tie.modes} are in; remove the ones you do not want.`
    : '';
  io.stderr(
    `Wrote ${out}: ${summary.priorities.length} chapter${summary.priorities.length === 1 ? '' : 's'} (${summary.priorities.join(', ')}).${tied} Edit the lines marked EDIT, then run: playbook generate --config ${out}\n`,
  );
  return 0;
}

/** Reads a positive whole number option such as --top. */
function parseTop(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw new UsageError(
      `--top: expected a whole number from 1 to 50, got "${toTerminalText(value)}"`,
      'assess',
    );
  return n;
}
