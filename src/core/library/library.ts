import type { Root } from 'mdast';
import { withoutPositions } from '../../markdown/without-positions.ts';
import { RolesFileSchema, type Role } from '../../schemas/roles.ts';
import type { Metric } from '../../schemas/metrics.ts';
import type { Pulse } from '../../schemas/pulse.ts';
import { SourcesFileSchema, type Article } from '../../schemas/sources.ts';
import { FailureModeSchema, ModeIdSchema, type FailureModeData } from '../../schemas/failure-mode.ts';
import { findNonPortableNodes, parseBody } from '../../markdown/pipeline.ts';
import { remarkPlaybook } from '../../markdown/remark-playbook.ts';
import { SAFE_LINK_SOURCE } from '../../markdown/safe-links.ts';
import { VARIABLE_NAMES, findVariables, isVariableName } from '../../markdown/variables.ts';
import { unified } from 'unified';
import { problemsFromZod, type Problem } from '../problems.ts';
import { parseYamlDocument, toPlainData } from '../config/yaml-source.ts';
import { yamlPosition } from '../config/yaml-position.ts';
import { closest, suggest } from '../did-you-mean.ts';
import { applyVariables, sortModes } from './modes.ts';
import { findDeckProblems } from '../kit/decks.ts';
import { checkMeasures, checkMetricUses, parseMetrics, parsePulse } from './measures.ts';
import { findRoomProblems } from '../kit/room.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import type { ContentLanguage } from './translations.ts';
import type { Dictionary } from '../../i18n/index.ts';
import { checkWorksheetIds, parseWorksheets, worksheetIdFromPath } from './worksheets.ts';

export { closest, suggest };
// Used by the browser builder too, so they live in a module without the YAML and Markdown parsers.
export { applyVariables, sortModes };

/** What a page shows of a failure mode: its id and validated frontmatter, without its source. */
export interface ModeData extends FailureModeData {
  id: string;
  /** In a translated library, a page not translated yet: its text is the English source. */
  untranslated?: true;
}

/** A validated failure-mode page: its frontmatter data plus where it came from and its body. */
export interface FailureMode extends ModeData {
  /** Path relative to the project root, for messages. */
  file: string;
  /** The Markdown body after the frontmatter. */
  body: string;
  /** Line in the file where the body starts, so body errors report real lines. */
  bodyLine: number;
  /** File lines of reference fields (`related.0`, `sources.1.point`), for cross-page messages. */
  fieldLines: Record<string, number>;
}

/** The site's pages hold modes without their source (`Library<ModeData>`); the generator, whole ones. */
export interface Library<M extends ModeData = FailureMode> {
  /** Sorted by category order, then title. */
  modes: M[];
  articles: Article[];
  /** The people plays are given to (content/roles.yaml), in the file's order. */
  roles: Role[];
  /** The forms plays ask a team to fill in (content/worksheets/*.yaml), by id. */
  worksheets: Worksheet[];
  /** Every metric the pages use, defined once (content/metrics.yaml), in the file's order. */
  metrics: Metric[];
  /** The staff pulse survey its pulse metrics report (content/pulse.yaml). */
  pulse: Pulse;
  /** The language of a translated library (content/translations/<language>/); absent for English. */
  language?: ContentLanguage;
  /** In a translated library, its data files still in English: roles.yaml, metrics.yaml, pulse.yaml, worksheets/<id>.yaml. */
  untranslatedFiles?: string[];
}

/** The files that define what the pages measure: content/metrics.yaml and content/pulse.yaml. */
export interface MeasureTexts {
  metrics: SourceText;
  pulse: SourceText;
}

export interface SourceText {
  path: string;
  text: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The id of a page is its file name without the extension. */
export function idFromPath(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
}

/** Parses and validates one page's frontmatter and body; never throws for bad content. */
/** A page's result: the mode when valid, and its body tree as the checks left it (see checkBodyTree). */
export interface ParsedMode {
  mode?: FailureMode;
  problems: Problem[];
  neutralBody?: Root;
  /** With `keepBodies`: the body as parsed, before any plugin ran, without positions. */
  parsedBody?: Root;
}

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
  const parsed = parseYamlDocument(path, yamlText, 1);
  if (parsed.problems.length > 0) return { problems: [...problems, ...parsed.problems] };

