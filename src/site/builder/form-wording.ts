/**
 * The checker's problems and notes as the builder's form says them. The checker words its messages
 * for config.yaml and the command line (field paths such as `standards.firstResponse`, failure-mode
 * ids, commands to run); the form is filled in by people who never see that file, so here each
 * message becomes a sentence that names the field as the form labels it and each chapter by its
 * title, and says what to do on this page. The shared checker is left as it is: `playbook validate`
 * keeps its own wording. Pure: no DOM, so it is testable in Node.
 */
import type { Problem } from '../../core/problems.ts';
import { fill, list, plural } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
import type { AudienceId } from '../../schemas/taxonomy.ts';
import { emptyHintOwn, labelOfOwn, wordOwnProblem } from './own-words-wording.ts';

const w = pageWords;
const say = () => w().builder.problems;
const FIELD_LABELS = (): Record<string, string> => w().builder.fields;

/** The editable rows by the field that holds them, with the rows' words. */
const ROWS = () => ({
  'standards.others': w().builder.rows.others,
  empowerment: w().builder.rows.empowerment,
});

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
  /** Each role's name in the playbook, by id, for the boxes of the company's titles. */
  roles?: ReadonlyMap<string, string>;
}

/** A problem as the form's check gives it: one in a box of Markdown also says its line in that box. */
export type FormProblem = Problem & { textLine?: number };

