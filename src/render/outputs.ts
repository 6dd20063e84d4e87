/**
 * Every format a handbook run can make, in one table: what it is, the files it writes, and how to
 * make them from the handbook, laid out once per run. `playbook generate`, `playbook validate`,
 * the builder's downloads and the generator's help read it, so a format added here appears
 * everywhere; TypeScript refuses the table while a format of the config schema has no entry or an
 * entry leaves a part out. This is the one place in src/render/ that calls the layouts.
 */
import { trainingModes } from '../core/handbook/training-plan.ts';
import { words } from '../i18n/index.ts';
import { fill, plural } from '../i18n/format.ts';
import { buildHandbookDocument } from '../document/handbook.ts';
import { roleTitlesOf } from '../document/handbook-chapter.ts';
import { listSections } from '../document/handbook-contents.ts';
import { buildHandoutDocument } from '../document/handout.ts';
import { buildKit } from '../document/kit.ts';
import { buildWorksheetDocument } from '../document/worksheet.ts';
import type { OutputFormat } from '../schemas/handbook-config.ts';
import { calendarReviews } from './calendar-reviews.ts';
import { embeddableType } from './docx/image-size.ts';
import { renderHandbookHtml } from './handbook-html.ts';
import { renderHandbookMarkdown } from './handbook-markdown.ts';
import { buildTrainingCalendar } from './ics.ts';
import { handoutFiles, kitFiles, worksheetFiles } from './output-files.ts';
import type { HandbookRun, HandbookTrees, Output } from './output-types.ts';
import { INSTALL_HINT } from './pdf/install-hint.ts';
import type { PageNumbers } from './pdf/print.ts';
import { describePdf, printEach } from './print-jobs.ts';

/** The layouts of a run, made lazily and once: a Markdown-only run never lays out a kit. */
export function layOut(run: HandbookRun): HandbookTrees {
  const { handbook, config } = run;
  const once = <T>(make: () => T) => {
    let made: { value: T } | undefined;
    return () => (made ??= { value: make() }).value;
  };
  const html = once(() => buildHandbookDocument(handbook, { target: 'html' }));
  const markdown = once(() => buildHandbookDocument(handbook, { target: 'markdown' }));
  const w = words(handbook.language);
  const handouts = once(() => {
    const roles = roleTitlesOf(handbook);
    return handbook.chapters.map((c) => buildHandoutDocument(c.mode, roles, w));
  });
  const kits = once(() =>
    handbook.chapters.map((c) => buildKit(c.mode, { companyName: config.company, words: w })),
  );
  const worksheets = once(() =>
    handbook.worksheets.map(({ worksheet }) => buildWorksheetDocument(worksheet, w)),
  );
  return {
    get html() {
      return html();
    },
    get markdown() {
      return markdown();
    },
    get handouts() {
      return handouts();
    },
    get kits() {
      return kits();
    },
    get worksheets() {
      return worksheets();
    },
  };
}

const always = () => undefined;
const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The formats' words (the table is made once, in the default language). */
const W = words();
const O = W.outputs;
const DOCX_LABELS = W.docx;

