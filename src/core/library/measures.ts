/**
 * The library's measures: content/metrics.yaml (every metric, defined once) and content/pulse.yaml
 * (the one staff pulse survey). Parsed and checked here, and checked against the pages that use them
 * and the articles they cite, so a page cannot name a metric that does not exist and a metric
 * cannot report a statement the survey does not ask.
 */
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { MetricsFileSchema, type Metric } from '../../schemas/metrics.ts';
import { PulseSchema, type Pulse } from '../../schemas/pulse.ts';
import type { Article } from '../../schemas/sources.ts';
import { parseYamlDocument, type ParsedYaml } from '../config/yaml-source.ts';
import { quickValidData } from '../config/quick-yaml.ts';
import { yamlPosition } from '../config/yaml-position.ts';
import { suggest } from '../did-you-mean.ts';
import { problemsFromZod, type Problem } from '../problems.ts';
import type { FailureMode, ModeData } from './library.ts';

/** A parsed measures file: its data when valid, and the lines of its fields for messages. */
export interface ParsedMeasures<T> {
  file: string;
  data?: T;
  problems: Problem[];
  /** Where a field is written, by its path (`['metrics', 3, 'pulse']`), for cross-file messages. */
  positionOf: (path: (string | number)[]) => { line?: number; column?: number };
}

/** A page's metrics and where they are written, which is all the metric checks need of a mode. */
type PageMetrics = Pick<ModeData, 'metrics'> & Pick<FailureMode, 'file' | 'lineOf'>;

function parseMeasuresFile<T>(
  path: string,
  text: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
): ParsedMeasures<T> {
  // Positions only when a message asks for one (config/quick-yaml.ts).
  let positions: ParsedYaml | undefined;
  const located = () => (positions ??= parseYamlDocument(path, text));
  const positionOf = (at: (string | number)[]) => yamlPosition(located(), at, { nearest: true }) ?? {};
  const fast = quickValidData(text, schema);
  if (fast !== undefined) return { file: path, data: fast, problems: [], positionOf };
  const parsed = located();
  if (parsed.problems.length > 0) return { file: path, problems: parsed.problems, positionOf };
  const result = schema.safeParse(parsed.doc.toJS());
  if (!result.success)
    return {
      file: path,
      problems: problemsFromZod(path, result.error.issues, parsed.doc, parsed.lines, 0, schema),
      positionOf,
    };
  return { file: path, data: result.data, problems: [], positionOf };
}

/** Parses content/metrics.yaml: every metric once, with its definition and its one target. */
export function parseMetrics({ path, text }: { path: string; text: string }): ParsedMeasures<Metric[]> {
  const { data, ...parsed } = parseMeasuresFile(path, text, MetricsFileSchema);
  return { ...parsed, ...(data ? { data: data.metrics } : {}) };
}

/** Parses content/pulse.yaml: the staff pulse survey. */
export function parsePulse({ path, text }: { path: string; text: string }): ParsedMeasures<Pulse> {
  return parseMeasuresFile(path, text, PulseSchema);
}

/** Every metric a page lists is in content/metrics.yaml, with "did you mean" when not. */
export function checkMetricUses(modes: readonly PageMetrics[], metrics: readonly Metric[]): Problem[] {
  const ids = metrics.map((m) => m.id);
  const known = new Set(ids);
  return modes.flatMap((mode) =>
    mode.metrics.flatMap((use, i): Problem[] => {
      if (known.has(use.metric)) return [];
      const field = `metrics.${i}`;
      return [
        {
          file: mode.file,
          field,
          line: mode.lineOf(field),
          message: `unknown metric "${use.metric}"${suggest(use.metric, ids)}; metrics are defined in content/metrics.yaml, where a new one gets its own entry`,
        },
      ];
    }),
  );
}

/**
 * The metrics file against the survey and the sources: each metric's statement and article exist,
 * a pulse metric quotes its statement and is read as often as the survey runs, and every statement
 * is reported by exactly one metric (two would be two targets for one number).
 */
export function checkMeasures(
  metrics: ParsedMeasures<Metric[]> & { data: Metric[] },
  pulse: ParsedMeasures<Pulse> & { data: Pulse },
  articles: readonly Article[],
): Problem[] {
  const problems: Problem[] = [];
  const at = (i: number, key: string) => ({
    file: metrics.file,
    field: `metrics.${i}.${key}`,
    ...metrics.positionOf(['metrics', i, key]),
  });
  const items = new Map(pulse.data.items.map((item) => [item.id, item]));
  const articleIds = articles.map((a) => a.id);
  const reportedBy = new Map<string, string>();
  metrics.data.forEach((metric, i) => {
    if (metric.source !== undefined && !articleIds.includes(metric.source))
      problems.push({
        ...at(i, 'source'),
        message: `unknown article "${metric.source}"${suggest(metric.source, articleIds)}; articles are listed in content/sources.yaml`,
      });
    if (metric.pulse === undefined) return;
    const item = items.get(metric.pulse);
    if (!item) {
      problems.push({
        ...at(i, 'pulse'),
        message: `unknown pulse statement "${metric.pulse}"${suggest(metric.pulse, [...items.keys()])}; statements are listed in content/pulse.yaml`,
      });
      return;
    }
    const other = reportedBy.get(item.id);
    if (other)
      problems.push({
        ...at(i, 'pulse'),
        message: `"${item.id}" is already reported by metric "${other}"; one statement has one metric, so it has one target`,
      });
    reportedBy.set(item.id, metric.id);
    if (!metric.name.includes(item.statement))
      problems.push({
        ...at(i, 'name'),
        message: `a pulse metric quotes its statement word for word in its name: "${item.statement}"`,
      });
    if (metric.cadence !== pulse.data.cadence)
      problems.push({
        ...at(i, 'cadence'),
        message: `the survey runs ${pulse.data.cadence}, so its metrics are read ${pulse.data.cadence} too`,
      });
  });
  pulse.data.items.forEach((item, i) => {
    if (!reportedBy.has(item.id))
      problems.push({
        file: pulse.file,
        field: `items.${i}.id`,
        ...pulse.positionOf(['items', i, 'id']),
        message: `no metric reports "${item.id}"; add a metric with pulse: ${item.id} to content/metrics.yaml, or take the statement out of the survey`,
      });
  });
  return problems;
}
