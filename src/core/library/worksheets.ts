/**
 * The library's worksheets (content/worksheets/*.yaml): each read and checked against its schema,
 * the plays' references to them resolved, and the plays that use each one found, for the site's
 * worksheet pages, a handbook's appendix and the check that no worksheet is left unused.
 */
import { WorksheetSchema, type Worksheet } from '../../schemas/worksheet.ts';
import { parseYamlDocument } from '../config/yaml-source.ts';
import { quickValidData } from '../config/quick-yaml.ts';
import { yamlPosition } from '../config/yaml-position.ts';
import { suggest } from '../did-you-mean.ts';
import { problemsFromZod, type Problem } from '../problems.ts';
import type { ModeData } from './library.ts';

/** A file's path and text, as the loader read it. */
interface SourceText {
  path: string;
  text: string;
}

/** The id a worksheet file must have: its file name without `.yaml`. */
export const worksheetIdFromPath = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');

/** Parses and checks one worksheet file; never throws for bad content. */
export function parseWorksheet({ path, text }: SourceText): { worksheet?: Worksheet; problems: Problem[] } {
  // A sound file needs no positions (config/quick-yaml.ts).
  const fast = quickValidData(text, WorksheetSchema);
  if (fast && fast.id === worksheetIdFromPath(path)) return { worksheet: fast, problems: [] };
  const parsed = parseYamlDocument(path, text);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const result = WorksheetSchema.safeParse(parsed.doc.toJS());
  if (!result.success)
    return {
      problems: problemsFromZod(path, result.error.issues, parsed.doc, parsed.lines, 0, WorksheetSchema),
    };
  const expected = worksheetIdFromPath(path);
  if (result.data.id !== expected)
    return {
      problems: [
        {
          file: path,
          field: 'id',
          ...yamlPosition(parsed, ['id']),
          message: `the id "${result.data.id}" differs from the file name; a worksheet's id is its file name, so write id: ${expected} or rename the file`,
        },
      ],
    };
  return { worksheet: result.data, problems: [] };
}

/** Parses every worksheet file, sorted by id; two with the same title are refused, as readers could not tell them apart. */
export function parseWorksheets(files: readonly SourceText[]): {
  worksheets: Worksheet[];
  problems: Problem[];
} {
  const results = files.map((file) => ({ file, ...parseWorksheet(file) }));
  const problems = results.flatMap((r) => r.problems);
  const byTitle = new Map<string, string>();
  for (const { file, worksheet } of results) {
    if (!worksheet) continue;
    const key = worksheet.title.toLowerCase();
    const other = byTitle.get(key);
    if (other)
      problems.push({
        file: file.path,
        field: 'title',
        message: `duplicate title "${worksheet.title}", also used by ${other}; give each worksheet its own title`,
      });
    byTitle.set(key, file.path);
  }
  const worksheets = results
    .flatMap((r) => (r.worksheet ? [r.worksheet] : []))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { worksheets, problems };
}

/** A mode as the reference check needs it: its plays, its file and the lines of its fields. */
interface ModeSource {
  file: string;
  plays: readonly { worksheets: readonly string[] }[];
  lineOf: (field: string) => number;
}

/** Every worksheet a play names is one of `ids`, with "did you mean" when not, at the line of the id. */
export function checkWorksheetIds(modes: readonly ModeSource[], ids: readonly string[]): Problem[] {
  const known = new Set(ids);
  return modes.flatMap((mode) =>
    mode.plays.flatMap((play, i) =>
      play.worksheets.flatMap((id, j): Problem[] => {
        if (known.has(id)) return [];
        const field = `plays.${i}.worksheets.${j}`;
        return [
          {
            file: mode.file,
            field,
            line: mode.lineOf(field),
            message: `unknown worksheet "${id}"${suggest(id, [...ids])}; worksheets are the files in content/worksheets/`,
          },
        ];
      }),
    ),
  );
}

/** One play that uses a worksheet, and the mode it is on. */
export interface WorksheetUse {
  mode: Pick<ModeData, 'id' | 'title'>;
  play: { id: string; title: string };
}

/** The plays that use a worksheet, in the modes' order. */
export function findWorksheetUses(
  modes: readonly Pick<ModeData, 'id' | 'title' | 'plays'>[],
  id: string,
): WorksheetUse[] {
  return modes.flatMap((mode) =>
    mode.plays
      .filter((play) => play.worksheets.includes(id))
      .map((play) => ({
        mode: { id: mode.id, title: mode.title },
        play: { id: play.id, title: play.title },
      })),
  );
}

/** Worksheets no play uses: a form nobody is asked to fill in is either missing its play or left over. */
export function findUnusedWorksheets(library: {
  modes: readonly Pick<ModeData, 'plays'>[];
  worksheets: readonly Worksheet[];
}): Worksheet[] {
  const used = new Set(library.modes.flatMap((m) => m.plays.flatMap((p) => p.worksheets)));
  return library.worksheets.filter((w) => !used.has(w.id));
}