const quoted = (text: string) => fill(w().locale, w().quoted, { text });
const listed = (items: string[]) => list(w().locale, items);
const sentence = (text: string) => {
  const trimmed = text.trim().replace(/`/g, '');
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?”]$/.test(capital) ? capital : `${capital}.`;
};

/** Every problem and note in the form's words, in the order given; a row's missing parts make one sentence. */
export function wordForTheForm(
  problems: FormProblem[],
  notes: Problem[],
  context: WordingContext,
): FormMessage[] {
  const messages: FormMessage[] = [];
  const emptyRows = new Map<
    string,
    { field: string; parts: string[]; kind: keyof ReturnType<typeof ROWS>; index: number; line?: number }
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
    const text = wordProblem(problem, context);
    messages.push({
      field: slotOf(problem.field),
      text: withLine(
        problem.textLine ? fill(w().locale, say().textLine, { message: text, line: problem.textLine }) : text,
        problem,
        context,
      ),
      note: false,
    });
  }
  for (const group of emptyRows.values()) {
    const text = plural(w().locale, group.parts.length, ROWS()[group.kind].needs, {
      row: group.index + 1,
      parts: listed(group.parts),
    });
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
): { kind: keyof ReturnType<typeof ROWS>; index: number; part: string } | undefined {
  const match = /^(standards\.others|empowerment)\.(\d+)\.(\w+)$/.exec(problem.field ?? '');
  if (!match || !isEmptyMessage(problem.message)) return undefined;
  const kind = match[1] as keyof ReturnType<typeof ROWS>;
  const part = ROWS()[kind].parts[match[3]!];
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
  if (field in FIELD_LABELS()) return FIELD_LABELS()[field];
  const row = /^(standards\.others|empowerment)\.(\d+)/.exec(field);
  if (row)
    return fill(w().locale, ROWS()[row[1] as keyof ReturnType<typeof ROWS>].name, { n: Number(row[2]) + 1 });
  const chapter = /^priorities\.(\d+)$/.exec(field);
  if (chapter) return chapterName(Number(chapter[1]), context);
  if (field === 'training.cadence') return FIELD_LABELS().training;
  if (field === 'output.paper') return FIELD_LABELS().output;
  return labelOfOwn(field, context);
}

/** "Chapter 2 (“Title”)", or "Chapter 2" for an id that names no failure mode. */
function chapterName(index: number, context: WordingContext): string {
  const title = context.titles.get(context.priorities[index] ?? '');
  return title
    ? fill(w().locale, say().chapterTitled, { n: index + 1, title: quoted(title) })
    : fill(w().locale, say().chapter, { n: index + 1 });
}

const titleOf = (id: string, context: WordingContext) => quoted(context.titles.get(id) ?? id);
const chapterList = (ids: string, context: WordingContext) =>
  listed(ids.split(', ').map((id) => titleOf(id, context)));
const imageKind = (type: string) => (type === 'SVG+XML' ? 'SVG' : type);

/** One problem as a sentence; the patterns are the checker's own messages (tests/unit/builder-wording.test.ts runs them). */
function wordProblem(problem: Problem, context: WordingContext): string {
  const { message, field } = problem;
  const label = labelOf(field, context);
  const file = context.file ?? say().someFile;
  const as = (template: string, values: Record<string, string | number> = {}) =>
    fill(w().locale, template, { field: label ?? say().someField, file, ...values });
  let m: RegExpExecArray | null;
  const own = wordOwnProblem(problem, label, file, context);
  if (own) return own;
  if (/^list at least one failure-mode id/.test(message)) return say().noChapters;
  if ((m = /^unknown failure mode "([^"]+)"(?: \(did you mean "([^"]+)"\?\))?/.exec(message))) {
    const values = { field: label ?? say().someChapter, id: quoted(m[1]!) };
    return m[2]
      ? as(say().unknownChapterMeant, { ...values, meant: titleOf(m[2], context) })
      : as(say().unknownChapter, values);
  }
  if ((m = /^"([^"]+)" is already listed at position (\d+)/.exec(message)))
    return as(say().twice, { title: titleOf(m[1]!, context), n: m[2]! });
  if (/^use lowercase words joined by hyphens/.test(message))
    return as(say().notAChapter, { field: label ?? say().someChapter });
  if (field && isEmptyMessage(message))
    return as(say().empty, { hint: say().whenEmpty[field] ?? emptyHintOwn(field) ?? say().fillIn });
  // The checker's numbers as it wrote them.
  if ((m = / is ([\d,]+) characters long; keep it under ([\d,]+)$/.exec(message)))
    return as(say().tooLong, { length: m[1]!, max: m[2]! });
  if ((m = /^contains an invisible control character \(U\+[0-9A-F]+\) after "(.*)"; /.exec(message)))
    return as(say().invisible, { text: quoted(m[1]!) });
  if (/^expected a hex colour/.test(message)) return say().accent;
  if (/^expected a date written as YYYY-MM-DD/.test(message))
    return as(say().notADate, { field: label ?? say().someDate });
  if (/^expected a locale/.test(message)) return as(say().locale, { field: quoted(FIELD_LABELS().locale!) });
  if (field === 'language' && (m = /^expected one of .*, not "([^"]*)"/.exec(message)))
    return as(say().language, { written: quoted(m[1]!), field: quoted(FIELD_LABELS().language!) });
  const logo = wordLogoProblem(message);
  if (logo) return logo;
  if ((m = /^unknown field "([^"]+)"(?: \(did you mean "([^"]+)"\?\))?/.exec(message))) {
    const name = quoted(m[1]!);
    return m[2]
      ? as(say().unknownSettingMeant, { name, meant: quoted(m[2]) })
      : as(say().unknownSetting, { name });
  }
  if (/^YAML syntax: /.test(message))
    return problem.line ? as(say().unreadableAt, { line: String(problem.line) }) : as(say().unreadable);
  if (/^the file is empty/.test(message)) return as(say().emptyFile);
  if (/^expected fields written as "name: value"/.test(message)) return as(say().notSettings);
  const text = sentence(
    message.replace(/; run `playbook [a-z]+`[^;]*$| \(run `playbook [a-z]+`[^)]*\)$/, ''),
  );
  if (label) return as(say().other, { message: `${text.charAt(0).toLowerCase()}${text.slice(1)}` });
  return field
    ? as(say().otherInFile, { path: field.split('.').join(say().pathSeparator), message: text })
    : text;
}

/** The logo checker's messages (core/config/logo.ts and the config checker), said for a person choosing a file. */
function wordLogoProblem(message: string): string | undefined {
  const as = (template: string, values: Record<string, string> = {}) => fill(w().locale, template, values);
  let m: RegExpExecArray | null;
  if ((m = /^"(.+)" is not a supported image; /.exec(message)))
    return as(say().logoNotImage, { name: quoted(m[1]!) });
  if (/^the logo file is empty/.test(message)) return say().logoEmpty;
  if ((m = /^the logo is (.+?); a logo may be at most (.+?): /.exec(message)))
    return as(say().logoTooBig, { size: m[1]!, max: m[2]! });
  if ((m = /^the file is named like (\S+) but its contents are not an image/.exec(message)))
    return as(say().logoNoImage, { kind: imageKind(m[1]!) });
  if ((m = /^the file is named like (\S+) but holds (\S+) data/.exec(message)))
    return as(say().logoOtherImage, { kind: imageKind(m[1]!), actual: imageKind(m[2]!) });
  if ((m = /^the SVG contains (.+?); a logo must be a plain drawing/.exec(message)))
    return as(say().logoNotPlain, { what: m[1]! });
  if (/^the logo must be a file in the config's folder/.test(message))
    return as(say().logoOutside, { field: FIELD_LABELS()['branding.logo']! });
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
      text: fill(w().locale, say().noRefundLimit, {
        chapters: chapterList(m[1]!, context),
        amount: quoted(w().neutral.refundLimit),
      }),
    };
  }
  if ((m = /^no empowerment rows, so (.+) shows a sample table/.exec(message))) {
    return {
      field: 'empowerment',
      text: fill(w().locale, say().noEmpowerment, { chapters: chapterList(m[1]!, context) }),
    };
  }
  if ((m = /^"([^"]+)" is written for (.+), none of the audiences listed/.exec(message))) {
    const readers = m[2]!.split(', ').map((a) => w().audiences[a as AudienceId] ?? a);
    return {
      field: 'audiences',
      text: fill(w().locale, say().otherReaders, {
        title: titleOf(m[1]!, context),
        readers: listed(readers),
      }),
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
  // A message that names the line already (an unreadable file) says it once.
  const namesLine = problem.message !== undefined && /^YAML syntax: /.test(problem.message);
  if (!context.file || !problem.line || namesLine || WHOLE_FILE.test(problem.message ?? '')) return text;
  return fill(w().locale, say().atLine, { message: text, line: String(problem.line), file: context.file });
}
