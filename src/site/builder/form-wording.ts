/**
 * The checker's problems and notes as the builder's form says them. The checker words its messages
 * for config.yaml and the command line (field paths such as `standards.firstResponse`, failure-mode
 * ids, commands to run); the form is filled in by people who never see that file, so here each
 * message becomes a sentence that names the field as the form labels it and each chapter by its
 * title, and says what to do on this page. The shared checker is left as it is: `playbook validate`
 * keeps its own wording. Pure: no DOM, so it is testable in Node.
 */
import type { Problem } from '../../core/problems.ts';
import { words } from '../../i18n/index.ts';
import type { AudienceId } from '../../schemas/taxonomy.ts';

/** The form's label of each field, by the field's name in the config: messages and the page use the same words. */
export const FIELD_LABELS = {
  company: 'Company name',
  vision: 'Service vision',
  priorities: 'Chapters',
  include: 'The rest of the playbook',
  audiences: 'Readers',
  'standards.firstResponse': 'First response',
  'standards.callback': 'Callback',
  'standards.refundLimit': 'Refund limit',
  standards: 'Other standards',
  empowerment: 'Who may decide what',
  'branding.accent': 'Accent colour',
  'branding.logo': 'Logo',
  locale: 'Dates written as',
  output: 'Paper',
  date: 'Date on the cover',
  'training.start': 'First training session',
  training: 'Sessions held',
} as const;

/** What to write in a field the form needs and finds empty. */
const WHEN_EMPTY: Record<string, string> = {
  company: 'Type your company’s name as customers know it.',
  vision: 'Write the one sentence about service that everyone could repeat.',
  'standards.firstResponse': 'Say how soon a customer gets a first reply, for example “1 hour”.',
  'standards.callback': 'Say how soon a promised callback happens, for example “the same working day”.',
  'standards.refundLimit': 'Type an amount such as “50 GBP”, or leave the field out.',
};

/** The editable rows: what the form calls one row, and each of its fields. */
const ROWS = {
  'standards.others': {
    noun: 'Standard',
    remove: 'the standard',
    fields: { name: 'a name', value: 'a promise' } as Record<string, string>,
  },
  empowerment: {
    noun: 'Row',
    remove: 'the row',
    fields: { role: 'a role', decision: 'a decision', limit: 'a limit' } as Record<string, string>,
  },
};

/** A message as the form shows it: beside the field it concerns (`field`, '' for the list at the top), as a problem or a note. */
export interface FormMessage {
  field: string;
  text: string;
  note: boolean;
}

