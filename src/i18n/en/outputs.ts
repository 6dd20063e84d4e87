/** English words for the formats a handbook comes in (the table of outputs, browser printing, Word): one part of the dictionary src/i18n/en.ts. */
import { pluralForms } from '../format.ts';

export const outputs = {
  // By format: its heading, what a person gets (the help and the builder), its PDFs' titles and
  // subjects, and the command line's progress lines about it, which the table holds too.
  html: {
    title: 'Handbook',
    summary: 'the handbook as one web page: opens in any browser, prints well',
    wrote: 'Wrote handbook.html',
  },
  md: {
    title: 'Handbook for a wiki',
    summary: 'the handbook as Markdown, for a wiki',
    wrote: 'Wrote handbook.md',
  },
  pdf: {
    title: 'Handbook PDF',
    summary: 'the handbook as a PDF with numbered contents and bookmarks (printed with Chromium)',
    subject: 'Service handbook',
    /** {installHint} says how to install Chromium (src/render/pdf/install-hint.ts). */
    withoutChromium: '{installHint} Or open handbook.html in a browser and print it to PDF.',
  },
  handouts: {
    title: 'Handouts',
    summary: 'a one-page training handout per chapter (HTML, and PDF with Chromium)',
    chapterLabel: 'Handout {n}: {title}',
    files: 'handouts/NN-<id>.html and .pdf',
    wrote: pluralForms({ one: 'Wrote {n} handout (HTML)', other: 'Wrote {n} handouts (HTML)' }),
    pdfTitle: 'Handout: {title}',
    subject: 'Training handout',
    withoutChromium: 'Chromium was not found; the HTML handouts print from any browser.',
  },
  kits: {
    title: 'Training kits',
    summary: 'a facilitator sheet and cut-out cards per chapter (HTML, and PDF with Chromium)',
    chapterLabel: 'Kit {n}: {title}',
    files: 'kits/NN-<id>.html and .pdf',
    wrote: pluralForms({ one: 'Wrote {n} training kit (HTML)', other: 'Wrote {n} training kits (HTML)' }),
    pdfTitle: 'Training kit: {title}',
    subject: 'Facilitator sheet and cards',
    withoutChromium: 'Chromium was not found; the HTML kits print from any browser.',
  },
  ics: {
    title: 'Training calendar',
    summary: 'the training sessions and their refreshers, for a calendar',
    cannotMake:
      'the calendar needs the first session\'s date, e.g. "training: { start: 2025-09-08, cadence: weekly }"',
    wrote: pluralForms({
      one: 'Wrote training-plan.ics ({n} session, then refreshers)',
      other: 'Wrote training-plan.ics ({n} sessions, then refreshers)',
    }),
  },
  worksheets: {
    title: 'Worksheets',
    summary:
      'the forms the chapters’ plays ask you to fill in, one printed page each (HTML, and PDF with Chromium)',
    wrote: pluralForms({
      one: 'Wrote worksheets.html ({n} worksheet)',
      other: 'Wrote worksheets.html ({n} worksheets)',
    }),
    none: 'No worksheets written: the chapters’ plays use none',
    pdfTitle: 'Worksheets: {company}',
    subject: 'Worksheets',
    withoutChromium: 'Chromium was not found; worksheets.html prints from any browser.',
  },
  /** Keywords written into every PDF's properties. */
  keywords: {
    all: 'customer service',
    handbook: 'handbook',
    training: 'training',
    kit: 'kit',
    worksheet: 'worksheet',
  },
};

export const print = {
  /** The hidden frame the builder prints the handbook from, named for assistive technology. */
  handbookFrame: 'The handbook as printed',
};

export const docx = {
  title: 'Handbook for Word',
  summary:
    'the handbook as an editable Word document, for review with Track Changes; it also opens in LibreOffice and Google Docs',
  wrote: 'Wrote handbook.docx',
  /** The progress line when the logo cannot go into a Word document; {type} is e.g. "SVG". */
  wroteWithoutLogo:
    'Wrote handbook.docx without the logo: Word needs a PNG, JPEG or GIF logo and this one is {type}; export it as PNG to have it on the cover',
  /** Every page's footer but the cover's; {n} and {total} become Word's page fields. */
  pageOf: 'Page {n} of {total}',
  /** The first column of a table of diagnostic statements with tick boxes. */
  statement: 'Statement',
  /** The document's subject, in File > Properties. */
  subject: 'Service handbook',
};