export const OUTPUTS: Record<OutputFormat, Output> = {
  html: {
    title: O.html.title,
    summary: O.html.summary,
    files: 'handbook.html',
    cannotMake: always,
    render: (run, trees) => [
      { path: 'handbook.html', content: renderHandbookHtml(run.handbook, trees.html), type: 'text/html' },
    ],
    wrote: () => O.html.wrote,
    inBrowser: true,
    perChapter: false,
  },
  md: {
    title: O.md.title,
    summary: O.md.summary,
    files: 'handbook.md',
    cannotMake: always,
    render: (_run, trees) => [
      { path: 'handbook.md', content: renderHandbookMarkdown(trees.markdown), type: 'text/markdown' },
    ],
    wrote: () => O.md.wrote,
    inBrowser: true,
    perChapter: false,
  },
  docx: {
    title: DOCX_LABELS.title,
    summary: DOCX_LABELS.summary,
    files: 'handbook.docx',
    cannotMake: always,
    // Loaded on first use: the builder's page fetches the Word writer only for this download.
    render: async (run, trees) => {
      const { renderHandbookDocx } = await import('./docx/handbook-docx.ts');
      const content = await renderHandbookDocx(run.handbook, trees.html);
      return [{ path: 'handbook.docx', content, type: DOCX_MEDIA_TYPE }];
    },
    wrote: (_files, run) => {
      const logo = run.handbook.logo?.mediaType;
      return logo && !embeddableType(logo)
        ? DOCX_LABELS.wroteWithoutLogo.replace('{type}', logo.replace(/^image\/|\+xml$/g, '').toUpperCase())
        : DOCX_LABELS.wrote;
    },
    inBrowser: true,
    perChapter: false,
  },
  pdf: {
    title: O.pdf.title,
    summary: O.pdf.summary,
    files: 'handbook.pdf',
    cannotMake: always,
    render: () => [],
    wrote: () => '',
    print: {
      required: true,
      jobs: (run) => {
        const w = words(run.handbook.language);
        return [
          {
            path: 'handbook.pdf',
            // The contents shows the page each heading landed on: filled into the first print's placeholders.
            html: (pages: PageNumbers) =>
              renderHandbookHtml(
                run.handbook,
                buildHandbookDocument(run.handbook, { target: 'html', pageNumbers: pages }),
              ),
            contents: listSections(run.handbook).map((s) => s.label),
            paper: run.handbook.paper,
            metadata: describePdf(run, run.handbook.title, w.outputs.pdf.subject, [
              w.outputs.keywords.handbook,
              ...run.handbook.chapters.map((c) => c.mode.title),
            ]),
          },
        ];
      },
      withoutChromium: {
        output: 'handbook.pdf',
        reason: fill(W.locale, O.pdf.withoutChromium, { installHint: INSTALL_HINT }),
      },
    },
    inBrowser: false,
    perChapter: false,
  },
  handouts: {
    title: O.handouts.title,
    summary: O.handouts.summary,
    chapterLabel: O.handouts.chapterLabel,
    files: O.handouts.files,
    cannotMake: always,
    render: handoutFiles,
    wrote: (files) => plural(W.locale, files.length, O.handouts.wrote),
    print: {
      required: false,
      jobs: printEach(handoutFiles, (c, w) => ({
        title: fill(w.locale, w.outputs.handouts.pdfTitle, { title: c.mode.title }),
        subject: w.outputs.handouts.subject,
        keywords: [w.outputs.keywords.training, c.mode.title, c.categoryLabel],
      })),
      withoutChromium: {
        output: 'handouts/*.pdf',
        reason: O.handouts.withoutChromium,
      },
    },
    inBrowser: true,
    perChapter: true,
  },
  kits: {
    title: O.kits.title,
    summary: O.kits.summary,
    chapterLabel: O.kits.chapterLabel,
    files: O.kits.files,
    cannotMake: always,
    render: kitFiles,
    wrote: (files) => plural(W.locale, files.length, O.kits.wrote),
    print: {
      required: false,
      jobs: printEach(kitFiles, (c, w) => ({
        title: fill(w.locale, w.outputs.kits.pdfTitle, { title: c.mode.title }),
        subject: w.outputs.kits.subject,
        keywords: [w.outputs.keywords.training, w.outputs.keywords.kit, c.mode.title],
      })),
      withoutChromium: {
        output: 'kits/*.pdf',
        reason: O.kits.withoutChromium,
      },
    },
    inBrowser: true,
    perChapter: true,
  },
  worksheets: {
    title: O.worksheets.title,
    summary: O.worksheets.summary,
    files: 'worksheets.html',
    cannotMake: always,
    render: worksheetFiles,
    wrote: (files, run) =>
      files.length === 0
        ? O.worksheets.none
        : plural(W.locale, run.handbook.worksheets.length, O.worksheets.wrote),
    print: {
      required: false,
      jobs: (run, trees) => {
        const w = words(run.handbook.language);
        return worksheetFiles(run, trees).map((file) => ({
          path: 'worksheets.pdf',
          html: file.content,
          paper: run.handbook.paper,
          metadata: describePdf(
            run,
            fill(w.locale, w.outputs.worksheets.pdfTitle, { company: run.config.company }),
            w.outputs.worksheets.subject,
            [w.outputs.keywords.worksheet, ...run.handbook.worksheets.map((ws) => ws.worksheet.title)],
          ),
        }));
      },
      withoutChromium: {
        output: 'worksheets.pdf',
        reason: O.worksheets.withoutChromium,
      },
    },
    inBrowser: true,
    perChapter: false,
  },
  ics: {
    title: O.ics.title,
    summary: O.ics.summary,
    files: 'training-plan.ics',
    cannotMake: (config) =>
      config.training?.start
        ? undefined
        : {
            field: 'training.start',
            message: O.ics.cannotMake,
          },
    render: ({ handbook, config }) => {
      const start = config.training?.start;
      if (!start) return [];
      const content = buildTrainingCalendar(trainingModes(words(handbook.language), handbook), {
        start,
        cadence: config.training!.cadence,
        company: config.company,
        stamp: handbook.date?.iso ?? start,
        words: words(handbook.language),
        reviews: calendarReviews(handbook),
      });
      return [{ path: 'training-plan.ics', content, type: 'text/calendar' }];
    },
    wrote: (_files, run) =>
      plural(W.locale, run.handbook.chapters.length + run.handbook.ownChapters.length, O.ics.wrote),
    inBrowser: true,
    perChapter: false,
  },
};
