/**
 * The HTML files of the printable formats (handouts, kits, worksheets), from a run's trees. The
 * table of outputs writes them, and prints its PDFs from the same files, so a PDF shows exactly
 * the page the HTML does.
 */
import type { HandbookChapter } from '../core/handbook/model.ts';
import { words } from '../i18n/index.ts';
import { renderHandoutHtml } from './handouts.ts';
import { renderKitHtml } from './kits.ts';
import type { HandbookRun, HandbookTrees, HtmlFile } from './output-types.ts';
import { renderWorksheetsHtml } from './worksheet.ts';

/** A chapter's file name without extension, numbered so files sort in chapter order: `handouts/01-id`. */
const chapterFile = (folder: string, chapter: HandbookChapter) =>
  `${folder}/${String(chapter.number).padStart(2, '0')}-${chapter.mode.id}`;

/** What every printable page is headed and coloured with, in the handbook's language. */
const pageOptions = (run: HandbookRun) => ({
  company: run.config.company,
  accent: run.config.branding.accent,
  words: words(run.handbook.language),
});

/** handouts/NN-id.html: one handout per chapter. */
export const handoutFiles = (run: HandbookRun, trees: HandbookTrees): HtmlFile[] =>
  run.handbook.chapters.map((c, i) => ({
    path: `${chapterFile('handouts', c)}.html`,
    content: renderHandoutHtml(trees.handouts[i]!, c.mode, {
      ...pageOptions(run),
      ...(run.siteUrl ? { siteUrl: run.siteUrl } : {}),
    }),
    type: 'text/html',
  }));

/** kits/NN-id.html: one facilitator kit per chapter. */
export const kitFiles = (run: HandbookRun, trees: HandbookTrees): HtmlFile[] =>
  run.handbook.chapters.map((c, i) => ({
    path: `${chapterFile('kits', c)}.html`,
    content: renderKitHtml(trees.kits[i]!, c.mode, pageOptions(run)),
    type: 'text/html',
  }));

/** worksheets.html: every worksheet the chapters' plays use, each on a page of its own; none when they use none. */
export const worksheetFiles = (run: HandbookRun, trees: HandbookTrees): HtmlFile[] =>
  run.handbook.worksheets.length === 0
    ? []
    : [
        {
          path: 'worksheets.html',
          content: renderWorksheetsHtml(
            run.handbook.worksheets.map(({ worksheet }, i) => ({ tree: trees.worksheets[i]!, worksheet })),
            pageOptions(run),
          ),
          type: 'text/html',
        },
      ];
