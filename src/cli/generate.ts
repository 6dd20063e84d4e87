import { resolve } from 'node:path';
import { buildHandbook, type Handbook } from '../core/handbook/handbook.ts';
import { listSections } from '../document/handbook.ts';
import { PROJECT_ROOT } from '../core/library/load.ts';
import { UserError, formatProblems } from '../core/problems.ts';
import { renderHandbookHtml } from '../render/handbook-html.ts';
import { renderHandbookMarkdown } from '../render/handbook-markdown.ts';
import { renderHandbookCalendar, renderHandbookHandouts } from '../render/handbook-outputs.ts';
import { renderKitHtml } from '../render/kits.ts';
import { ChromiumNotFoundError, INSTALL_HINT } from '../render/pdf/chromium.ts';
import { renderPdfs, startPrinter, type PageNumbers, type PdfJob, type Printer } from '../render/pdf/print.ts';
import { findUnprintableCharacters } from '../render/pdf/fonts.ts';
import type { HandbookConfig, OutputFormat, PaperSize } from '../schemas/handbook-config.ts';
import { displayPath, loadLibraryFor, readConfig } from './config-file.ts';
import { checkOutputLocation, liesInside } from './output-guard.ts';
import { StagedOutput, describeForeign, outputError } from './output-dir.ts';
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
  const chromium: { printer?: Printer } = { printer: options.formats?.some(printsPdf) ? startPrinter(io.env) : undefined };
  try {
    return await generateWith(io, options, chromium);
  } finally {
    await chromium.printer?.close();
  }
}

/** Formats printed with Chromium. */
const printsPdf = (format: OutputFormat) => format === 'pdf' || format === 'handouts' || format === 'kits';

