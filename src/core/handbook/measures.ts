/**
 * What a handbook measures: the metrics its chapters use, each once with the chapters that use it
 * (its appendix of metrics), and the statements of the staff pulse survey those metrics report (its
 * one-page survey form). Only the chapters' own: a handbook prints no number it does not ask for.
 */
import type { Metric } from '../../schemas/metrics.ts';
import type { Pulse, PulseItem } from '../../schemas/pulse.ts';
import type { Library, ModeData } from '../library/library.ts';
import { metricsById, metricsOnPage, type MetricOnPage } from '../library/metric-uses.ts';

/** A chapter as the measures see it: its number, anchor and title, and the mode's metric uses. */
export interface MeasuredChapter {
  number: number;
  anchor: string;
  mode: Pick<ModeData, 'title' | 'metrics'>;
}

/** A metric of the handbook with the chapters that use it, in chapter order. */
export interface HandbookMetric {
  metric: Metric;
  anchor: string;
  chapters: { number: number; anchor: string; title: string }[];
  /** The article behind the metric, by the title the sources list gives it. */
  source?: { id: string; title: string };
}

export interface HandbookMeasures {
  /** Every metric the chapters use, once, in the order a reader first meets them. */
  metrics: HandbookMetric[];
  /** The survey's statements those metrics report, in the survey's order; absent when none does. */
  pulse?: Omit<Pulse, 'items'> & { items: PulseItem[] };
}

/** The anchor of a metric's entry in a handbook's appendix, which the chapters' metric tables link to. */
export const metricAnchor = (id: string) => `metric-${id}`;

/** A chapter's metrics with the link to each one's entry in the appendix. */
export function chapterMetrics(
  mode: Pick<ModeData, 'metrics'>,
  library: Pick<Library<ModeData>, 'metrics'>,
): (MetricOnPage & { url: string })[] {
  return metricsOnPage(mode, metricsById(library.metrics)).map((m) => ({
    ...m,
    url: `#${metricAnchor(m.metric.id)}`,
  }));
}

/** The metrics and survey statements a handbook's chapters need. */
export function handbookMeasures(
  library: Pick<Library<ModeData>, 'metrics' | 'pulse' | 'articles'>,
  chapters: readonly MeasuredChapter[],
): HandbookMeasures {
  const byId = metricsById(library.metrics);
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const sourceOf = (metric: Metric) => {
    const article = metric.source ? articles.get(metric.source) : undefined;
    return article ? { source: { id: article.id, title: article.title } } : {};
  };
  const used = new Map<string, HandbookMetric>();
  for (const chapter of [...chapters].sort((a, b) => a.number - b.number)) {
    for (const { metric } of metricsOnPage(chapter.mode, byId)) {
      const entry = used.get(metric.id) ?? {
        metric,
        anchor: metricAnchor(metric.id),
        chapters: [],
        ...sourceOf(metric),
      };
      entry.chapters.push({ number: chapter.number, anchor: chapter.anchor, title: chapter.mode.title });
      used.set(metric.id, entry);
    }
  }
  const metrics = [...used.values()];
  const asked = new Set(metrics.flatMap((m) => (m.metric.pulse ? [m.metric.pulse] : [])));
  const items = library.pulse.items.filter((item) => asked.has(item.id));
  return items.length > 0 ? { metrics, pulse: { ...library.pulse, items } } : { metrics };
}
