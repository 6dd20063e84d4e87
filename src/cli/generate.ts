import { resolve } from 'node:path';
import { buildHandbook } from '../core/handbook/handbook.ts';
import { PROJECT_ROOT } from '../core/project-root.ts';
import { UserError, formatProblems } from '../core/problems.ts';
import { OUTPUTS, layOut } from '../render/outputs.ts';
import type { HandbookRun, HandbookTrees, PrintJob } from '../render/output-types.ts';
import { ChromiumNotFoundError } from '../render/pdf/chromium.ts';
import { renderPdfs, startPrinter, type Printer } from '../render/pdf/print.ts';
import { findUnprintableCharacters } from '../render/pdf/fonts.ts';
import type { HandbookConfig, OutputFormat } from '../schemas/handbook-config.ts';
import type { PaperSize } from '../schemas/paper.ts';
import { displayPath, loadLibraryFor, readConfig } from './config-file.ts';
import type { Library } from '../core/library/library.ts';
import { loadLibraryToRender } from '../core/library/load.ts';
import { checkOutputLocation, liesInside } from './output-guard.ts';
import { StagedOutput, describeForeign } from './output-dir.ts';
import { outputError } from './fs-errors.ts';
import type { Io } from './io.ts';
import { normaliseSiteUrl } from '../site-url.ts';
import { toTerminalText } from '../core/terminal-text.ts';

// Older callers import these from here.
export { loadLibraryFor, readConfig };

export interface GenerateOptions {
  config: string;
  out?: string;
  formats?: OutputFormat[];
  force?: boolean;
  date?: string;
  paper?: PaperSize;
  content?: string;
  /** One line per step. */
  progress: (line: string) => void;
}

export interface GenerateSummary {
  ok: boolean;
  config: string;
  outDir: string;
  formats: OutputFormat[];
  chapters: string[];
  files: { path: string; bytes: number }[];
  warnings: string[];
  /** What was moved aside instead of deleted (files the generator did not write), one sentence each. */
  movedAside: string[];
  /** Outputs that could not be made, with the reason (e.g. PDFs without Chromium). */
  skipped: { output: string; reason: string }[];
  /** 0, or 1 when an explicitly requested output (the PDF) could not be made. */
  exitCode: 0 | 1;
}

/**
 * Loads, checks, builds and writes a handbook. User mistakes throw UserError before anything is
 * written. The previous handbook stays untouched unless every requested output was made: a missing
 * Chromium when `pdf` was asked for leaves it as it was and exits 1. PDF handouts are a bonus to the
 * HTML handouts, so a missing Chromium only notes their absence.
 */
export async function generate(io: Io, options: GenerateOptions): Promise<GenerateSummary> {
  // Chromium starts now when the formats asked for need it, to start up while the handbook is loaded and laid out.
  const chromium: { printer?: Printer } = {
    printer: options.formats?.some(printsPdf) ? startPrinter(io.env) : undefined,
  };
  try {
    return await generateWith(io, options, chromium);
  } finally {
    await chromium.printer?.close();
  }
}

/**
 * The library in the handbook's language. The config was checked against the English library, whose
 * ids every translation keeps; a chapter not translated yet is printed in English, and said so here.
 */
async function libraryInLanguage(
  library: Library,
  contentDir: string,
  config: HandbookConfig,
  progress: (line: string) => void,
): Promise<Library> {
  if (config.language === 'en') return library;
  const translated = await loadLibraryToRender(contentDir, { language: config.language, english: library });
  const chosen = new Set(config.priorities);
  const english = translated.modes.filter((m) => m.untranslated && chosen.has(m.id));
  const name = new Intl.DisplayNames('en', { type: 'language' }).of(config.language) ?? config.language;
  if (english.length > 0)
    progress(
      `warning: ${english.length} of ${chosen.size} chapters are not translated into ${name} yet and are printed in English: ${english.map((m) => m.id).join(', ')}`,
    );
  return translated;
}

