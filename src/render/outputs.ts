/**
 * Every format a handbook run can make, in one table: what it is, the files it writes, and how to
 * make them from the handbook, laid out once per run. `playbook generate`, `playbook validate`,
 * the builder's downloads and the generator's help read it, so a format added here appears
 * everywhere; TypeScript refuses the table while a format of the config schema has no entry or an
 * entry leaves a part out. This is the one place in src/render/ that calls the layouts.
 */
import type { Element } from 'hast';
import type { Root } from 'mdast';
import type { Handbook, HandbookChapter } from '../core/handbook/model.ts';
import { trainingModes } from '../core/handbook/training-plan.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { buildHandbookDocument } from '../document/handbook.ts';
import { roleTitlesOf } from '../document/handbook-chapter.ts';
import { listSections } from '../document/handbook-contents.ts';
import { buildHandoutDocument } from '../document/handout.ts';
import { buildKit } from '../document/kit.ts';
import { buildWorksheetDocument } from '../document/worksheet.ts';
import type { HandbookConfig, OutputFormat } from '../schemas/handbook-config.ts';
import { embeddableType } from './docx/image-size.ts';
import { renderHandbookHtml } from './handbook-html.ts';
import { renderHandbookMarkdown } from './handbook-markdown.ts';
import { renderHandoutHtml } from './handouts.ts';
import { buildTrainingCalendar, type CalendarReview } from './ics.ts';
import { datedReviews } from '../core/handbook/first-days.ts';
import { renderKitHtml } from './kits.ts';
import { renderWorksheetsHtml } from './worksheet.ts';
import { INSTALL_HINT } from './pdf/install-hint.ts';
import { fill, plural } from '../i18n/format.ts';
import type { PageNumbers, PdfJob } from './pdf/print.ts';

/** What a run makes its files from: the handbook model and its config, and where the site is published. */
export interface HandbookRun {
  handbook: Handbook;
  config: HandbookConfig;
  /** The public site's address: handouts then carry a QR code to their mode's page. */
  siteUrl?: string;
}

/** A file a format writes, relative to the output folder. */
export interface OutputFile {
  path: string;
  /** Text, or bytes for a binary format (the Word handbook). */
  content: string | Uint8Array<ArrayBuffer>;
  /** Its media type, for a browser download. */
  type: string;
}

/** A PDF printed with Chromium, and the file it is written to. */
export interface PrintJob extends PdfJob {
  path: string;
}

/** One format of the table. */
export interface Output {
  /** Its name as a heading, e.g. "Training kits". */
  title: string;
  /** What a person gets, as the help and the builder describe it. */
  summary: string;
  /** A per-chapter file's button, with {n} and {title} for the chapter, e.g. "Kit {n}: {title}". */
  chapterLabel?: string;
  /** The files it writes, as the docs show them. */
  files: string;
  /** Why this config cannot make the format (the field to fill in), or undefined when it can. */
  cannotMake: (config: HandbookConfig) => { field: string; message: string } | undefined;
  /**
   * The files, without I/O, from the run and its trees (laid out once, on first use); a promise
   * where the format's code is loaded on first use or packs asynchronously (the Word handbook).
   */
  render: (run: HandbookRun, trees: HandbookTrees) => OutputFile[] | Promise<OutputFile[]>;
  /**
   * The PDFs printed from the run (the command line only; in a browser, its own Print). `required`:
   * without Chromium the run fails; otherwise the PDFs are a bonus to the HTML and only noted.
   */
  print?: {
    required: boolean;
    jobs: (run: HandbookRun, trees: HandbookTrees) => PrintJob[];
    withoutChromium: { output: string; reason: string };
  };
  /** The progress line once its files are written. */
  wrote: (files: OutputFile[], run: HandbookRun) => string;
  /** Offered as a download by the browser builder. */
  inBrowser: boolean;
  /** One file per chapter (offered chapter by chapter), rather than one for the handbook. */
  perChapter: boolean;
}

/** The trees of one run, each laid out the first time a format asks for it. */
export interface HandbookTrees {
  readonly html: Root;
  readonly markdown: Root;
  /** Per chapter, in chapter order. */
  readonly handouts: readonly Root[];
  readonly kits: readonly Element[];
}

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
  };
}

