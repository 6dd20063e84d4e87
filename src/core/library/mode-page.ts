/**
 * One failure-mode page on its own: frontmatter and body parsed and checked in isolation, so a
 * page's mistakes are reported at its own lines before any check looks across pages.
 */
import type { Root } from 'mdast';
import { withoutPositions } from '../../markdown/without-positions.ts';
import { FailureModeSchema, ModeIdSchema, type FailureModeData } from '../../schemas/failure-mode.ts';
import { findNonPortableNodes, parseBody } from '../../markdown/pipeline.ts';
import { remarkPlaybook } from '../../markdown/remark-playbook.ts';
import { SAFE_LINK_SOURCE } from '../../markdown/safe-links.ts';
import { VARIABLE_NAMES, findVariables, isVariableName } from '../../markdown/variables.ts';
import { unified } from 'unified';
import { problemsFromZod, type Problem } from '../problems.ts';
import { parseYamlDocument, toPlainData, type ParsedYaml } from '../config/yaml-source.ts';
import { quickValidData } from '../config/quick-yaml.ts';
import { yamlPosition } from '../config/yaml-position.ts';
import { findDeckProblems } from '../kit/decks.ts';
import { findRoomProblems } from '../kit/room.ts';
import type { Dictionary } from '../../i18n/index.ts';
import type { FailureMode, SourceText } from './library.ts';

/** A page's frontmatter: the YAML between its first two "---" lines. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Built once: `.strict()` makes a new schema each time it is called. */
const STRICT_SCHEMA = FailureModeSchema.strict();

/** A step of a dotted field path: `plays.0.owner` is ['plays', 0, 'owner']. */
const fieldStep = (step: string): string | number => (/^\d+$/.test(step) ? Number(step) : step);

/** The id of a page is its file name without the extension. */
export function idFromPath(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
}

/** A page's result: the mode when valid, and its body tree as the checks left it (see checkBodyTree). */
export interface ParsedMode {
  mode?: FailureMode;
  problems: Problem[];
  neutralBody?: Root;
  /** With `keepBodies`: the body as parsed, before any plugin ran, without positions. */
  parsedBody?: Root;
}

/** Parses and validates one page's frontmatter and body; never throws for bad content. */
export function parseFailureMode(
  { path, text }: SourceText,
  options: { keepBodies?: boolean; translated?: boolean; words?: Dictionary } = {},
): ParsedMode {
  const id = idFromPath(path);
  const problems: Problem[] = [];
  const idCheck = ModeIdSchema.safeParse(id);
  if (!idCheck.success)
    problems.push({
      file: path,
      message: `file name "${id}" is not a valid id: ${idCheck.error.issues[0]?.message}`,
    });

  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({
      file: path,
      line: 1,
      message:
        'no frontmatter found: the file must start with a line "---", the YAML fields, and a closing "---"',
    });
    return { problems };
  }
  const yamlText = match[1] ?? '';
  // The positions every message needs, parsed only once a message does (config/quick-yaml.ts).
  let positions: ParsedYaml | undefined;
  const located = () => (positions ??= parseYamlDocument(path, yamlText, 1));
  let data = quickValidData(yamlText, STRICT_SCHEMA, { asWritten: true });
  if (!data) {
    const parsed = located();
    if (parsed.problems.length > 0) return { problems: [...problems, ...parsed.problems] };
    const plain = toPlainData(path, parsed, 1);
    if (plain.problems.length > 0) return { problems: [...problems, ...plain.problems] };
    const result = STRICT_SCHEMA.safeParse(plain.data);
    if (!result.success) {
      return {
        problems: [
          ...problems,
          ...problemsFromZod(path, result.error.issues, parsed.doc, parsed.lines, 1, FailureModeSchema),
        ],
      };
    }
    data = result.data;
  }
  problems.push(...checkFrontmatterVariables(path, data, located));
  // Every deck a kit's materials ask for must exist, and the kit must survive a real room: judged on
  // the parsed exercise, at its fields.
  const exercise = data.exercise;
  // The room checks read English wording; a translation keeps the source's room by keeping its shape.
  const room = options.translated ? [] : findRoomProblems(exercise);
  const decks = [...findDeckProblems(exercise), ...room].map(({ path: at, message }) => ({
    code: 'custom' as const,
    path: ['exercise', ...at],
    message,
  }));
  if (decks.length > 0) problems.push(...problemsFromZod(path, decks, located().doc, located().lines, 1));
  const bodyLine = text.slice(0, match[0].length).split('\n').length;
  const body = text.slice(match[0].length);
  const checked = checkBodyTree(path, body, bodyLine, options.keepBodies, options.words);
  problems.push(...checked.problems);
  if (problems.length > 0) return { problems };
  // The frontmatter's first line is the file's second, after "---".
  const lineOf = (field: string) =>
    yamlPosition(located(), field.split('.').map(fieldStep), { lineOffset: 1 })?.line ?? 1;
  return {
    mode: { ...data, id, file: path, body, bodyLine, lineOf },
    problems,
    neutralBody: checked.tree,
    parsedBody: checked.parsed,
  };
}