/** Formats printed with Chromium. */
const printsPdf = (format: OutputFormat) => OUTPUTS[format].print !== undefined;

async function generateWith(
  io: Io,
  options: GenerateOptions,
  chromium: { printer?: Printer },
): Promise<GenerateSummary> {
  const { progress } = options;
  // Read here rather than at import, so a run sees the environment it was given.
  const siteUrl = normaliseSiteUrl(io.env.PLAYBOOK_SITE_URL);
  const { library, dir: contentDir } = await loadLibraryFor(io, options.content);
  progress(`Loaded the playbook: ${library.modes.length} failure modes`);
  const {
    config,
    warnings,
    logo,
    inputFiles,
    path: configPath,
    display: configDisplay,
  } = await readConfig(io, options.config, library);
  progress(`Checked ${configDisplay}: ${config.priorities.length} chapters`);
  const handbookLibrary = await libraryInLanguage(library, contentDir, config, progress);
  for (const warning of warnings) progress(`warning: ${formatProblems([warning]).trim()}`);

  const formats = options.formats ?? config.output.formats;
  // Formats from the config: Chromium starts as soon as they are known.
  if (formats.some(printsPdf)) chromium.printer ??= startPrinter(io.env);
  for (const format of formats) {
    const missing = OUTPUTS[format].cannotMake(config);
    if (missing)
      throw new UserError(
        [{ file: configDisplay, ...missing }],
        `Cannot write ${OUTPUTS[format].files}; nothing was written`,
      );
  }
  const outDir = resolve(io.cwd, options.out ?? config.output.dir);
  const displayOut = displayPath(io, outDir);
  if (options.out === undefined && !liesInside(io.cwd, outDir)) {
    // The config's output.dir was checked as text; a link inside the current folder could still lead out of it.
    throw new UserError(
      [
        {
          file: configDisplay,
          field: 'output.dir',
          message: `${toTerminalText(config.output.dir)} leads outside the current folder (through a link); give a folder inside it, or pass --out on the command line to write elsewhere`,
        },
      ],
      'Cannot write the handbook; nothing was changed',
    );
  }
  const refusal = checkOutputLocation(outDir, {
    cwd: io.cwd,
    home: io.env.HOME,
    configFile: configPath,
    inputFiles,
    libraryDir: contentDir,
    projectRoot: PROJECT_ROOT,
  });
  if (refusal) throw outputError(displayOut, refusal);
  const staged = await StagedOutput.open(outDir, { force: options.force ?? false, display: displayOut });
  const skipped: GenerateSummary['skipped'] = [];
  const movedAside = staged.recovered.map(
    (folder) =>
      `an interrupted earlier run left files the generator did not write beside ${displayOut}; they were moved into ${displayPath(io, folder)}, nothing was deleted`,
  );
  let exitCode: 0 | 1 = 0;
  try {
    const handbook = await buildHandbook(handbookLibrary, config, {
      ...(options.date ? { date: options.date } : {}),
      ...(options.paper ? { paper: options.paper } : {}),
      ...(logo ? { logo: logo.bytes, logoPath: logo.absolute } : {}),
    });
    progress(
      `Built the handbook model (${handbook.paper}${handbook.date ? `, dated ${handbook.date.iso}` : ', no cover date'})`,
    );

    const run: HandbookRun = { handbook, config, ...(siteUrl ? { siteUrl } : {}) };
    // Laid out once: every format that needs the same tree takes it from here.
    const trees = layOut(run);
    await writeFiles(staged, run, trees, formats, progress);
    const jobs = formats.flatMap((f) => OUTPUTS[f].print?.jobs(run, trees) ?? []);
    if (jobs.length > 0) {
      const printed = await printPdfs(io, jobs, staged, {
        formats,
        config,
        progress,
        printer: chromium.printer,
      });
      skipped.push(...printed.skipped);
      exitCode = printed.exitCode;
    }
    if (exitCode !== 0) {
      await staged.discard();
    } else {
      const { movedAside: folder, moved } = await staged.commit();
      if (folder) {
        const what = moved
          ? describeForeign(moved)
          : 'files the generator did not write (they arrived while it was writing)';
        movedAside.push(
          `${displayOut} held ${what}; ${moved?.count === 1 ? 'it was' : 'they were'} moved into ${displayPath(io, folder)}, nothing was deleted`,
        );
      }
    }
  } catch (error) {
    await staged.discard();
    throw error;
  }
  if (exitCode === 0) progress(`Done: ${staged.written.length} files in ${displayOut}`);
  return {
    ok: exitCode === 0,
    config: configDisplay,
    outDir: displayOut,
    formats,
    chapters: config.priorities,
    files:
      exitCode === 0
        ? staged.written.filter((f) => !f.path.startsWith('.')).sort((a, b) => a.path.localeCompare(b.path))
        : [],
    warnings: warnings.map((w) => formatProblems([w]).trim()),
    movedAside,
    skipped,
    exitCode,
  };
}

