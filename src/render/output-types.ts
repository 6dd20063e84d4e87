/**
 * The shape of the table of outputs (outputs.ts): what a run is made from, what a format is, and
 * the files and PDFs it makes. Kept apart from the table so the helpers that make a format's files
 * and the clients that write them can name these without loading every format.
 */
import type { Element } from 'hast';
import type { Root } from 'mdast';
import type { Handbook } from '../core/handbook/model.ts';
import type { HandbookConfig } from '../schemas/handbook-config.ts';
import type { PdfJob } from './pdf/print.ts';

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
  /** Per worksheet the chapters' plays use, in the handbook's order. */
  readonly worksheets: readonly Root[];
}

/** The HTML files of a per-chapter format, which its PDFs are printed from. */
export type HtmlFile = OutputFile & { content: string };
