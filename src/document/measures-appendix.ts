/**
 * A handbook's two appendices about measuring (and the printed playbook's one): every metric its
 * chapters use, each entry printed once (src/document/metrics.ts), and the staff pulse survey as a
 * one-page form with only the statements those metrics report. Kept apart from the handbook's
 * layout so other appendices can be added beside these without touching them.
 */
import type { BlockContent } from 'mdast';
import type { HandbookMeasures, HandbookMetric } from '../core/handbook/measures.ts';
import type { Pulse, PulseItem } from '../schemas/pulse.ts';
import { fill, list as joinList } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/index.ts';
import { buildMetricEntry, type EntryLink } from './metrics.ts';
import { heading, paragraph, section, table, type Section } from './nodes.ts';

/** The line a reader writes on: wide enough for a team's name or a date in handwriting. */
const WRITE_ON = '_'.repeat(18);
/** One box to tick in the form. */
const TICK_BOX = '☐';

export interface MetricsAppendixInput {
  words: Dictionary;
  id: string;
  /** The appendix's heading, with its letter. */
  title: string;
  metrics: readonly HandbookMetric[];
  /** Each chapter that uses a metric, as "Chapter 3" linking to it. */
  chapterLabel: (chapter: HandbookMetric['chapters'][number]) => string;
  /** The address of an article in the document's list of sources, when it is listed there. */
  sourceUrl: (articleId: string) => string | undefined;
  /** The survey form's anchor, when the document has one; a pulse metric's statement links there. */
  pulseAnchor?: string;
  pulseItems: readonly PulseItem[];
}

/** "Appendix C: Metrics": an introduction, then each metric's entry in the order the chapters use them. */
export function buildMetricsAppendix(input: MetricsAppendixInput): Section {
  const { words: w } = input;
  const statements = new Map(input.pulseItems.map((item) => [item.id, item.statement]));
  return section({ id: input.id, className: ['back', 'appendix', 'metrics-appendix'] }, [
    heading(2, [input.title]),
    paragraph(w.metric.appendixIntro),
    ...input.metrics.map((m) => {
      const url = m.source ? input.sourceUrl(m.source.id) : undefined;
      const source: EntryLink | undefined = m.source
        ? { label: m.source.title, ...(url ? { url } : {}) }
        : undefined;
      const statement = m.metric.pulse ? statements.get(m.metric.pulse) : undefined;
      return buildMetricEntry({
        metric: m.metric,
        words: w,
        depth: 3,
        anchor: m.anchor,
        usedBy: m.chapters.map((c) => ({ label: input.chapterLabel(c), url: `#${c.anchor}` })),
        usedByLabel: 'usedIn',
        ...(source ? { source } : {}),
        ...(statement
          ? {
              pulse: {
                label: fill(w.locale, w.quoted, { text: statement }),
                ...(input.pulseAnchor ? { url: `#${input.pulseAnchor}` } : {}),
              },
            }
          : {}),
      });
    }),
  ]);
}

/** How the survey is read: what counts as agreeing, the smallest team shown, how often it runs. */
export function describePulse(w: Dictionary, pulse: Omit<Pulse, 'items'>): string {
  return fill(w.locale, w.pulse.howItRuns, {
    agree: joinList(
      w.locale,
      pulse.agree.map((n) => fill(w.locale, w.quoted, { text: pulse.scale[n - 1]! })),
      'disjunction',
    ),
    threshold: pulse.anonymityThreshold,
    cadence: w.metric.cadences[pulse.cadence],
  });
}

/**
 * The survey as staff fill it in on paper: no name, the team and the date, then one row per
 * statement with a box under each answer. Laid out to fit one printed page (`.pulse-form`).
 */
export function buildPulseForm(
  w: Dictionary,
  { id, title, pulse }: { id: string; title: string; pulse: Omit<Pulse, 'items'> & { items: PulseItem[] } },
): Section {
  const F = w.pulse;
  return section({ id, className: ['back', 'appendix', 'pulse-form'] }, [
    heading(2, [title]),
    paragraph(F.formIntro),
    paragraph(fill(w.locale, F.formFields, { line: WRITE_ON })),
    table(
      [F.statementColumn, ...pulse.scale],
      pulse.items.map((item) => [item.statement, ...pulse.scale.map(() => TICK_BOX)]),
      'pulse-table',
    ),
    paragraph(describePulse(w, pulse)),
  ]);
}

/** A handbook's measuring appendices, with the letters given to them, in reading order. */
export function buildMeasureAppendices(
  w: Dictionary,
  measures: HandbookMeasures,
  options: {
    ids: { metrics: string; pulse: string };
    titles: { metrics?: string; pulse?: string };
    chapterLabel: MetricsAppendixInput['chapterLabel'];
    sourceUrl: MetricsAppendixInput['sourceUrl'];
  },
): BlockContent[] {
  const { ids, titles } = options;
  const pulse = measures.pulse && titles.pulse ? measures.pulse : undefined;
  return [
    ...(titles.metrics && measures.metrics.length > 0
      ? [
          buildMetricsAppendix({
            words: w,
            id: ids.metrics,
            title: titles.metrics,
            metrics: measures.metrics,
            chapterLabel: options.chapterLabel,
            sourceUrl: options.sourceUrl,
            ...(pulse ? { pulseAnchor: ids.pulse } : {}),
            pulseItems: measures.pulse?.items ?? [],
          }),
        ]
      : []),
    ...(pulse && titles.pulse ? [buildPulseForm(w, { id: ids.pulse, title: titles.pulse, pulse })] : []),
  ];
}
