import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { buildHandbook } from '../core/handbook.ts';
import { checkHandbookConfig, type CheckedConfig } from '../core/config-check.ts';
import type { Library } from '../core/library.ts';
import { loadLibrary } from '../core/load.ts';
import { UserError, formatProblems } from '../core/problems.ts';
import { renderHandbookHtml } from '../render/handbook-html.ts';
import { renderHandbookMarkdown } from '../render/handbook-markdown.ts';
import { buildTrainingCalendar } from '../render/ics.ts';
import { renderHandoutHtml } from '../render/handouts.ts';
import { renderKitHtml } from '../render/kits.ts';
import { ChromiumNotFoundError, INSTALL_HINT } from '../render/chromium.ts';
import { renderPdfs, type PdfJob } from '../render/pdf.ts';
import type { OutputFormat, PaperSize } from '../schemas/handbook-config.ts';
import { StagedOutput } from './output-dir.ts';
import type { Io } from './io.ts';

/** The library folder: `--content`, else PLAYBOOK_CONTENT_DIR (as the site uses), else the project's content/. */
export async function loadLibraryFor(io: Io, contentDir?: string): Promise<{ library: Library; dir?: string }> {
  const dir = contentDir ?? io.env.PLAYBOOK_CONTENT_DIR;
  const resolved = dir ? resolve(io.cwd, dir) : undefined;
  if (resolved && !existsSync(resolved)) {
    throw new UserError([{ file: dir!, field: '--content', message: 'folder not found; expected a folder with failure-modes/*.mdx and sources.yaml' }], 'Cannot load the playbook');
  }
  return { library: await loadLibrary(resolved), dir: resolved };
}

/** Reads and checks a config file; throws UserError listing every problem, returns the warnings. */
export async function readConfig(io: Io, configPath: string, library: Library): Promise<Required<Pick<CheckedConfig, 'config'>> & CheckedConfig> {
  const absolute = resolve(io.cwd, configPath);
  const display = relative(io.cwd, absolute) || absolute;
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `config file not found; check the path, or create a starter with \`playbook init ${configPath}\``
        : code === 'EISDIR'
          ? 'is a folder; expected a YAML config file'
          : `cannot be read (${code ?? (error as Error).message})`;
    throw new UserError([{ file: display, field: '--config', message }], 'Cannot read the config');
  }
  // Paths in messages are shown relative to where the user is; the logo is looked up beside the config.
  const checked = checkHandbookConfig({ path: display, text }, library, { fileExists: (p) => existsSync(resolve(io.cwd, p)) });
  if (checked.logoPath) checked.logoPath = resolve(io.cwd, checked.logoPath);
  if (!checked.config) {
    const n = checked.problems.length;
    throw new UserError(checked.problems, `${display} has ${n} problem${n === 1 ? '' : 's'}; nothing was written`);
  }
  return checked as Required<Pick<CheckedConfig, 'config'>> & CheckedConfig;
}

