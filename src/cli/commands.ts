import { lstat, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { GenerateOptions } from './generate.ts';
import type { Library } from '../core/library/library.ts';
import { UserError, formatProblems } from '../core/problems.ts';
import { OUTPUT_FORMATS, isIsoDate, type OutputFormat } from '../schemas/handbook-config.ts';
import { PAPER_SIZES, type PaperSize } from '../schemas/paper.ts';
import { UsageError, closestName, type Io } from './io.ts';
import { starterConfig } from './starter.ts';
import { writeSingleFile } from './single-file.ts';
import { quoteForTerminal, toTerminalText } from '../core/terminal-text.ts';
import { readSiteUrl, siteUrlError } from '../core/config/site-address.ts';
import { staffingCommand } from './staffing.ts';
import { printCommand } from './print.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help, e.g. FILE. */
  value?: string;
  /** The option may be given more than once; its value is then a list. */
  multiple?: boolean;
  description: string;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  positionals?: { name: string; description: string }[];
  options: Record<string, OptionSpec>;
  examples: string[];
  run: (args: ParsedArgs, io: Io) => Promise<number>;
}

const CONTENT: OptionSpec = {
  type: 'string',
  value: 'DIR',
  description: 'playbook library folder (default: the project content/, or PLAYBOOK_CONTENT_DIR)',
};
const CONFIG: OptionSpec = {
  type: 'string',
  short: 'c',
  value: 'FILE',
  description: 'the handbook config (YAML)',
};

// Loaded on demand: the library and renderers take a second to import, and help or init need neither.
const load = () => import('./generate.ts');

const str = (args: ParsedArgs, name: string) =>
  typeof args.values[name] === 'string' ? (args.values[name] as string) : undefined;
const strs = (args: ParsedArgs, name: string) =>
  [args.values[name] ?? []].flat().filter((v): v is string => typeof v === 'string');
const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;

function requireConfig(args: ParsedArgs, command: string): string {
  const config = str(args, 'config') ?? args.positionals[0];
  if (!config)
    throw new UsageError(
      'missing --config FILE: which handbook config to use (e.g. --config examples/retailer.yaml)',
      command,
    );
  return config;
}

