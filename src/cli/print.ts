/**
 * `playbook print`: the whole playbook, neutral defaults, as one PDF with numbered contents and
 * bookmarks. Loaded only when the command runs (print-command.ts declares it), with the PDF writer.
 */
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
import type { PaperSize } from '../schemas/paper.ts';
import { displayPath, loadLibraryFor } from './config-file.ts';
import type { Io } from './io.ts';
import { checkSingleFileTarget, writeSingleFile, type SingleFileRule } from './single-file.ts';

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