/** A path as the user would type it: relative when inside the working folder, absolute otherwise. */
function displayPath(io: Io, path: string): string {
  const rel = relative(io.cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

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
  /** Outputs that could not be made, with the reason (e.g. PDFs without Chromium). */
  skipped: { output: string; reason: string }[];
  /** 0, or 1 when an explicitly requested output (the PDF) could not be made. */
  exitCode: 0 | 1;
}

/**
 * Loads, checks, builds and writes a handbook. User mistakes throw UserError before anything is
 * written. A missing Chromium skips the PDFs, still writes everything else, and sets exitCode 1 only
 * when `pdf` was requested (PDF handouts are a bonus to the HTML handouts, so they never fail a run).
 */
export async function generate(io: Io, options: GenerateOptions): Promise<GenerateSummary> {
  const { progress } = options;
  const { library, dir: contentDir } = await loadLibraryFor(io, options.content);
  progress(`Loaded the playbook: ${library.modes.length} failure modes`);
  const { config, warnings, logoPath } = await readConfig(io, options.config, library);
  const configPath = resolve(io.cwd, options.config);
  progress(`Checked ${relative(io.cwd, configPath) || configPath}: ${config.priorities.length} chapters`);
  for (const warning of warnings) progress(`warning: ${formatProblems([warning]).trim()}`);

  const formats = options.formats ?? config.output.formats;
  const trainingStart = config.training?.start;
  if (formats.includes('ics') && !trainingStart) {
    const file = relative(io.cwd, configPath) || configPath;
    throw new UserError([{ file, field: 'training.start', message: 'the ics format needs the first session\'s date, e.g. "training: { start: 2025-09-08, cadence: weekly }"' }], 'Cannot write training-plan.ics; nothing was written');
  }
  const outDir = resolve(io.cwd, options.out ?? config.output.dir);
  const displayOut = displayPath(io, outDir);
  const staged = await StagedOutput.open(outDir, { force: options.force ?? false, protect: [configPath, ...(contentDir ? [contentDir] : [])], cwd: io.cwd });
  const skipped: GenerateSummary['skipped'] = [];
  let exitCode: 0 | 1 = 0;
  try {
    const handbook = await buildHandbook(library, config, {
      ...(options.date ? { date: options.date } : {}),
      ...(options.paper ? { paper: options.paper } : {}),
      ...(logoPath ? { logo: await readFile(logoPath), logoPath } : {}),
    });
    progress(`Built the handbook model (${handbook.paper}${handbook.date ? `, dated ${handbook.date.iso}` : ', no cover date'})`);

    const html = renderHandbookHtml(handbook);
    if (formats.includes('html')) {
      await staged.write('handbook.html', html);
      progress('Wrote handbook.html');
    }
    if (formats.includes('md')) {
      await staged.write('handbook.md', renderHandbookMarkdown(handbook));
      progress('Wrote handbook.md');
    }
    if (formats.includes('ics') && trainingStart) {
      const calendar = buildTrainingCalendar(handbook.chapters.map((c) => c.mode), {
        start: trainingStart,
        cadence: config.training!.cadence,
        company: config.company,
        stamp: handbook.date?.iso ?? trainingStart,
      });
      await staged.write('training-plan.ics', calendar);
      progress(`Wrote training-plan.ics (${handbook.chapters.length} session${handbook.chapters.length === 1 ? '' : 's'}, then refreshers)`);
    }
    const handouts = handbook.chapters.map((c) => ({
      name: `handouts/${String(c.number).padStart(2, '0')}-${c.mode.id}`,
      html: renderHandoutHtml(c.mode, { company: config.company, locale: config.locale, accent: config.branding.accent }),
    }));
    if (formats.includes('handouts')) {
      for (const handout of handouts) await staged.write(`${handout.name}.html`, handout.html);
      progress(`Wrote ${handouts.length} handout${handouts.length === 1 ? '' : 's'} (HTML)`);
    }

    // Training kits: a facilitator sheet and cut-out cards per chapter; their PDFs join the print run below.
    const kits = formats.includes('kits')
      ? handbook.chapters.map((c) => ({
          name: `kits/${String(c.number).padStart(2, '0')}-${c.mode.id}`,
          html: renderKitHtml(c.mode, { company: config.company, locale: config.locale, accent: config.branding.accent }),
        }))
      : [];
    for (const kit of kits) await staged.write(`${kit.name}.html`, kit.html);
    if (kits.length > 0) progress(`Wrote ${kits.length} training kit${kits.length === 1 ? '' : 's'} (HTML)`);

    const jobs: (PdfJob & { path: string })[] = [
      ...(formats.includes('pdf') ? [{ path: 'handbook.pdf', html, paper: handbook.paper }] : []),
      ...(formats.includes('handouts') ? handouts.map((x) => ({ path: `${x.name}.pdf`, html: x.html, paper: handbook.paper })) : []),
      ...kits.map((x) => ({ path: `${x.name}.pdf`, html: x.html, paper: handbook.paper })),
    ];
    if (jobs.length > 0) {
      progress(`Printing ${jobs.length} PDF${jobs.length === 1 ? '' : 's'} with Chromium`);
      try {
        const pdfs = await renderPdfs(jobs);
        for (const [i, job] of jobs.entries()) await staged.write(job.path, pdfs[i]!);
        progress(`Wrote ${jobs.length} PDF${jobs.length === 1 ? '' : 's'}`);
      } catch (error) {
        if (!(error instanceof ChromiumNotFoundError)) throw error;
        const reason = `${INSTALL_HINT} Or open handbook.html in a browser and print it to PDF.`;
        if (formats.includes('pdf')) {
          skipped.push({ output: 'handbook.pdf', reason });
          exitCode = 1;
        }
        if (formats.includes('handouts')) skipped.push({ output: 'handouts/*.pdf', reason: 'Chromium was not found; the HTML handouts print from any browser.' });
        if (kits.length > 0) skipped.push({ output: 'kits/*.pdf', reason: 'Chromium was not found; the HTML kits print from any browser.' });
      }
    }
    await staged.commit();
  } catch (error) {
    await staged.discard();
    throw error;
  }
  progress(`Done: ${staged.written.length} files in ${displayOut}`);
  return {
    ok: exitCode === 0,
    config: relative(io.cwd, configPath) || configPath,
    outDir: displayOut,
    formats,
    chapters: config.priorities,
    files: staged.written.filter((f) => !f.path.startsWith('.')).sort((a, b) => a.path.localeCompare(b.path)),
    warnings: warnings.map((w) => formatProblems([w]).trim()),
    skipped,
    exitCode,
  };
}