export interface WordingContext {
  /** Each failure mode's title by id. */
  titles: ReadonlyMap<string, string>;
  /** The chapters in the form, in order, so "priorities.2" can be named by its title. */
  priorities: readonly string[];
  /** The uploaded file the problems come from, when they do: its name and lines are added. */
  file?: string;
}

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });
const quoted = (text: string) => `“${text}”`;
const sentence = (text: string) => {
  const trimmed = text.trim().replace(/`/g, '');
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?”]$/.test(capital) ? capital : `${capital}.`;
};

/** Every problem and note in the form's words, in the order given; a row's missing parts make one sentence. */
export function wordForTheForm(
  problems: Problem[],
  notes: Problem[],
  context: WordingContext,
): FormMessage[] {
  const messages: FormMessage[] = [];
  const emptyRows = new Map<
    string,
    { field: string; parts: string[]; kind: keyof typeof ROWS; index: number; line?: number }
  >();
  for (const problem of problems) {
    const row = emptyRowPart(problem);
    if (row) {
      const key = `${row.kind}.${row.index}`;
      const group = emptyRows.get(key) ?? {
        field: key,
        parts: [],
        kind: row.kind,
        index: row.index,
        ...(problem.line ? { line: problem.line } : {}),
      };
      if (!emptyRows.has(key)) {
        emptyRows.set(key, group);
        // Placeholder in the problem's place, so the row's sentence keeps the checker's order.
        messages.push({ field: key, text: '', note: false });
      }
      group.parts.push(row.part);
      continue;
    }
    messages.push({
      field: slotOf(problem.field),
      text: withLine(wordProblem(problem, context), problem, context),
      note: false,
    });
  }
  for (const group of emptyRows.values()) {
    const rows = ROWS[group.kind];
    const text = `${rows.noun} ${group.index + 1} needs ${LIST.format(group.parts)}: fill ${group.parts.length === 1 ? 'it' : 'them'} in, or remove ${rows.remove}.`;
    const placeholder = messages.find((m) => m.field === group.field && m.text === '')!;
    placeholder.text = withLine(text, group, context);
  }
  for (const note of notes) {
    const worded = wordNote(note, context);
    if (worded) messages.push({ ...worded, text: withLine(worded.text, note, context), note: true });
  }
  return messages;
}

/** A row field the checker found empty: which row, and the part it lacks. */
function emptyRowPart(
  problem: Problem,
): { kind: keyof typeof ROWS; index: number; part: string } | undefined {
  const match = /^(standards\.others|empowerment)\.(\d+)\.(\w+)$/.exec(problem.field ?? '');
  if (!match || !isEmptyMessage(problem.message)) return undefined;
  const kind = match[1] as keyof typeof ROWS;
  const part = ROWS[kind].fields[match[3]!];
  return part ? { kind, index: Number(match[2]), part } : undefined;
}

const isEmptyMessage = (message: string) => / cannot be empty$| is required$|^is missing/.test(message);

/** The slot a field's message goes to: rows by row, chapters in the chapter list, the rest by the field itself. */
function slotOf(field: string | undefined): string {
  if (!field) return '';
  const row = /^(standards\.others|empowerment)\.(\d+)/.exec(field);
  if (row) return `${row[1]}.${row[2]}`;
  if (field.startsWith('priorities.')) return 'priorities';
  return field;
}

/** The form's name of a field, or undefined for one the form does not show (such as staffing, kept from an upload). */
function labelOf(field: string | undefined, context: WordingContext): string | undefined {
  if (!field) return undefined;
  if (field in FIELD_LABELS) return FIELD_LABELS[field as keyof typeof FIELD_LABELS];
  const row = /^(standards\.others|empowerment)\.(\d+)/.exec(field);
  if (row) return `${ROWS[row[1] as keyof typeof ROWS].noun} ${Number(row[2]) + 1}`;
  const chapter = /^priorities\.(\d+)$/.exec(field);
  if (chapter) return chapterName(Number(chapter[1]), context);
  if (field === 'training.cadence') return FIELD_LABELS.training;
  if (field === 'output.paper') return FIELD_LABELS.output;
  return undefined;
}

/** "Chapter 2 (“Title”)", or "Chapter 2" for an id that names no failure mode. */
function chapterName(index: number, context: WordingContext): string {
  const title = context.titles.get(context.priorities[index] ?? '');
  return title ? `Chapter ${index + 1} (${quoted(title)})` : `Chapter ${index + 1}`;
}

const titleOf = (id: string, context: WordingContext) => quoted(context.titles.get(id) ?? id);
const chapterList = (ids: string, context: WordingContext) =>
  LIST.format(ids.split(', ').map((id) => titleOf(id, context)));
const imageKind = (type: string) => (type === 'SVG+XML' ? 'SVG' : type);

/** One problem as a sentence; the patterns are the checker's own messages (tests/unit/builder-wording.test.ts runs them). */
function wordProblem(problem: Problem, context: WordingContext): string {
  const { message, field } = problem;
  const label = labelOf(field, context);
  const file = context.file ?? 'The file';
  let m: RegExpExecArray | null;
  if (/^list at least one failure-mode id/.test(message))
    return 'No chapters yet. Add at least one from the list below.';
  if ((m = /^unknown failure mode "([^"]+)"(?: \(did you mean "([^"]+)"\?\))?/.exec(message))) {
    const meant = m[2] ? ` Did you mean ${titleOf(m[2], context)}?` : '';
    return `${label ?? 'A chapter'} (${quoted(m[1]!)}) is not in the playbook.${meant} Remove it and add the chapter you meant from the list below.`;
  }
  if ((m = /^"([^"]+)" is already listed at position (\d+)/.exec(message))) {
    return `${titleOf(m[1]!, context)} is in the list twice, as chapter ${m[2]} and again here. Remove one of them.`;
  }
  if (/^use lowercase words joined by hyphens/.test(message))
    return `${label ?? 'A chapter'} is not a chapter of the playbook. Remove it and add the chapter you meant from the list below.`;
  if (field && isEmptyMessage(message))
    return `${label ?? 'A field'} is empty. ${WHEN_EMPTY[field] ?? 'Fill it in.'}`;
  if ((m = / is (\d+) characters long; keep it under (\d+)$/.exec(message)))
    return `${label ?? 'A field'} is ${m[1]} characters long; keep it under ${m[2]}.`;
  if ((m = /^contains an invisible control character \(U\+[0-9A-F]+\) after "(.*)"; /.exec(message))) {
    return `${label ?? 'A field'} holds an invisible character after ${quoted(m[1]!)}, often brought in by copying from another program. Delete that spot and type it again.`;
  }
  if (/^expected a hex colour/.test(message))
    return 'The accent colour could not be read. Choose one with the colour picker.';
  if (/^expected a date written as YYYY-MM-DD/.test(message))
    return `${label ?? 'A date'} is not a real date. Pick one from the calendar, or leave it empty.`;
  if (/^expected a locale/.test(message))
    return `The way of writing dates could not be read. Choose one under ${quoted(FIELD_LABELS.locale)}.`;
  const logo = wordLogoProblem(message);
  if (logo) return logo;
  if ((m = /^unknown field "([^"]+)"(?: \(did you mean "([^"]+)"\?\))?/.exec(message))) {
    const meant = m[2] ? `, perhaps a misspelling of ${quoted(m[2])}` : '';
    return `${file} has a setting ${quoted(m[1]!)} this page does not know${meant}. Correct or remove it in the file, then open the file here again.`;
  }
  if (/^YAML syntax: /.test(message))
    return `${file} could not be read${problem.line ? ` at line ${problem.line}` : ''}. Choose a settings file downloaded from this page, or check that line in a text editor.`;
  if (/^the file is empty/.test(message))
    return `${file} is empty. Choose a settings file downloaded from this page.`;
  if (/^expected fields written as "name: value"/.test(message))
    return `${file} does not hold handbook settings. Choose a settings file downloaded from this page.`;
  const text = sentence(
    message.replace(/; run `playbook [a-z]+`[^;]*$| \(run `playbook [a-z]+`[^)]*\)$/, ''),
  );
  if (label) return `${label}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  return field ? `${file}, ${field.split('.').join(' › ')}: ${text}` : text;
}

/** The logo checker's messages (core/config/logo.ts and the config checker), said for a person choosing a file. */
function wordLogoProblem(message: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^"(.+)" is not a supported image; /.exec(message)))
    return `The logo ${quoted(m[1]!)} is not an image the handbook can show. Choose a PNG, JPEG, SVG, WebP or GIF file.`;
  if (/^the logo file is empty/.test(message))
    return 'The logo file is empty. Export the logo again and choose the new file.';
  if ((m = /^the logo is (.+?); a logo may be at most (.+?): /.exec(message)))
    return `The logo is ${m[1]}; a logo may be at most ${m[2]}. Export a smaller PNG (600 px wide is plenty) or an SVG.`;
  if ((m = /^the file is named like (\S+) but its contents are not an image/.exec(message)))
    return `The logo file is named like a ${imageKind(m[1]!)} image but holds no image the handbook recognises. Export the logo again as PNG, JPEG, SVG, WebP or GIF.`;
  if ((m = /^the file is named like (\S+) but holds (\S+) data/.exec(message)))
    return `The logo file is named like a ${imageKind(m[1]!)} image but holds ${imageKind(m[2]!)} data. Rename it to match what it is, then choose it again.`;
  if ((m = /^the SVG contains (.+?); a logo must be a plain drawing/.exec(message)))
    return `The logo holds ${m[1]}; a logo must be a plain drawing. Export it again as a plain SVG, or use a PNG.`;
  if (/^the logo must be a file in the config's folder/.test(message))
    return 'The file names its logo by a path outside its own folder. Choose the logo file under Logo instead.';
  return undefined;
}