/** A chapter's file name without extension, numbered so files sort in chapter order: `handouts/01-id`. */
const chapterFile = (folder: string, chapter: HandbookChapter) =>
  `${folder}/${String(chapter.number).padStart(2, '0')}-${chapter.mode.id}`;

/** What every PDF of a run says about itself; dates only from the handbook, never the clock. */
function metadata(run: HandbookRun, title: string, subject: string, keywords: string[]) {
  return {
    title,
    author: run.config.company,
    subject,
    keywords: [words(run.handbook.language).outputs.keywords.all, ...keywords],
    language: words(run.handbook.language).language,
    ...(run.handbook.date ? { date: run.handbook.date.iso } : {}),
  };
}

/** The HTML files of a per-chapter format, which its PDFs are printed from. */
type HtmlFile = OutputFile & { content: string };

/** A PDF for each file of a format, printed from that file's HTML. */
const printEach =
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
        metadata: metadata(run, about.title, about.subject, about.keywords),
      };
    });

const handoutFiles = (run: HandbookRun, trees: HandbookTrees): HtmlFile[] =>
  run.handbook.chapters.map((c, i) => ({
    path: `${chapterFile('handouts', c)}.html`,
    content: renderHandoutHtml(trees.handouts[i]!, c.mode, {
      company: run.config.company,
      accent: run.config.branding.accent,
      words: words(run.handbook.language),
      ...(run.siteUrl ? { siteUrl: run.siteUrl } : {}),
    }),
    type: 'text/html',
  }));

const kitFiles = (run: HandbookRun, trees: HandbookTrees): HtmlFile[] =>
  run.handbook.chapters.map((c, i) => ({
    path: `${chapterFile('kits', c)}.html`,
    content: renderKitHtml(trees.kits[i]!, c.mode, {
      company: run.config.company,
      accent: run.config.branding.accent,
      words: words(run.handbook.language),
    }),
    type: 'text/html',
  }));

/** The plays' review dates of "Our first 90 days", with owners by the handbook's titles, for the calendar. */
function calendarReviews(handbook: Handbook): CalendarReview[] {
  const w = words(handbook.language);
  const title = (id: string) => handbook.roleTitles[id] ?? id;
  return datedReviews(handbook.firstDays).map((p) => ({
    modeId: p.chapter.modeId,
    playId: p.play.id,
    play: p.play.title,
    chapter: { number: p.chapter.number, title: p.chapter.title },
    owner:
      p.play.with === undefined
        ? title(p.play.owner)
        : fill(w.locale, w.mode.ownerWith, { owner: title(p.play.owner), with: title(p.play.with) }),
    week: p.review!,
    date: p.reviewDate.iso,
  }));
}

/** worksheets.html: every worksheet the chapters' plays use, each on a page of its own; none when they use none. */
const worksheetFiles = (run: HandbookRun, _trees?: HandbookTrees): HtmlFile[] =>
  run.handbook.worksheets.length === 0
    ? []
    : [
        {
          path: 'worksheets.html',
          content: renderWorksheetsHtml(
            run.handbook.worksheets.map(({ worksheet }) => ({
              tree: buildWorksheetDocument(worksheet, words(run.handbook.language)),
              worksheet,
            })),
            {
              company: run.config.company,
              accent: run.config.branding.accent,
              words: words(run.handbook.language),
            },
          ),
          type: 'text/html',
        },
      ];

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
      jobs: (run) => [
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
          metadata: metadata(run, run.handbook.title, words(run.handbook.language).outputs.pdf.subject, [
            words(run.handbook.language).outputs.keywords.handbook,
            ...run.handbook.chapters.map((c) => c.mode.title),
          ]),
        },
      ],
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
      jobs: (run, trees) =>
        worksheetFiles(run, trees).map((file) => ({
          path: 'worksheets.pdf',
          html: file.content,
          paper: run.handbook.paper,
          metadata: metadata(
            run,
            fill(
              words(run.handbook.language).locale,
              words(run.handbook.language).outputs.worksheets.pdfTitle,
              {
                company: run.config.company,
              },
            ),
            words(run.handbook.language).outputs.worksheets.subject,
            [
              words(run.handbook.language).outputs.keywords.worksheet,
              ...run.handbook.worksheets.map((w) => w.worksheet.title),
            ],
          ),
        })),
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