  const plain = toPlainData(path, parsed, 1);
  if (plain.problems.length > 0) return { problems: [...problems, ...plain.problems] };
  const result = FailureModeSchema.strict().safeParse(plain.data);
  if (!result.success) {
    return {
      problems: [
        ...problems,
        ...problemsFromZod(path, result.error.issues, parsed.doc, parsed.lines, 1, FailureModeSchema),
      ],
    };
  }
  problems.push(...checkFrontmatterVariables(path, result.data, parsed.doc, parsed.lines));
  // Every deck a kit's materials ask for must exist, and the kit must survive a real room: judged on
  // the parsed exercise, at its fields.
  const exercise = result.data.exercise;
  // The room checks read English wording; a translation keeps the source's room by keeping its shape.
  const room = options.translated ? [] : findRoomProblems(exercise);
  const decks = [...findDeckProblems(exercise), ...room].map(({ path: at, message }) => ({
    code: 'custom' as const,
    path: ['exercise', ...at],
    message,
  }));
  problems.push(...problemsFromZod(path, decks, parsed.doc, parsed.lines, 1));
  const bodyLine = text.slice(0, match[0].length).split('\n').length;
  const body = text.slice(match[0].length);
  const checked = checkBodyTree(path, body, bodyLine, options.keepBodies, options.words);
  problems.push(...checked.problems);
  if (problems.length > 0) return { problems };
  const fieldLines: Record<string, number> = {};
  // The frontmatter's first line is the file's second, after "---".
  const lineOf = (path: (string | number)[]) => yamlPosition(parsed, path, { lineOffset: 1 })?.line;
  result.data.related.forEach((_, i) => (fieldLines[`related.${i}`] = lineOf(['related', i]) ?? 1));
  result.data.plays.forEach((play, i) => {
    fieldLines[`plays.${i}.owner`] = lineOf(['plays', i, 'owner']) ?? 1;
    if (play.with !== undefined) fieldLines[`plays.${i}.with`] = lineOf(['plays', i, 'with']) ?? 1;
    play.worksheets.forEach((_, j) => {
      fieldLines[`plays.${i}.worksheets.${j}`] = lineOf(['plays', i, 'worksheets', j]) ?? 1;
    });
  });
  result.data.metrics.forEach((_, i) => (fieldLines[`metrics.${i}`] = lineOf(['metrics', i]) ?? 1));
  result.data.sources.forEach((_, i) => {
    fieldLines[`sources.${i}.article`] = lineOf(['sources', i, 'article']) ?? 1;
    fieldLines[`sources.${i}.point`] = lineOf(['sources', i, 'point']) ?? 1;
  });
  return {
    mode: { ...result.data, id, file: path, body, bodyLine, fieldLines },
    problems,
    neutralBody: checked.tree,
    parsedBody: checked.parsed,
  };
}

