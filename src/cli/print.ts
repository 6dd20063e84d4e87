/** `playbook print`: the whole playbook, neutral defaults, as one PDF with numbered contents and bookmarks. */
import { resolve } from 'node:path';
import { words } from '../i18n/index.ts';

const PLAYBOOK_LABELS = words().playbook;
import { applyVariables } from '../core/library/library.ts';
import { buildPlaybookDocument, listPlaybookSections, playbookChapters } from '../document/playbook.ts';
import { UserError } from '../core/problems.ts';
import { renderBodyTree } from '../markdown/pipeline.ts';
import { ChromiumNotFoundError } from '../render/pdf/chromium.ts';
import { readBounded } from '../core/bounded-read.ts';
import { readOwnPdfSubject } from '../render/pdf/finish.ts';
import { renderPdfs, startPrinter, type Printer } from '../render/pdf/print.ts';
import { renderPlaybookHtml } from '../render/playbook-html.ts';
import { isIsoDate } from '../schemas/handbook-config.ts';
import { PAPER_SIZES, paperForLocale, type PaperSize } from '../schemas/paper.ts';
import type { Command, ParsedArgs } from './command.ts';
import { displayPath, loadLibraryFor } from './config-file.ts';
import { UsageError, type Io } from './io.ts';
import { checkSingleFileTarget, writeSingleFile, type SingleFileRule } from './single-file.ts';

const str = (args: ParsedArgs, name: string) =>
  typeof args.values[name] === 'string' ? (args.values[name] as string) : undefined;

function readPaper(value: string | undefined): PaperSize {
  if (value === undefined) return paperForLocale(Intl.DateTimeFormat().resolvedOptions().locale);
  const paper = PAPER_SIZES.find((p) => p.toLowerCase() === value.trim().toLowerCase());
  if (!paper) throw new UsageError(`--paper: expected ${PAPER_SIZES.join(' or ')}, got "${value}"`, 'print');
  return paper;
}

/** --force replaces only a previous print of the playbook, never a handbook, a contract or any other PDF with the name. */
const PRINT_OUT: SingleFileRule = {
  command: 'print',
  what: 'PDF',
  defaultName: 'playbook.pdf',
  madeByUs: isPlaybookPrint,
};

/** The largest PDF read to see whether `playbook print` made it; the whole playbook is a few MB. */
const MAX_PRINT_BYTES = 64 * 1024 * 1024;

/** True only for a PDF `playbook print` finished: its metadata names this project and the playbook's subject. */
function isPlaybookPrint(path: string): boolean {
  const read = readBounded(path, MAX_PRINT_BYTES, { followLinks: false });
  return 'bytes' in read && readOwnPdfSubject(read.bytes) === PLAYBOOK_LABELS.subject;
}

/** Prints the playbook; never replaces a file unless --force, and writes through a temporary file so a failed run leaves nothing half-written. */
export async function printPlaybook(
  io: Io,
  options: { out: string; paper: PaperSize; force: boolean; date?: string; content?: string },
): Promise<string> {
  const out = resolve(io.cwd, options.out);
  const shown = displayPath(io, out);
  await checkSingleFileTarget(out, shown, options.force, PRINT_OUT);
  // Chromium starts up while the library is loaded and laid out.
  const printer = startPrinter(io.env);
  try {
    return await printWith(io, options, { out, shown }, printer);
  } finally {
    await printer.close();
  }
}

async function printWith(
  io: Io,
  options: { paper: PaperSize; force: boolean; date?: string; content?: string },
  target: { out: string; shown: string },
  printer: Printer,
): Promise<string> {
  const { out, shown } = target;
  const { library } = await loadLibraryFor(io, options.content);
  const neutral = { ...library, modes: library.modes.map((m) => applyVariables(m, {})) };
  const bodies = new Map(
    await Promise.all(
      neutral.modes.map(
        async (m) => [m.id, await renderBodyTree(m.body, m.file, { target: 'html' })] as const,
      ),
    ),
  );
  const chapters = playbookChapters(neutral, bodies);
  let pdf: Uint8Array;
  try {
    [pdf] = (await renderPdfs(
      [
        {
          html: (pages) =>
            renderPlaybookHtml(buildPlaybookDocument(neutral, chapters, pages), chapters, {
              paper: options.paper,
            }),
          contents: listPlaybookSections(chapters).map((s) => s.label),
          paper: options.paper,
          metadata: {
            title: PLAYBOOK_LABELS.title,
            author: PLAYBOOK_LABELS.title,
            subject: PLAYBOOK_LABELS.subject,
            keywords: ['customer service', 'playbook', ...chapters.map((c) => c.mode.title)],
            language: 'en',
            ...(options.date ? { date: options.date } : {}),
          },
        },
      ],
      { env: io.env, printer },
    )) as [Uint8Array];
  } catch (error) {
    if (error instanceof ChromiumNotFoundError)
      throw new UserError(
        [{ file: 'Chromium', message: error.message }],
        'Cannot print the playbook; nothing was written',
      );
    throw error;
  }
  await writeSingleFile(out, shown, pdf, options.force, 'PDF', PRINT_OUT);
  return shown;
}

export const printCommand: Command = {
  name: 'print',
  summary:
    'Print the whole playbook (every failure mode, neutral defaults) as one PDF with numbered contents and bookmarks',
  usage: 'playbook print [--out playbook.pdf] [--paper A4|Letter] [--force] [--date YYYY-MM-DD]',
  options: {
    out: {
      type: 'string',
      short: 'o',
      value: 'FILE',
      description: 'the PDF to write (default: playbook.pdf)',
    },
    paper: { type: 'string', value: 'SIZE', description: 'A4 or Letter (default: by your system locale)' },
    force: {
      type: 'boolean',
      description: 'replace the --out file if it is an earlier print of the playbook (never any other file)',
    },
    date: {
      type: 'string',
      value: 'YYYY-MM-DD',
      description:
        "the PDF's creation date (default: none, a fixed date, so the file is the same every time)",
    },
    content: {
      type: 'string',
      value: 'DIR',
      description: 'playbook library folder (default: the project content/, or PLAYBOOK_CONTENT_DIR)',
    },
  },
  examples: ['playbook print', 'playbook print --out playbook-letter.pdf --paper Letter'],
  async run(args, io) {
    const date = str(args, 'date');
    if (date !== undefined && !isIsoDate(date))
      throw new UsageError(`--date: expected a date written as YYYY-MM-DD, got "${date}"`, 'print');
    const written = await printPlaybook(io, {
      out: str(args, 'out') ?? 'playbook.pdf',
      paper: readPaper(str(args, 'paper')),
      force: Boolean(args.values.force),
      ...(date ? { date } : {}),
      ...(str(args, 'content') ? { content: str(args, 'content') } : {}),
    });
    io.stderr(`Wrote ${written}.\n`);
    return 0;
  },
};
