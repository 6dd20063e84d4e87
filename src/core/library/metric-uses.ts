/**
 * Which metrics a page uses and which pages use a metric: lookups over a library already checked
 * (core/library/measures.ts), without the parsers, so the browser builder can use them too.
 */
import type { Metric } from '../../schemas/metrics.ts';
import { INTERNAL_ERRORS } from '../internal-errors.ts';
import type { Library, ModeData } from './library.ts';

/** A metric as a page uses it: its one definition and target, with the page's own note. */
export interface MetricOnPage {
  metric: Metric;
  note?: string;
}

/** The definitions of a page's metrics, in the page's order. */
export function metricsOnPage(
  mode: Pick<ModeData, 'metrics'>,
  byId: ReadonlyMap<string, Metric>,
): MetricOnPage[] {
  return mode.metrics.map((use) => {
    const metric = byId.get(use.metric);
    if (!metric) throw new Error(INTERNAL_ERRORS.unknownMetric(use.metric));
    return use.note ? { metric, note: use.note } : { metric };
  });
}

/** The library's metrics by id. */
export const metricsById = (metrics: readonly Metric[]): Map<string, Metric> =>
  new Map(metrics.map((m) => [m.id, m]));

/** For each metric, the modes that use it, in the library's order of modes. */
export function modesByMetric<M extends ModeData>(
  library: Pick<Library<M>, 'modes' | 'metrics'>,
): Map<string, M[]> {
  const using = new Map<string, M[]>(library.metrics.map((m) => [m.id, []]));
  for (const mode of library.modes) for (const use of mode.metrics) using.get(use.metric)?.push(mode);
  return using;
}

/** Metrics no page uses: defined, but shown nowhere a reader would meet them. */
export function findUnusedMetrics(library: Pick<Library<ModeData>, 'modes' | 'metrics'>): string[] {
  return [...modesByMetric(library)].filter(([, modes]) => modes.length === 0).map(([id]) => id);
}