/** One note, placed beside the field it is about; undefined when the form already says it (the vision's length). */
function wordNote(note: Problem, context: WordingContext): Omit<FormMessage, 'note'> | undefined {
  const { message } = note;
  let m: RegExpExecArray | null;
  if (/^the vision is longer than one sentence/.test(message)) return undefined;
  if ((m = /^standards\.refundLimit is not set, so (.+) will say "an agreed amount"/.exec(message))) {
    return {
      field: 'standards.refundLimit',
      text: `Without a refund limit, ${chapterList(m[1]!, context)} will say “an agreed amount”. Type one here if your team has one, for example “50 GBP”.`,
    };
  }
  if ((m = /^no empowerment rows, so (.+) shows a sample table/.exec(message))) {
    return {
      field: 'empowerment',
      text: `With no rows here, ${chapterList(m[1]!, context)} will show a sample table. Add a row for each role and what it may decide without asking.`,
    };
  }
  if ((m = /^"([^"]+)" is written for (.+), none of the audiences listed/.exec(message))) {
    const readers = m[2]!.split(', ').map((a) => words().audiences[a as AudienceId] ?? a);
    return {
      field: 'audiences',
      text: `${titleOf(m[1]!, context)} is written for ${LIST.format(readers)}, not for the readers you chose; it stays because you chose it.`,
    };
  }
  return { field: slotOf(note.field), text: wordProblem(note, context) };
}

/** Messages about a file as a whole (empty, not settings at all): no line to point to. */
const WHOLE_FILE = /^the file is empty|^expected fields written as/;

/** An uploaded file's line, after the sentence, so the person can find the spot in the file too. */
function withLine(
  text: string,
  problem: Pick<Problem, 'line'> & { message?: string },
  context: WordingContext,
): string {
  if (!context.file || !problem.line || / at line \d+\./.test(text) || WHOLE_FILE.test(problem.message ?? ''))
    return text;
  return `${text} (Line ${problem.line} of ${context.file}.)`;
}
