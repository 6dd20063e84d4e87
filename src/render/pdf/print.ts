import type { BrowserContext, Page } from 'playwright-core';
import type { PaperSize } from '../../schemas/paper.ts';
import { headingKey } from '../../document/nodes.ts';
import { launchChromium } from './chromium.ts';
import { loadHyphenator } from './hyphenate.ts';
import type { OutlineEntry, PdfMetadata } from './finish.ts';

/**
 * What reads and finishes the printed files (pdf-lib, 40-50 ms to load), loaded with the first PDF:
 * a `playbook generate` that makes none never loads it.
 */
const pdfFiles = async () => {
  const [contents, file, finish] = await Promise.all([
    import('./contents.ts'),
    import('./file.ts'),
    import('./finish.ts'),
  ]);
  return { ...contents, ...file, ...finish };
};

/** Page numbers by heading text (as headingKey gives it), read from a first layout; what a contents page needs to print them. */
export type PageNumbers = ReadonlyMap<string, number>;

export interface PdfJob {
  /**
   * A self-contained HTML document, or a function that lays one out given the page number of each
   * heading: with none (an empty map) the contents shows fixed-width placeholders, which `contents`
   * lets us fill in; otherwise it is printed again with the numbers until they are stable.
   */
  html: string | ((pages: PageNumbers) => string);
  /**
   * The headings the contents lists, in order, for a layout function: given, the numbers go into the
   * first print's placeholders (src/render/pdf/contents.ts) and the document is laid out only once.
   */
  contents?: readonly string[];
  /** Paper for documents whose CSS sets no `@page size` (handouts); CSS wins otherwise. */
  paper: PaperSize;
  /** Title, author, dates and language written into the file. */
  metadata: PdfMetadata;
}

/** Layouts tried before the contents page numbers are taken as they stand. */
const MAX_PASSES = 3;

/**
 * A headless Chromium being started, with a context that fetches nothing: started before the
 * handbook is loaded and laid out, so its start-up runs beside that work on another core.
 */
export interface Printer {
  /** The context, and a page already open in it for the first document. */
  ready: Promise<{ context: BrowserContext; spare: Page[] }>;
  /** Closes the browser if it started; safe to call more than once, and after a failed start. */
  close(): Promise<void>;
}

/** Starts Chromium; a failure to start (no browser, a broken one) surfaces where `ready` is awaited. */
export function startPrinter(env?: NodeJS.ProcessEnv): Printer {
  const browser = launchChromium(env);
  const ready = browser.then(async (b) => {
    const context = await b.newContext({ javaScriptEnabled: false });
    // Generated documents are self-contained; nothing may be fetched while printing.
    await context.route(/^(?!data:|about:)/, (route) => route.abort());
    return { context, spare: [await printPage(context)] };
  });
  // Awaited later (or never, when the run stops at a config mistake): no unhandled rejection meanwhile.
  ready.catch(() => {});
  return { ready, close: async () => void (await (await browser.catch(() => undefined))?.close()) };
}

/**
 * Prints HTML documents to tagged PDFs with bookmarks, with one headless Chromium, a few pages at a
 * time. The only renderer that does I/O. Throws ChromiumNotFoundError (one-line message) when no
 * browser is installed. Uses `printer` when given (and leaves closing it to its owner). A document
 * in German or Spanish (its metadata's language) is printed with soft hyphens (./hyphenate.ts).
 */
export async function renderPdfs(
  givenJobs: PdfJob[],
  options: { concurrency?: number; env?: NodeJS.ProcessEnv; printer?: Printer } = {},
): Promise<Uint8Array[]> {
  if (givenJobs.length === 0) return [];
  const printer = options.printer ?? startPrinter(options.env);
  try {
    const jobs = await Promise.all(givenJobs.map(withSoftHyphens));
    // Laid out while Chromium may still be starting, on the core it leaves free.
    const firstHtml = jobs.map((job) => (typeof job.html === 'string' ? job.html : job.html(new Map())));
    const { context, spare } = await printer.ready;
    const results: Uint8Array[] = new Array(jobs.length);
    let next = 0;
    const worker = async () => {
      const page = spare.pop() ?? (await printPage(context));
      for (let i = next++; i < jobs.length; i = next++)
        results[i] = await printJob(page, jobs[i]!, firstHtml[i]!);
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, jobs.length) }, worker));
    return results;
  } finally {
    if (!options.printer) await printer.close();
  }
}

/** The job with its document hyphenated for its language, laid out again or not. */
async function withSoftHyphens(job: PdfJob): Promise<PdfJob> {
  const hyphenate = await loadHyphenator(job.metadata.language);
  if (!hyphenate) return job;
  const { html } = job;
  return {
    ...job,
    html: typeof html === 'string' ? hyphenate(html) : (pages: PageNumbers) => hyphenate(html(pages)),
  };
}

/** A page styled for print: once per page and before any content, so each document is laid out for print from the start. */
async function printPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  return page;
}

async function printOnce(page: Page, html: string, paper: PaperSize): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf({
    format: paper,
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: true,
  });
}

/**
 * Prints and finishes a job, starting from `firstHtml` (the document, or a layout function's
 * document without page numbers). A layout function is printed with placeholders, and the pages its
 * headings landed on are written into them; when that cannot be done it is printed again with the
 * numbers, until they hold still.
 */
async function printJob(page: Page, job: PdfJob, firstHtml: string): Promise<Uint8Array> {
  const { PdfFile, finishPdf, outlineOf, patchContentsNumbers } = await pdfFiles();
  if (typeof job.html === 'string')
    return finishPdf(await printOnce(page, firstHtml, job.paper), job.metadata);
  let bytes = await printOnce(page, firstHtml, job.paper);
  const file = PdfFile.open(bytes);
  let pages = file ? headingPagesFrom(outlineOf(file)) : await headingPages(bytes);
  if (file && job.contents) {
    const patched = patchContentsNumbers(
      file,
      job.contents.map((label) => pages.get(headingKey(label)) ?? 0),
    );
    if (patched) return finishPdf(bytes, job.metadata, patched);
  }
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    bytes = await printOnce(page, job.html(pages), job.paper);
    const landed = await headingPages(bytes);
    if (sameNumbers(landed, pages)) break;
    pages = landed;
  }
  return finishPdf(bytes, job.metadata);
}

/**
 * The page each bookmarked heading lands on, by its text. Where a text appears more than once
 * ("Sources" ends every chapter and is also the back matter's heading), the shallowest one wins,
 * then the first: the contents lists the top-level sections.
 */
export async function headingPages(bytes: Uint8Array): Promise<PageNumbers> {
  const { readOutline } = await pdfFiles();
  return headingPagesFrom(await readOutline(bytes));
}

function headingPagesFrom(outline: OutlineEntry[]): PageNumbers {
  const pages = new Map<string, number>();
  const entries = outline.map((entry, order) => ({ ...entry, order }));
  entries.sort((a, b) => a.depth - b.depth || a.order - b.order);
  for (const entry of entries)
    if (!pages.has(headingKey(entry.title))) pages.set(headingKey(entry.title), entry.page);
  return pages;
}

function sameNumbers(a: PageNumbers, b: PageNumbers): boolean {
  return a.size === b.size && [...a].every(([title, page]) => b.get(title) === page);
}
