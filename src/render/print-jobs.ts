/**
 * The PDFs a run prints and what each says about itself (title, author, subject, keywords,
 * language): a PDF viewer and a desktop search show these to the reader, so they come from the
 * handbook in its own language.
 */
import type { HandbookChapter } from '../core/handbook/model.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import type { HandbookRun, HandbookTrees, HtmlFile, PrintJob } from './output-types.ts';

/** What every PDF of a run says about itself; dates only from the handbook, never the clock. */
export function describePdf(run: HandbookRun, title: string, subject: string, keywords: string[]) {
  const w = words(run.handbook.language);
  return {
    title,
    author: run.config.company,
    subject,
    keywords: [w.outputs.keywords.all, ...keywords],
    language: w.language,
    ...(run.handbook.date ? { date: run.handbook.date.iso } : {}),
  };
}

/** A PDF for each file of a format, printed from that file's HTML. */
export const printEach =
  (
    files: (run: HandbookRun, trees: HandbookTrees) => HtmlFile[],
    describe: (
      chapter: HandbookChapter,
      w: Dictionary,
    ) => { title: string; subject: string; keywords: string[] },
  ) =>
  (run: HandbookRun, trees: HandbookTrees): PrintJob[] =>
    files(run, trees).map((file, i) => {
      const about = describe(run.handbook.chapters[i]!, words(run.handbook.language));
      return {
        path: file.path.replace(/\.html$/, '.pdf'),
        html: file.content,
        paper: run.handbook.paper,
        metadata: describePdf(run, about.title, about.subject, about.keywords),
      };
    });
