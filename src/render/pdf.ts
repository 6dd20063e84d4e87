import type { PaperSize } from '../schemas/handbook-config.ts';
import { launchChromium } from './chromium.ts';

export interface PdfJob {
  /** A self-contained HTML document. */
  html: string;
  /** Paper for documents whose CSS sets no `@page size` (handouts); CSS wins otherwise. */
  paper: PaperSize;
}

/**
 * Prints HTML documents to PDF with one headless Chromium, a few pages at a time. The only renderer
 * that does I/O. Throws ChromiumNotFoundError (one-line message) when no browser is installed.
 */
export async function renderPdfs(jobs: PdfJob[], options: { concurrency?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Buffer[]> {
  if (jobs.length === 0) return [];
  const browser = await launchChromium(options.env);
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    // Generated documents are self-contained; nothing may be fetched while printing.
    await context.route(/^(?!data:|about:)/, (route) => route.abort());
    const results: Buffer[] = new Array(jobs.length);
    let next = 0;
    const worker = async () => {
      const page = await context.newPage();
      for (let i = next++; i < jobs.length; i = next++) {
        const job = jobs[i]!;
        await page.setContent(job.html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        results[i] = await page.pdf({ format: job.paper, preferCSSPageSize: true, printBackground: true });
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, jobs.length) }, worker));
    await context.close();
    return results;
  } finally {
    await browser.close();
  }
}