/** Splits `html,md` into known formats; unknown names are a usage error with a suggestion. */
export async function parseFormats(value: string): Promise<OutputFormat[]> {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0)
    throw new UsageError(`--format needs at least one of ${OUTPUT_FORMATS.join(', ')}`, 'generate');
  for (const name of names) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(name)) {
      const guess = await closestName(name, [...OUTPUT_FORMATS]);
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

/**
 * PLAYBOOK_SITE_URL as validate and generate use it: its warnings printed, an address too long for
 * a handout's QR code refused before anything is built.
 */
function readSiteUrlFor(io: Io): string | undefined {
  const reading = readSiteUrl(io.env.PLAYBOOK_SITE_URL);
  for (const warning of reading.warnings) io.stderr(`warning: ${warning}\n`);
  if (reading.problem) throw siteUrlError(reading.problem);
  return reading.url;
}

/**
 * A library folder named by --content or PLAYBOOK_CONTENT_DIR must hold failure-modes/ and
 * sources.yaml; anything else is the wrong folder, said in one line before the loader reads it.
 */
export async function checkContentFolder(io: Io, option: string | undefined): Promise<void> {
  const given = option ?? io.env.PLAYBOOK_CONTENT_DIR;
  if (given === undefined || (option === undefined && given === '')) return;
  const field = option !== undefined ? '--content' : 'PLAYBOOK_CONTENT_DIR';
  const fail = (message: string): never => {
    throw new UserError([{ file: given || '(empty)', field, message }], 'Cannot load the playbook');
  };
  // Empty, the loader would quietly read the project's own library instead.
  if (given.trim() === '') fail('is empty; give the library folder, e.g. --content content');
  const expected =
    "expected a folder that holds failure-modes/*.mdx and sources.yaml, such as the project's content/ folder";
  const dir = resolve(io.cwd, given);
  const kind = async (path: string) =>
    stat(path).then(
      (info) => (info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other'),
      (error: NodeJS.ErrnoException) =>
        error.code === 'EACCES' || error.code === 'EPERM' ? 'unreadable' : 'missing',
    );
  const top = await kind(dir);
  if (top === 'missing') fail(`folder not found; ${expected}`);
  if (top === 'unreadable') fail(`permission denied; check that you may read this folder`);
  if (top !== 'folder') fail(`is not a playbook library: it is a file, not a folder; ${expected}`);
  const [modes, sources] = await Promise.all([
    kind(join(dir, 'failure-modes')),
    kind(join(dir, 'sources.yaml')),
  ]);
  const missing = [
    ...(modes !== 'folder' ? ['no failure-modes folder'] : []),
    ...(sources !== 'file' ? ['no sources.yaml file'] : []),
  ];
  if (missing.length > 0) fail(`is not a playbook library: it has ${missing.join(' and ')}; ${expected}`);
  const pages = await readdir(join(dir, 'failure-modes')).then(
    (names) => names.filter((n) => n.endsWith('.mdx')).length,
    () => fail('permission denied on its failure-modes folder; check that you may read it'),
  );
  if (pages === 0)
    fail(`is not a playbook library: its failure-modes folder holds no .mdx pages; ${expected}`);
}

/** One mode's plays: id, title and owner, for `chapters.<id>.skip`. */
async function listPlays(io: Io, library: Library, id: string, json: boolean): Promise<number> {
  const mode = library.modes.find((m) => m.id === id);
  if (!mode) {
    const guess = await closestName(
      id,
      library.modes.map((m) => m.id),
    );
    throw new UsageError(
      `--plays: unknown failure mode "${toTerminalText(id)}"${guess ? ` (did you mean "${guess}"?)` : ''}; \`playbook list\` shows every id`,
      'list',
    );
  }
  const names = Object.fromEntries(library.roles.map((r) => [r.id, r.name]));
  if (json) {
    io.stdout(
      JSON.stringify(
        mode.plays.map((p) => ({
          id: p.id,
          title: p.title,
          owner: p.owner,
          ...(p.with ? { with: p.with } : {}),
        })),
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const width = Math.max(...mode.plays.map((p) => p.id.length));
  const owner = (p: (typeof mode.plays)[number]) =>
    [p.owner, p.with]
      .filter(Boolean)
      .map((r) => names[r!] ?? r)
      .join(', with ');
  io.stdout(
    [
      toTerminalText(mode.title),
      ...mode.plays.map(
        (p) => `  ${p.id.padEnd(width)}  ${toTerminalText(p.title)} (${toTerminalText(owner(p))})`,
      ),
      '',
    ].join('\n'),
  );
  return 0;
}

/** The role vocabulary: id, neutral title and what the role does, for a config's `roles`. */
function listRoles(io: Io, library: Library, json: boolean): number {
  if (json) {
    io.stdout(JSON.stringify(library.roles, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...library.roles.map((r) => r.id.length));
  io.stdout(
    [
      ...library.roles.map(
        (r) => `  ${r.id.padEnd(width)}  ${toTerminalText(r.name)}: ${toTerminalText(r.description)}`,
      ),
      '',
    ].join('\n'),
  );
  return 0;
}

/** Every command, declared as data; `main` parses arguments from these declarations and prints help from them. */
export const COMMANDS: Command[] = [
  {
    name: 'list',
    summary: 'List the failure-mode ids, with titles and categories, to choose priorities from',
    usage: 'playbook list [--plays ID] [--roles] [--json]',
    options: {
      plays: {
        type: 'string',
        value: 'ID',
        description:
          "one failure mode's plays, with the ids a config's `chapters.<id>.skip` names, and their owners",
      },
      roles: {
        type: 'boolean',
        description: "the roles plays are given to, with the ids a config's `roles` maps to your titles",
      },
      json: { type: 'boolean', description: 'print the list as JSON' },
      content: CONTENT,
    },
    examples: [
      'playbook list',
      'playbook list --plays understaffing',
      'playbook list --roles',
      'playbook list --json',
    ],
    async run(args, io) {
      const [{ loadLibraryFor }, { groupByCategory }] = await Promise.all([
        load(),
        import('../core/library/navigation.ts'),
      ]);
      const { library } = await loadLibraryFor(io, str(args, 'content'));
      if (args.values.roles) return listRoles(io, library, Boolean(args.values.json));
      const playsOf = str(args, 'plays');
      if (playsOf !== undefined) return listPlays(io, library, playsOf, Boolean(args.values.json));
      if (args.values.json) {
        io.stdout(
          JSON.stringify(
            library.modes.map((m) => ({
              id: m.id,
              title: m.title,
              category: m.category,
              audiences: m.audiences,
            })),
            null,
            2,
          ) + '\n',
        );
        return 0;
      }
      const width = Math.max(...library.modes.map((m) => m.id.length));
      const lines = groupByCategory(library.modes).flatMap((g) => [
        `${g.label}`,
        ...g.modes.map((m) => `  ${m.id.padEnd(width)}  ${toTerminalText(m.title)}`),
        '',
      ]);
      io.stdout(lines.join('\n'));
      return 0;
    },
  },
  {
    name: 'init',
    summary: 'Write a commented starter config (never overwrites a file)',
    usage: 'playbook init [FILE]',
    positionals: [{ name: 'FILE', description: 'where to write it (default: handbook.yaml)' }],
    options: {},
    examples: ['playbook init my-company.yaml'],
    async run(args, io) {
      const file = resolve(io.cwd, args.positionals[0] ?? 'handbook.yaml');
      const display = relative(io.cwd, file) || file;
      if (
        await lstat(file).then(
          () => true,
          () => false,
        )
      ) {
        throw new UsageError(
          `${toTerminalText(display)} already exists; init never overwrites a file. Choose another name, e.g. \`playbook init my-company.yaml\``,
          'init',
        );
      }
      // The one place the generator reads the clock: the date becomes part of the config.
      await writeSingleFile(
        file,
        display,
        starterConfig(new Date().toISOString().slice(0, 10)),
        false,
        'starter config',
      );
      io.stderr(
        `Wrote ${toTerminalText(display)}. Edit it, then run: playbook validate --config ${toTerminalText(display)}\n`,
      );
      return 0;
    },
  },
  {
    name: 'validate',
    summary: 'Check a config against the playbook and report every problem at once',
    usage: 'playbook validate --config FILE',
    options: {
      config: CONFIG,
      content: CONTENT,
      json: { type: 'boolean', description: 'print the result as JSON' },
    },
    examples: ['playbook validate --config examples/retailer.yaml'],
    async run(args, io) {
      const configPath = requireConfig(args, 'validate');
      const siteUrl = readSiteUrlFor(io);
      const [{ loadLibraryFor, readConfig }, { renderEveryOutput }] = await Promise.all([
        load(),
        import('./validate-outputs.ts'),
      ]);
      const { library } = await loadLibraryFor(io, str(args, 'content'));
      const read = await readConfig(io, configPath, library);
      await renderEveryOutput(library, read, siteUrl);
      const { config, warnings } = read;
      if (args.values.json) {
        io.stdout(
          JSON.stringify(
            {
              ok: true,
              config: configPath,
              chapters: config.priorities,
              warnings: warnings.map((w) => formatProblems([w]).trim()),
            },
            null,
            2,
          ) + '\n',
        );
      } else {
        if (warnings.length > 0) io.stderr(`Warnings:\n${formatProblems(warnings)}\n`);
        io.stderr(
          `${configPath} is valid: ${config.priorities.length} chapters (${config.priorities.join(', ')}).\n`,
        );
      }
      return 0;
    },
  },
  {
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
      const { generate } = await load();
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
  },
  {
    name: 'assess',
    summary:
      "Combine answers from the site's /assess/ page (codes or files): print the team view or report, and write a handbook config",
    usage:
      'playbook assess [--code CODE ...] [--answers FILE ...] [--out FILE] [--force] [--format table|md|json] [--top N] [--company NAME] [--start YYYY-MM-DD] [--cadence weekly|fortnightly|monthly]',
    options: {
      code: {
        type: 'string',
        value: 'CODE',
        multiple: true,
        description:
          'an answer code (SPA1-…) copied from the /assess/ page; repeat for each person, or paste several in one',
      },
      answers: {
        type: 'string',
        short: 'a',
        value: 'FILE',
        multiple: true,
        description: 'an answers file (.json) from the /assess/ page; repeat for each person',
      },
      out: {
        type: 'string',
        short: 'o',
        value: 'FILE',
        description: 'where to write the handbook config (default: handbook.yaml)',
      },
      force: { type: 'boolean', description: 'replace the --out file if it exists' },
      format: {
        type: 'string',
        short: 'f',
        value: 'FORMAT',
        description:
          'what to print: table (the team view), md (the one-page team report as Markdown) or json (default: table)',
      },
      top: {
        type: 'string',
        value: 'N',
        description:
          'how many of the neediest failure modes become chapters (default: 5); modes tied with the last one all come in, and the run says so',
      },
      company: {
        type: 'string',
        value: 'NAME',
        description: 'the company name (default: the first one in the answers)',
      },
      start: {
        type: 'string',
        value: 'YYYY-MM-DD',
        description:
          'first training session, for the training calendar (default: none, left for you to fill in)',
      },
      cadence: {
        type: 'string',
        value: 'WHEN',
        description: `how often training runs: ${CADENCES.join(', ')} (default: weekly)`,
      },
      json: { type: 'boolean', description: 'the same as --format json' },
      content: CONTENT,
    },
    examples: [
      'playbook assess --code SPA1-… --code SPA1-… --code SPA1-… --out handbook.yaml',
      'playbook assess -a lea.json -a fay.json -a finn.json --format md > team-report.md',
      'playbook assess -a team/*.json --start 2025-09-08 --cadence fortnightly',
    ],
    async run(args, io) {
      const { runAssess } = await import('./assess.ts');
      return runAssess(
        {
          answers: strs(args, 'answers'),
          codes: strs(args, 'code'),
          out: str(args, 'out'),
          force: Boolean(args.values.force),
          format: args.values.json ? 'json' : str(args, 'format'),
          top: str(args, 'top'),
          company: str(args, 'company'),
          start: str(args, 'start'),
          cadence: str(args, 'cadence'),
          content: str(args, 'content'),
        },
        io,
      );
    },
  },
  staffingCommand,
  printCommand,
];
