/**
 * A metric's full entry, laid out once: its definition, what is counted over what window, the unit
 * and scale, the smallest sample, the target and why, how often to read it, the survey statement it
 * reports, its source and where it is used. The site's glossary (/metrics/), a handbook's appendix
 * and the whole playbook's all print this entry; only the links differ.
 */
import type { BlockContent, ListItem } from 'mdast';
import type { Metric } from '../schemas/metrics.ts';
import { fill, fillParts, list as joinList } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/index.ts';
import { heading, link, list, paragraph, section, strong, type Inline, type Section } from './nodes.ts';

/** A place an entry links to, or names without a link when the document does not hold it. */
export interface EntryLink {
  label: string;
  url?: string;
}

export interface MetricEntryInput {
  metric: Metric;
  words: Dictionary;
  /** The depth of the entry's heading. */
  depth: number;
  /** The entry's id, which the metrics tables of the pages link to. */
  anchor: string;
  /** The pages (site) or chapters (handbook) that use it. */
  usedBy: EntryLink[];
  /** Whether `usedBy` are the site's pages ("Used on") or a handbook's chapters ("Used in"). */
  usedByLabel: 'usedOn' | 'usedIn';
  /** The article behind the metric, when it has one. */
  source?: EntryLink;
  /** The survey statement it reports, for a pulse metric. */
  pulse?: EntryLink;
}

/** One metric's entry: a section with the anchor, its name as a heading, the definition and its facts. */
export function buildMetricEntry(input: MetricEntryInput): Section {
  const { metric, words: w } = input;
  const F = w.metric.facts;
  const fact = (label: string, ...value: Inline[]): Inline[] => [
    strong(fill(w.locale, w.labelled, { label })),
    ' ',
    ...value,
  ];
  const facts: Inline[][] = [
    fact(F.target, metric.target),
    fact(F.targetReason, metric.targetReason),
    fact(F.counts, metric.counts),
    fact(F.window, metric.window),
    fact(F.unit, w.metric.units[metric.unit]),
    fact(F.scale, metric.scale),
    fact(F.minimumSample, metric.minimumSample),
    fact(F.cadence, w.metric.cadences[metric.cadence]),
    ...(input.pulse ? [fact(F.pulse, linkOrText(input.pulse))] : []),
    ...(input.source ? [fact(F.source, linkOrText(input.source))] : []),
    ...(input.usedBy.length > 0 ? [fact(F[input.usedByLabel], ...linkList(w, input.usedBy))] : []),
  ];
  return section({ id: input.anchor, className: ['metric-entry'] }, [
    heading(input.depth, [metric.name]),
    paragraph(metric.definition),
    list(facts, false, 'metric-facts'),
  ]);
}

/** Links joined as the language joins a list: "A, B and C". */
export function linkList(w: Dictionary, links: readonly EntryLink[]): Inline[] {
  return fillParts<Inline>(
    w.locale,
    joinList(
      w.locale,
      links.map((_, i) => `{${i}}`),
      'unit',
    ),
    Object.fromEntries(links.map((l, i) => [i, linkOrText(l)])),
  );
}

const linkOrText = (l: EntryLink): Inline => (l.url ? link(l.url, l.label) : l.label);

/**
 * Entries in alphabetical order under a heading for each first letter, with the letters as links at
 * the top: the site's glossary of every metric.
 */
export function buildMetricGlossary(
  w: Dictionary,
  entries: readonly { metric: Metric; entry: (depth: number) => Section }[],
  lettersLabel: string,
): BlockContent[] {
  const sorted = [...entries].sort((a, b) => a.metric.name.localeCompare(b.metric.name, w.locale));
  const groups = new Map<string, typeof sorted>();
  for (const e of sorted) {
    const letter = e.metric.name.charAt(0).toLocaleUpperCase(w.locale);
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  const letterId = (letter: string) => `letter-${letter.toLowerCase()}`;
  const index: ListItem[] = [...groups.keys()].map((letter) => ({
    type: 'listItem',
    spread: false,
    children: [paragraph(link(`#${letterId(letter)}`, letter))],
  }));
  return [
    section({ tagName: 'nav', className: ['letters'], attributes: { ariaLabel: lettersLabel } }, [
      { type: 'list', ordered: false, spread: false, children: index },
    ]),
    ...[...groups].map(([letter, group]) =>
      section({ className: ['letter-group'] }, [
        heading(2, [letter], letterId(letter)),
        ...group.map((e) => e.entry(3)),
      ]),
    ),
  ];
}