/** Frontmatter strings may use `:var[name]` too; an unknown name is reported at its field. */
function checkFrontmatterVariables(
  path: string,
  data: FailureModeData,
  located: () => ParsedYaml,
): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, at: (string | number)[]) => {
    if (typeof value === 'string') {
      for (const name of findVariables(value).filter((n) => !isVariableName(n))) {
        problems.push(
          ...problemsFromZod(
            path,
            [
              {
                code: 'custom',
                path: at,
                message: `unknown variable ":var[${name}]"; use one of: ${VARIABLE_NAMES.join(', ')}`,
              },
            ],
            located().doc,
            located().lines,
            1,
          ),
        );
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
  };
  walk(data, []);
  return problems;
}

/** Checks that a body parses and uses only the portable constructs; reports real file lines. */
export function checkBody(path: string, body: string, bodyLine: number): Problem[] {
  return checkBodyTree(path, body, bodyLine).problems;
}

/**
 * The body check, returning the tree it leaves: parsed and through remarkPlaybook with the neutral
 * defaults for HTML, which is exactly the site's edition, so the site does not parse a body twice.
 * With `keepParsed`, also a copy of the tree as parsed (what the handbook builder embeds).
 */
function checkBodyTree(
  path: string,
  body: string,
  bodyLine: number,
  keepParsed = false,
  words?: Dictionary,
): { problems: Problem[]; tree?: Root; parsed?: Root } {
  const at = (line?: number, column?: number) =>
    line !== undefined ? { line: line + bodyLine - 1, column } : {};
  let parsed;
  try {
    parsed = parseBody(body, path);
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number };
    return {
      problems: [
        {
          file: path,
          ...at(e.line, e.column),
          message: `body does not parse: ${e.reason ?? e.message}. Avoid "<", "{" and "}" in prose.`,
        },
      ],
    };
  }
  const problems: Problem[] = findNonPortableNodes(parsed.tree).map((n) => ({
    file: path,
    ...at(n.line, n.column),
    message: `body uses MDX-only syntax (${n.type}); use Markdown and the directives in docs/authoring.md so the handbook renders it too`,
  }));
  // Copied before the plugin below changes the tree in place.
  const asParsed = keepParsed && problems.length === 0 ? withoutPositions(parsed.tree) : undefined;
  try {
    unified()
      .use(remarkPlaybook, { target: 'html', ...(words ? { words } : {}) })
      .runSync(parsed.tree, parsed.file);
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number };
    problems.push({ file: path, ...at(e.line, e.column), message: e.reason ?? e.message });
    return { problems };
  }
  // The plugin shows a link it may not keep (javascript:, an image, HTML) as text; the library refuses it.
  for (const message of parsed.file.messages) {
    if (message.source === SAFE_LINK_SOURCE)
      problems.push({ file: path, ...at(message.line, message.column), message: message.reason });
  }
  return { problems, tree: parsed.tree, parsed: asParsed };
}
