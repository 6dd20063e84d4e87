/**
 * `playbook print`: its options, checked; the printing itself is in print.ts, loaded only when this
 * command runs, so no other command loads the PDF writer (pdf-lib, 40-50 ms).
 */
import { isIsoDate } from '../schemas/handbook-config.ts';
import { PAPER_SIZES, paperForLocale, type PaperSize } from '../schemas/paper.ts';
import { str, type Command } from './command.ts';
import { UsageError } from './io.ts';

function readPaper(value: string | undefined): PaperSize {
  if (value === undefined) return paperForLocale(Intl.DateTimeFormat().resolvedOptions().locale);
  const paper = PAPER_SIZES.find((p) => p.toLowerCase() === value.trim().toLowerCase());
  if (!paper) throw new UsageError(`--paper: expected ${PAPER_SIZES.join(' or ')}, got "${value}"`, 'print');
  return paper;
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
    const { printPlaybook } = await import('./print.ts');
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