/** Writes each requested format's files, in the table's order, one progress line per format. */
async function writeFiles(
  staged: StagedOutput,
  run: HandbookRun,
  trees: HandbookTrees,
  formats: OutputFormat[],
  progress: (line: string) => void,
): Promise<void> {
  for (const format of formats) {
    const files = await OUTPUTS[format].render(run, trees);
    for (const file of files) await staged.write(file.path, file.content);
    if (files.length > 0) progress(OUTPUTS[format].wrote(files, run));
  }
}

/**
 * Prints the PDFs with Chromium and stages them. Without Chromium, a format whose PDF is required
 * (the handbook's) fails the run (exit 1); handout and kit PDFs are a bonus to their HTML, so
 * their absence is only noted.
 */
async function printPdfs(
  io: Io,
  jobs: PrintJob[],
  staged: StagedOutput,
  options: {
    formats: OutputFormat[];
    config: HandbookConfig;
    progress: (line: string) => void;
    printer: Printer | undefined;
  },
): Promise<{ exitCode: 0 | 1; skipped: GenerateSummary['skipped'] }> {
  const { formats, progress } = options;
  const missing = await findUnprintableCharacters(configText(options.config));
  if (missing.length > 0) {
    const them = missing.length === 1 ? 'it' : 'them';
    progress(
      `warning: no font on this machine has ${missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}, so the PDF shows an empty box for ${them}; install a font that has ${them} (for emoji on Debian: fonts-noto-color-emoji) or remove ${them} from the config`,
    );
  }
  progress(`Printing ${jobs.length} PDF${jobs.length === 1 ? '' : 's'} with Chromium`);
  try {
    const pdfs = await renderPdfs(jobs, {
      env: io.env,
      ...(options.printer ? { printer: options.printer } : {}),
    });
    for (const [i, job] of jobs.entries()) await staged.write(job.path, pdfs[i]!);
    progress(`Wrote ${jobs.length} PDF${jobs.length === 1 ? '' : 's'}`);
    return { exitCode: 0, skipped: [] };
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error;
    const printed = formats.map((f) => OUTPUTS[f].print).filter((p) => p !== undefined);
    return {
      exitCode: printed.some((p) => p.required) ? 1 : 0,
      skipped: printed.map((p) => p.withoutChromium),
    };
  }
}

/** Every piece of user text that a PDF prints, for the font check. */
function configText(config: HandbookConfig): string {
  const { standards } = config;
  return [
    config.company,
    config.vision,
    standards.firstResponse,
    standards.callback,
    standards.refundLimit ?? '',
    ...standards.others.flatMap((o) => [o.name, o.value]),
    ...config.empowerment.flatMap((r) => [r.role, r.decision, r.limit]),
  ].join(' ');
}