/** Frontmatter strings may use `:var[name]` too; an unknown name is reported at its field. */
function checkFrontmatterVariables(
  path: string,
  data: FailureModeData,
  doc: Parameters<typeof problemsFromZod>[2],
  lines: Parameters<typeof problemsFromZod>[3],
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
            doc,
            lines,
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

/** Each role's neutral name by id, as the site and the whole playbook print play owners. */
export function roleNames(roles: readonly Role[]): Record<string, string> {
  return Object.fromEntries(roles.map((r) => [r.id, r.name]));
}

/** Parses content/roles.yaml: the role vocabulary every play owner refers to. */
export function parseRoles({ path, text }: SourceText): { roles?: Role[]; problems: Problem[] } {
  const parsed = parseYamlDocument(path, text);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const result = RolesFileSchema.safeParse(parsed.doc.toJS());
  if (!result.success)
    return { problems: problemsFromZod(path, result.error.issues, parsed.doc, parsed.lines) };
  return { roles: result.data.roles, problems: [] };
}

/** Every play's owner and partner name a role of the vocabulary, with "did you mean" when not. */
export function checkRoles(modes: FailureMode[], roles: Role[]): Problem[] {
  const ids = roles.map((r) => r.id);
  const known = new Set(ids);
  return modes.flatMap((mode) =>
    mode.plays.flatMap((play, i) =>
      (['owner', 'with'] as const).flatMap((key): Problem[] => {
        const id = play[key];
        if (id === undefined || known.has(id)) return [];
        const field = `plays.${i}.${key}`;
        return [
          {
            file: mode.file,
            field,
            line: mode.fieldLines[field],
            message: `unknown role "${id}"${suggest(id, ids)}; roles are listed in content/roles.yaml`,
          },
        ];
      }),
    ),
  );
}

/** Parses content/sources.yaml. */
export function parseSources({ path, text }: SourceText): { articles?: Article[]; problems: Problem[] } {
  const parsed = parseYamlDocument(path, text);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const result = SourcesFileSchema.safeParse(parsed.doc.toJS());
  if (!result.success)
    return { problems: problemsFromZod(path, result.error.issues, parsed.doc, parsed.lines) };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  result.data.articles.forEach((article, i) => {
    if (seen.has(article.id))
      problems.push({
        file: path,
        field: `articles.${i}.id`,
        message: `duplicate article id "${article.id}"`,
      });
    seen.add(article.id);
    const points = new Set<string>();
    article.points.forEach((point, j) => {
      if (points.has(point.id))
        problems.push({
          file: path,
          field: `articles.${i}.points.${j}.id`,
          message: `duplicate point id "${point.id}" in "${article.id}"`,
        });
      points.add(point.id);
    });
  });
  return { articles: result.data.articles, problems };
}

/** Cross-page rules: unique ids and titles, and every `related` and `sources` reference resolves. */
export function checkReferences(
  modes: FailureMode[],
  articles: Article[],
  pageIds: string[] = modes.map((m) => m.id),
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, FailureMode>();
  const byTitle = new Map<string, FailureMode>();
  for (const mode of modes) {
    const other = byId.get(mode.id);
    if (other)
      problems.push({
        file: mode.file,
        message: `duplicate id "${mode.id}": ${other.file} has the same id; rename one file`,
      });
    byId.set(mode.id, mode);
    const sameTitle = byTitle.get(mode.title.toLowerCase());
    if (sameTitle)
      problems.push({
        file: mode.file,
        field: 'title',
        message: `duplicate title "${mode.title}", also used by ${sameTitle.file}`,
      });
    byTitle.set(mode.title.toLowerCase(), mode);
  }
  // Pages that failed validation still exist; a link to one is not a second error.
  const ids = [...new Set([...byId.keys(), ...pageIds])];
  const exists = new Set(ids);
  const at = (mode: FailureMode, field: string) => ({ file: mode.file, field, line: mode.fieldLines[field] });
  const articleById = new Map(articles.map((a) => [a.id, a]));
  for (const mode of modes) {
    const seen = new Set<string>();
    mode.related.forEach((rel, i) => {
      const field = `related.${i}`;
      if (rel === mode.id)
        problems.push({ ...at(mode, field), message: 'a page cannot be related to itself' });
      else if (!exists.has(rel))
        problems.push({ ...at(mode, field), message: `unknown failure mode "${rel}"${suggest(rel, ids)}` });
      if (seen.has(rel)) problems.push({ ...at(mode, field), message: `"${rel}" is listed twice` });
      seen.add(rel);
    });
    mode.sources.forEach((ref, i) => {
      const article = articleById.get(ref.article);
      if (!article) {
        problems.push({
          ...at(mode, `sources.${i}.article`),
          message: `unknown article "${ref.article}"${suggest(ref.article, [...articleById.keys()])}; articles are listed in content/sources.yaml`,
        });
      } else if (!article.points.some((p) => p.id === ref.point)) {
        problems.push({
          ...at(mode, `sources.${i}.point`),
          message: `article "${ref.article}" has no point "${ref.point}"${suggest(
            ref.point,
            article.points.map((p) => p.id),
          )}`,
        });
      }
    });
  }
  return problems;
}

/** Article points that no page cites. */
export function findUncitedPoints(library: Library): { article: string; point: string }[] {
  const cited = new Set(library.modes.flatMap((m) => m.sources.map((s) => `${s.article}#${s.point}`)));
  return library.articles.flatMap((a) =>
    a.points.filter((p) => !cited.has(`${a.id}#${p.id}`)).map((p) => ({ article: a.id, point: p.id })),
  );
}

/** Pairs where A lists B as related but B does not list A. */
export function findOneWayRelations(modes: FailureMode[]): { from: string; to: string }[] {
  const byId = new Map(modes.map((m) => [m.id, m]));
  return modes.flatMap((m) =>
    m.related
      .filter((r) => byId.get(r) && !byId.get(r)!.related.includes(m.id))
      .map((to) => ({ from: m.id, to })),
  );
}

/**
 * Validates every page, the sources, roles, metrics, pulse and worksheet files together, returning
 * the library and all problems at once. With `keepBodies`, also each page's body tree in the site's
 * neutral edition and as parsed (see checkBodyTree), by id; without, each tree is dropped as soon as
 * its page is checked.
 */
export function buildLibrary(
  pages: SourceText[],
  sources: SourceText,
  roles: SourceText,
  measures: MeasureTexts,
  worksheetFiles: SourceText[] = [],
  options: { keepBodies?: boolean; translated?: ReadonlySet<string>; words?: Dictionary } = {},
): {
  library?: Library;
  problems: Problem[];
  neutralBodies?: Map<string, Root>;
  parsedBodies?: Map<string, Root>;
} {
  const parsedSources = parseSources(sources);
  const parsedRoles = parseRoles(roles);
  const metrics = parseMetrics(measures.metrics);
  const pulse = parsePulse(measures.pulse);
  const parsedWorksheets = parseWorksheets(worksheetFiles);
  const results = pages.map((page): ParsedMode => {
    const { neutralBody, parsedBody, ...result } = parseFailureMode(page, {
      keepBodies: options.keepBodies,
      translated: options.translated?.has(page.path),
      // A page still in English keeps English neutral words inside its English sentences.
      ...(options.words && options.translated?.has(page.path) ? { words: options.words } : {}),
    });
    return options.keepBodies ? { ...result, neutralBody, parsedBody } : result;
  });
  const modes = results.flatMap((r) => (r.mode ? [r.mode] : []));
  const problems = [
    ...parsedSources.problems,
    ...parsedRoles.problems,
    ...metrics.problems,
    ...pulse.problems,
    ...parsedWorksheets.problems,
    ...results.flatMap((r) => r.problems),
  ];
  if (parsedSources.articles)
    problems.push(
      ...checkReferences(
        modes,
        parsedSources.articles,
        pages.map((p) => idFromPath(p.path)),
      ),
    );
  if (parsedRoles.roles) problems.push(...checkRoles(modes, parsedRoles.roles));
  // A worksheet that failed its own check is reported there; a play naming it is not a second error.
  problems.push(
    ...checkWorksheetIds(
      modes,
      worksheetFiles.map((f) => worksheetIdFromPath(f.path)),
    ),
  );
  if (metrics.data) problems.push(...checkMetricUses(modes, metrics.data));
  if (metrics.data && pulse.data && parsedSources.articles)
    problems.push(
      ...checkMeasures(
        { ...metrics, data: metrics.data },
        { ...pulse, data: pulse.data },
        parsedSources.articles,
      ),
    );
  if (problems.length > 0 || !parsedSources.articles || !parsedRoles.roles || !metrics.data || !pulse.data)
    return { problems };
  const kept = (key: 'neutralBody' | 'parsedBody') =>
    new Map(results.flatMap((r) => (r.mode && r[key] ? [[r.mode.id, r[key]] as const] : [])));
  return {
    library: {
      modes: sortModes(modes),
      articles: parsedSources.articles,
      roles: parsedRoles.roles,
      metrics: metrics.data,
      pulse: pulse.data,
      worksheets: parsedWorksheets.worksheets,
    },
    problems,
    neutralBodies: kept('neutralBody'),
    parsedBodies: kept('parsedBody'),
  };
}