async function generateWith(io: Io, options: GenerateOptions, chromium: { printer?: Printer }): Promise<GenerateSummary> {
  const { progress } = options;
  // Read here rather than at import, so a run sees the environment it was given.
  const siteUrl = normaliseSiteUrl(io.env.PLAYBOOK_SITE_URL);
  const { library, dir: contentDir } = await loadLibraryFor(io, options.content);
  progress(`Loaded the playbook: ${library.modes.length} failure modes`);
  const { config, warnings, logo, path: configPath, display: configDisplay } = await readConfig(io, options.config, library);
  progress(`Checked ${configDisplay}: ${config.priorities.length} chapters`);
  for (const warning of warnings) progress(`warning: ${formatProblems([warning]).trim()}`);

  const formats = options.formats ?? config.output.formats;
  // Formats from the config: Chromium starts as soon as they are known.
  if (formats.some(printsPdf)) chromium.printer ??= startPrinter(io.env);
  if (formats.includes('ics') && !config.training?.start) {
    throw new UserError([{ file: configDisplay, field: 'training.start', message: 'the ics format needs the first session\'s date, e.g. "training: { start: 2025-09-08, cadence: weekly }"' }], 'Cannot write training-plan.ics; nothing was written');
  }
  const outDir = resolve(io.cwd, options.out ?? config.output.dir);
  const displayOut = displayPath(io, outDir);
  if (options.out === undefined && !liesInside(io.cwd, outDir)) {
    // The config's output.dir was checked as text; a link inside the current folder could still lead out of it.
    throw new UserError([{ file: configDisplay, field: 'output.dir', message: `${toTerminalText(config.output.dir)} leads outside the current folder (through a link); give a folder inside it, or pass --out on the command line to write elsewhere` }], 'Cannot write the handbook; nothing was changed');
  }
  const refusal = checkOutputLocation(outDir, {
    cwd: io.cwd,
    home: io.env.HOME,
    configFile: configPath,
    inputFiles: logo ? [logo.absolute] : [],
    libraryDir: contentDir,
    projectRoot: PROJECT_ROOT,
  });
  if (refusal) throw outputError(displayOut, refusal);
  const staged = await StagedOutput.open(outDir, { force: options.force ?? false, display: displayOut });
  const skipped: GenerateSummary['skipped'] = [];
  const movedAside = staged.recovered.map((folder) => `an interrupted earlier run left files the generator did not write beside ${displayOut}; they were moved into ${displayPath(io, folder)}, nothing was deleted`);
  let exitCode: 0 | 1 = 0;
  try {
    const handbook = await buildHandbook(library, config, {
      ...(options.date ? { date: options.date } : {}),
      ...(options.paper ? { paper: options.paper } : {}),
      ...(logo ? { logo: logo.bytes, logoPath: logo.absolute } : {}),
    });
    progress(`Built the handbook model (${handbook.paper}${handbook.date ? `, dated ${handbook.date.iso}` : ', no cover date'})`);

    const { handouts, kits } = await writeDocuments(staged, handbook, config, formats, { siteUrl, progress });
    const jobs = pdfJobs(handbook, config, formats, handouts, kits);
    if (jobs.length > 0) {
      const printed = await printPdfs(io, jobs, staged, { formats, hasKits: kits.length > 0, config, progress, printer: chromium.printer });
      skipped.push(...printed.skipped);
      exitCode = printed.exitCode;
    }
    if (exitCode !== 0) {
      await staged.discard();
    } else {
      const { movedAside: folder, moved } = await staged.commit();
      if (folder) {
        const what = moved ? describeForeign(moved) : 'files the generator did not write (they arrived while it was writing)';
        movedAside.push(`${displayOut} held ${what}; ${moved?.count === 1 ? 'it was' : 'they were'} moved into ${displayPath(io, folder)}, nothing was deleted`);
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
    files: exitCode === 0 ? staged.written.filter((f) => !f.path.startsWith('.')).sort((a, b) => a.path.localeCompare(b.path)) : [],
    warnings: warnings.map((w) => formatProblems([w]).trim()),
    movedAside,
    skipped,
    exitCode,
  };
}

type Written = { name: string; html: string };

/** Writes the HTML, Markdown, calendar, handouts and kits asked for; the handouts and kits are returned for their PDFs. */
async function writeDocuments(
  staged: StagedOutput,
  handbook: Handbook,
  config: HandbookConfig,
  formats: OutputFormat[],
  { siteUrl, progress }: { siteUrl: string | undefined; progress: (line: string) => void },
): Promise<{ handouts: Written[]; kits: Written[] }> {
  if (formats.includes('html')) {
    await staged.write('handbook.html', renderHandbookHtml(handbook));
    progress('Wrote handbook.html');
  }
  if (formats.includes('md')) {
    await staged.write('handbook.md', renderHandbookMarkdown(handbook));
    progress('Wrote handbook.md');
  }
  if (formats.includes('ics') && config.training?.start) {
    await staged.write('training-plan.ics', renderHandbookCalendar(handbook, config)!);
    progress(`Wrote training-plan.ics (${handbook.chapters.length} session${handbook.chapters.length === 1 ? '' : 's'}, then refreshers)`);
  }
  const handouts = formats.includes('handouts') ? renderHandbookHandouts(handbook, config, siteUrl ? { siteUrl } : {}) : [];
  for (const handout of handouts) await staged.write(`${handout.name}.html`, handout.html);
  if (handouts.length > 0) progress(`Wrote ${handouts.length} handout${handouts.length === 1 ? '' : 's'} (HTML)`);
  // Training kits: a facilitator sheet and cut-out cards per chapter; their PDFs join the print run.
  const kits = formats.includes('kits')
    ? handbook.chapters.map((c) => ({
        name: `kits/${String(c.number).padStart(2, '0')}-${c.mode.id}`,
        html: renderKitHtml(c.mode, { company: config.company, locale: config.locale, accent: config.branding.accent }),
      }))
    : [];
  for (const kit of kits) await staged.write(`${kit.name}.html`, kit.html);
  if (kits.length > 0) progress(`Wrote ${kits.length} training kit${kits.length === 1 ? '' : 's'} (HTML)`);
  return { handouts, kits };
}

/** The PDFs to print: the handbook, and one per handout and kit written. */
function pdfJobs(handbook: Handbook, config: HandbookConfig, formats: OutputFormat[], handouts: Written[], kits: Written[]): (PdfJob & { path: string })[] {
  const metadata = (title: string, subject: string, keywords: string[]) => ({
    title,
    author: config.company,
    subject,
    keywords: ['customer service', ...keywords],
    language: 'en',
    ...(handbook.date ? { date: handbook.date.iso } : {}),
  });
  return [
    ...(formats.includes('pdf')
      ? [
          {
            path: 'handbook.pdf',
            // The contents shows the page each heading landed on: filled into the first print's placeholders.
            html: (pages: PageNumbers) => renderHandbookHtml(handbook, { pageNumbers: pages }),
            contents: listSections(handbook).map((s) => s.label),
            paper: handbook.paper,
            metadata: metadata(handbook.title, 'Service handbook', ['handbook', ...handbook.chapters.map((c) => c.mode.title)]),
          },
        ]
      : []),
    ...handouts.map((h, i) => ({
      path: `${h.name}.pdf`,
      html: h.html,
      paper: handbook.paper,
      metadata: metadata(`Handout: ${handbook.chapters[i]!.mode.title}`, 'Training handout', ['training', handbook.chapters[i]!.mode.title, handbook.chapters[i]!.categoryLabel]),
    })),
    ...kits.map((x, i) => ({
      path: `${x.name}.pdf`,
      html: x.html,
      paper: handbook.paper,
      metadata: metadata(`Training kit: ${handbook.chapters[i]!.mode.title}`, 'Facilitator sheet and cards', ['training', 'kit', handbook.chapters[i]!.mode.title]),
    })),
  ];
}

/**
 * Prints the PDFs with Chromium and stages them. Without Chromium, a requested handbook PDF fails
 * the run (exit 1); handout and kit PDFs are a bonus to their HTML, so their absence is only noted.
 */
async function printPdfs(
  io: Io,
  jobs: (PdfJob & { path: string })[],
  staged: StagedOutput,
  options: { formats: OutputFormat[]; hasKits: boolean; config: HandbookConfig; progress: (line: string) => void; printer: Printer | undefined },
): Promise<{ exitCode: 0 | 1; skipped: GenerateSummary['skipped'] }> {
  const { formats, progress } = options;
  const missing = await findUnprintableCharacters(configText(options.config));
  if (missing.length > 0) {
    const them = missing.length === 1 ? 'it' : 'them';
    progress(`warning: no font on this machine has ${missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}, so the PDF shows an empty box for ${them}; install a font that has ${them} (for emoji on Debian: fonts-noto-color-emoji) or remove ${them} from the config`);
  }
  progress(`Printing ${jobs.length} PDF${jobs.length === 1 ? '' : 's'} with Chromium`);
  try {
    const pdfs = await renderPdfs(jobs, { env: io.env, ...(options.printer ? { printer: options.printer } : {}) });
    for (const [i, job] of jobs.entries()) await staged.write(job.path, pdfs[i]!);
    progress(`Wrote ${jobs.length} PDF${jobs.length === 1 ? '' : 's'}`);
    return { exitCode: 0, skipped: [] };
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error;
    const skipped: GenerateSummary['skipped'] = [];
    if (formats.includes('pdf')) skipped.push({ output: 'handbook.pdf', reason: `${INSTALL_HINT} Or open handbook.html in a browser and print it to PDF.` });
    if (formats.includes('handouts')) skipped.push({ output: 'handouts/*.pdf', reason: 'Chromium was not found; the HTML handouts print from any browser.' });
    if (options.hasKits) skipped.push({ output: 'kits/*.pdf', reason: 'Chromium was not found; the HTML kits print from any browser.' });
    return { exitCode: formats.includes('pdf') ? 1 : 0, skipped };
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
