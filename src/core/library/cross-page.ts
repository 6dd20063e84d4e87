/**
 * The data files every page refers to (roles.yaml, sources.yaml) and the checks that need the
 * whole set of pages at once: owners, citations and related links that must agree with each other.
 */
import { RolesFileSchema, type Role } from '../../schemas/roles.ts';
import { SourcesFileSchema, type Article } from '../../schemas/sources.ts';
import { problemsFromZod, type Problem } from '../problems.ts';
import { parseYamlDocument } from '../config/yaml-source.ts';
import { quickValidData } from '../config/quick-yaml.ts';
import { suggest } from '../did-you-mean.ts';
import type { FailureMode, Library, SourceText } from './library.ts';

/** Each role's neutral name by id, as the site and the whole playbook print play owners. */
export function roleNames(roles: readonly Role[]): Record<string, string> {
  return Object.fromEntries(roles.map((r) => [r.id, r.name]));
}

/** Parses content/roles.yaml: the role vocabulary every play owner refers to. */
export function parseRoles({ path, text }: SourceText): { roles?: Role[]; problems: Problem[] } {
  // A sound file needs no positions (config/quick-yaml.ts).
  const fast = quickValidData(text, RolesFileSchema);
  if (fast) return { roles: fast.roles, problems: [] };
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
            line: mode.lineOf(field),
            message: `unknown role "${id}"${suggest(id, ids)}; roles are listed in content/roles.yaml`,
          },
        ];
      }),
    ),
  );
}

/** Parses content/sources.yaml. */
export function parseSources({ path, text }: SourceText): { articles?: Article[]; problems: Problem[] } {
  // A sound file needs no positions (config/quick-yaml.ts).
  let data = quickValidData(text, SourcesFileSchema);
  if (!data) {
    const parsed = parseYamlDocument(path, text);
    if (parsed.problems.length > 0) return { problems: parsed.problems };
    const result = SourcesFileSchema.safeParse(parsed.doc.toJS());
    if (!result.success)
      return { problems: problemsFromZod(path, result.error.issues, parsed.doc, parsed.lines) };
    data = result.data;
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  data.articles.forEach((article, i) => {
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
  return { articles: data.articles, problems };
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
  const at = (mode: FailureMode, field: string) => ({ file: mode.file, field, line: mode.lineOf(field) });
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
