// `playbook generate`: the command line's options checked and turned into GenerateOptions; the
// writing itself is in generate.ts, loaded only once the options are known to be good.
import type { GenerateOptions } from './generate.ts';
import { OUTPUT_FORMATS, isIsoDate, type OutputFormat } from '../schemas/handbook-config.ts';
import { PAPER_SIZES, type PaperSize } from '../schemas/paper.ts';
import { quoteForTerminal, toTerminalText } from '../core/terminal-text.ts';
import {
  CONFIG,
  CONTENT,
  loadGenerate,
  readSiteUrlFor,
  requireConfig,
  str,
  type Command,
} from './command.ts';
import { UsageError } from './io.ts';
import { closest } from '../core/did-you-mean.ts';

/** Splits `html,md` into known formats; unknown names are a usage error with a suggestion. */
async function parseFormats(value: string): Promise<OutputFormat[]> {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0)
    throw new UsageError(`--format needs at least one of ${OUTPUT_FORMATS.join(', ')}`, 'generate');
  for (const name of names) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(name)) {
      const guess = closest(name, [...OUTPUT_FORMATS]);
      throw new UsageError(
        `--format: unknown format ${quoteForTerminal(name)}${guess ? ` (did you mean "${guess}"?)` : ''}; expected a comma-separated list of ${OUTPUT_FORMATS.join(', ')}`,
        'generate',
      );
    }
  }
  return OUTPUT_FORMATS.filter((f) => names.includes(f));
}

function parsePaper(value: string): PaperSize {
  const paper = PAPER_SIZES.find((p) => p.toLowerCase() === value.trim().toLowerCase());
  if (!paper)
    throw new UsageError(
      `--paper: expected ${PAPER_SIZES.join(' or ')}, got ${quoteForTerminal(value)}`,
      'generate',
    );
  return paper;
}

export const generateCommand: Command = {
  name: 'generate',
  summary: "Write the company's handbook (HTML, Markdown, Word, PDF) and handouts",
  usage: `playbook generate --config FILE [--out DIR] [--format ${OUTPUT_FORMATS.join(',')}] [--force] [--date YYYY-MM-DD] [--paper A4|Letter] [--quiet] [--json]`,
  options: {
    config: CONFIG,
    out: {
      type: 'string',
      short: 'o',
      value: 'DIR',
      description: 'output folder (default: output.dir in the config, else ./handbook)',
    },
    format: {
      type: 'string',
      short: 'f',
      value: 'LIST',
      description: `comma-separated formats: ${OUTPUT_FORMATS.join(', ')} (default: output.formats in the config)`,
    },
    force: {
      type: 'boolean',
      description:
        'go ahead when the output folder holds files the generator did not write (or that you edited): they are moved aside into a dated folder beside it, never deleted',
    },
    date: {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'the cover date (default: date in the config; none if neither)',
    },
    paper: {
      type: 'string',
      value: 'SIZE',
      description: 'A4 or Letter (default: output.paper, else by locale)',
    },
    quiet: { type: 'boolean', short: 'q', description: 'no progress lines' },
    json: { type: 'boolean', description: 'print a machine-readable summary on stdout' },
    content: CONTENT,
  },
  examples: [
    'playbook generate --config examples/retailer.yaml',
    'playbook generate --config my-company.yaml --out site/handbook --format html,md --date 2025-03-01',
  ],
  async run(args, io) {
    const config = requireConfig(args, 'generate');
    const date = str(args, 'date');
    if (date !== undefined && !isIsoDate(date))
      throw new UsageError(
        `--date: expected a date written as YYYY-MM-DD, got ${quoteForTerminal(date)}`,
        'generate',
      );
    const format = str(args, 'format');
    const paper = str(args, 'paper');
    const quiet = Boolean(args.values.quiet);
    readSiteUrlFor(io);
    const { generate } = await loadGenerate();
    const options: GenerateOptions = {
      config,
      ...(str(args, 'out') ? { out: str(args, 'out') } : {}),
      ...(format !== undefined ? { formats: await parseFormats(format) } : {}),
      ...(paper !== undefined ? { paper: parsePaper(paper) } : {}),
      ...(date ? { date } : {}),
      ...(str(args, 'content') ? { content: str(args, 'content') } : {}),
      force: Boolean(args.values.force),
      progress: (line) => {
        if (!quiet) io.stderr(`${line}\n`);
      },
    };
    const summary = await generate(io, options);
    for (const moved of summary.movedAside) io.stderr(`note: ${toTerminalText(moved)}\n`);
    for (const skip of summary.skipped)
      io.stderr(
        `${summary.exitCode === 1 && skip.output === 'handbook.pdf' ? 'error' : 'note'}: ${skip.output} not written: ${skip.reason}\n`,
      );
    if (summary.exitCode === 1)
      io.stderr(
        `Nothing was written, and ${summary.outDir} is as it was, because a format you asked for could not be made.\n`,
      );
    if (args.values.json) io.stdout(JSON.stringify(summary, null, 2) + '\n');
    return summary.exitCode;
  },
};
