import type { Root } from 'mdast';
import type { Role } from '../../schemas/roles.ts';
import type { Metric } from '../../schemas/metrics.ts';
import type { Pulse } from '../../schemas/pulse.ts';
import type { Article } from '../../schemas/sources.ts';
import type { FailureModeData } from '../../schemas/failure-mode.ts';
import type { Problem } from '../problems.ts';
import { applyVariables, sortModes } from './modes.ts';
import { checkMeasures, checkMetricUses, parseMetrics, parsePulse } from './measures.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import type { ContentLanguage } from './translations.ts';
import type { Dictionary } from '../../i18n/index.ts';
import { checkWorksheetIds, parseWorksheets, worksheetIdFromPath } from './worksheets.ts';
import { idFromPath, parseFailureMode, type ParsedMode } from './mode-page.ts';
import { checkReferences, checkRoles, parseRoles, parseSources } from './cross-page.ts';

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
  /**
   * The file line of a field (`related.0`, `sources.1.point`), for cross-page messages: found when a
   * message asks, since a valid page needs none (core/config/quick-yaml.ts). Not data: a
   * library written out as JSON (the builder's) leaves it out.
   */
  lineOf: (field: string) => number;
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
