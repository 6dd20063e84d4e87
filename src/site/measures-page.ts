/**
 * The site's two pages about measuring: /metrics/, a glossary of every metric with the pages that
 * use it, and /pulse/, the whole staff pulse survey (how it runs, each statement with the metric
 * that reports it, and the form to print). Both are document trees (src/document/metrics.ts and
 * measures-appendix.ts, the entries a handbook prints), rendered to HTML here; no script.
 */
import type { BlockContent, ListItem } from 'mdast';
import type { Library, ModeData } from '../core/library/library.ts';
import { modesByMetric } from '../core/library/metric-uses.ts';
import { fill, fillParts } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { buildMetricEntry, buildMetricGlossary } from '../document/metrics.ts';
import { buildPulseForm, describePulse } from '../document/measures-appendix.ts';
import { heading, link, list, paragraph, section, type Inline } from '../document/nodes.ts';
import { documentToHtml } from '../render/html.ts';
import type { SiteUrls } from './urls.ts';

/** The glossary's HTML: every metric, A to Z, each with the pages that use it. */
export function metricsGlossaryHtml(
  library: Library<ModeData>,
  urls: SiteUrls,
  w: Dictionary = words(),
): string {
  const using = modesByMetric(library);
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const statements = new Map(library.pulse.items.map((item) => [item.id, item.statement]));
  const entries = library.metrics.map((metric) => {
    const article = metric.source ? articles.get(metric.source) : undefined;
    const statement = metric.pulse ? statements.get(metric.pulse) : undefined;
    return {
      metric,
      entry: (depth: number) =>
        buildMetricEntry({
          metric,
          words: w,
          depth,
          anchor: metric.id,
          usedBy: (using.get(metric.id) ?? []).map((m) => ({ label: m.title, url: urls.mode(m.id) })),
          usedByLabel: 'usedOn',
          ...(article ? { source: { label: article.title, url: urls.sources(article.id) } } : {}),
          ...(statement && metric.pulse
            ? {
                pulse: {
                  label: fill(w.locale, w.quoted, { text: statement }),
                  url: urls.pulse(metric.pulse),
                },
              }
            : {}),
        }),
    };
  });
  return documentToHtml({
    type: 'root',
    children: buildMetricGlossary(w, entries, w.site.metrics.lettersLabel),
  });
}

/** The survey page's HTML: how it runs, the statements with their metrics, then the form to print. */
export function pulseSurveyHtml(library: Library<ModeData>, urls: SiteUrls, w: Dictionary = words()): string {
  const P = w.site.pulse;
  const { pulse } = library;
  const reportedBy = new Map(library.metrics.flatMap((m) => (m.pulse ? [[m.pulse, m] as const] : [])));
  const statements: ListItem[] = pulse.items.map((item) => {
    const metric = reportedBy.get(item.id);
    const reported: Inline[] = metric
      ? [
          ' ',
          ...fillParts<Inline>(w.locale, P.reportedBy, {
            target: metric.target,
            entry: link(urls.metrics(metric.id), P.metricEntry),
          }),
        ]
      : [];
    return {
      type: 'listItem',
      spread: false,
      data: { hProperties: { id: item.id } },
      children: [paragraph(fill(w.locale, w.quoted, { text: item.statement }), ...reported)],
    };
  });
  const children: BlockContent[] = [
    section({ className: ['pulse-rules'] }, [
      heading(2, [P.howItRunsHeading]),
      paragraph(describePulse(w, pulse)),
      paragraph(P.scaleIntro),
      list(
        pulse.scale.map((label) => [label]),
        true,
      ),
    ]),
    section({ className: ['pulse-statements'] }, [
      heading(2, [P.statementsHeading]),
      { type: 'list', ordered: true, spread: false, children: statements },
    ]),
    buildPulseForm(w, { id: 'form', title: P.formHeading, pulse }),
  ];
  return documentToHtml({ type: 'root', children });
}
