/**
 * The layout of a failure mode, in one place. One pure function turns a mode (with a company's values already
 * applied, or the neutral defaults) into one document tree: a header, then the sections in
 * SECTION_ORDER (i18n/keys.ts) with the labels of the dictionary's `sections`. The site page, the
 * handbook chapter (HTML and Markdown) and the handout are all serialised from this tree; a handout
 * is a selection of its sections. Change a label or the order there and every output follows.
 */
import type { BlockContent, Root } from 'mdast';
import type { ModeData } from '../core/library/library.ts';
import type { MetricOnPage } from '../core/library/metric-uses.ts';
import { fill, list as joinList } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/index.ts';
import { SECTION_ORDER, type SectionId } from '../i18n/keys.ts';
import { fromPage, linkOrText, SECTION_CONTENT, wordsOf } from './mode-sections.ts';
import { classed, heading, labelledSection, section, type Inline, type Section } from './nodes.ts';

/** A link to another page or anchor; without a url it is plain text (a mode not in this handbook). */
export interface ModeLink {
  label: string;
  url?: string;
  /** Shown after the link, e.g. the related mode's summary on the site. */
  after?: string;
  /** A class for the HTML link, e.g. `button`. */
  className?: string;
}

export interface ModeCitation {
  title: string;
  url: string;
  point: string;
  note?: string;
}

/** A section another feature adds (a tool link, a kit, symptoms), placed after one of ours. */
export interface ExtraSection {
  after: SectionId;
  id: string;
  label: string;
  children: BlockContent[];
}

export interface ModeDocumentInput {
  mode: ModeData;
  /** The words of the document's language (default: English). */
  words?: Dictionary;
  /** Each role's title by id: the neutral name on the site, the company's own title in its handbook. */
  roleTitles: Readonly<Record<string, string>>;
  /** The roles whose title is the company's own text, which stays isolated from the sentence around it. */
  companyTitles?: ReadonlySet<string>;
  /**
   * The page's metrics with their one definition and target (core/library/metric-uses.ts), each with
   * the address of its full entry: the site's glossary, a handbook's appendix. A document without
   * the metrics section (a handout) passes none.
   */
  metrics: readonly (MetricOnPage & { url?: string })[];
  /** The body, already through remarkPlaybook with the same values as `mode`. */
  body: Root;
  /** The line above the title: the category (a link on the site), "Chapter 2 · …" in a handbook. */
  kicker: Inline[];
  /** The heading text; defaults to the mode's title. */
  title?: string;
  /** 1 on a page of its own (site, handout), 2 as a handbook chapter. */
  titleDepth: 1 | 2;
  /** The id of the whole mode (a handbook chapter's anchor). */
  anchor?: string;
  /** Prefix that keeps section ids unique when several modes share one document. */
  idPrefix?: string;
  /** Who the page is for, as named inside a sentence ("For managers and HR."), under the summary. */
  audiences?: string[];
  /** Links after the header, e.g. "Print handout". */
  actions?: ModeLink[];
  related: ModeLink[];
  sources: ModeCitation[];
  /** Which sections to show, e.g. a handout's selection; always in SECTION_ORDER. Default: all. */
  sections?: readonly SectionId[];
  /** Print boxes 1-5 after each diagnostic statement (the handbook is filled in on paper). */
  scoreBoxes?: boolean;
  /**
   * Label each section as a region (`aria-labelledby`), for a page with one mode. A handbook with
   * many chapters leaves it off: twenty "Warning signs" regions would be landmarks with one name.
   */
  regions?: boolean;
  /** Plays as a short checklist (the handout) instead of in full. */
  compactPlays?: boolean;
  /** Blocks right under the header: a company's note at the top of its chapter. */
  lead?: BlockContent[];
  /** Plays the company added, each marked with `ownPlayLabel` above its title. */
  ownPlays?: ReadonlySet<string>;
  ownPlayLabel?: Inline[];
  extraSections?: ExtraSection[];
  /** The worksheets plays use, by id: their titles and where each is (a site page, a handbook appendix). */
  worksheetLinks?: ReadonlyMap<string, { title: string; url: string }>;
}

/** A mode's title as a numbered chapter ("3. Too few people…"), in the handbook, the printed playbook and its running heads. */
export const chapterTitle = (w: Dictionary, n: number, title: string): string =>
  fill(w.locale, w.mode.chapterTitle, { n, title });

/** Builds the document tree of one failure mode. Pure: the same input always gives the same tree. */
export function buildModeDocument(input: ModeDocumentInput): Root {
  const { titleDepth, idPrefix = '' } = input;
  const wanted = new Set(input.sections ?? SECTION_ORDER);
  const sectionDepth = titleDepth + 1;
  const labelled = (
    anchor: string,
    label: Inline[],
    content: (BlockContent | Section)[],
    className: string,
  ) =>
    input.regions === false
      ? section({ className: [className] }, [heading(sectionDepth, label, anchor), ...content])
      : labelledSection(anchor, sectionDepth, label, content, [className]);
  const children: (BlockContent | Section)[] = [buildHeader(input), ...(input.lead ?? [])];
  for (const id of SECTION_ORDER) {
    if (!wanted.has(id) || isEmpty(input, id)) continue;
    const label = wordsOf(input).sections[id];
    const content = SECTION_CONTENT[id](input, sectionDepth);
    children.push(
      label ? labelled(`${idPrefix}${id}`, [label], content, id) : section({ className: [id] }, content),
    );
    for (const extra of input.extraSections?.filter((x) => x.after === id) ?? []) {
      children.push(labelled(`${idPrefix}${extra.id}`, [extra.label], extra.children, extra.id));
    }
  }
  return {
    type: 'root',
    children: [
      section(
        {
          tagName: 'article',
          className: ['mode'],
          ...(input.anchor ? { id: input.anchor } : {}),
          // A page not translated yet, inside a document in another language: read as English, left to right.
          ...(input.mode.untranslated ? { attributes: { lang: 'en', dir: 'ltr' } } : {}),
        },
        children,
      ),
    ],
  };
}

function buildHeader(input: ModeDocumentInput): Section {
  const { mode } = input;
  return section({ tagName: 'header', className: ['mode-head'] }, [
    classed('kicker', ...input.kicker),
    heading(input.titleDepth, input.title ? [input.title] : fromPage(input, mode.title)),
    classed('lede', ...fromPage(input, mode.summary)),
    ...(input.audiences?.length
      ? [
          classed(
            'meta',
            fill(wordsOf(input).locale, wordsOf(input).mode.audiences, {
              list: joinList(wordsOf(input).locale, input.audiences),
            }),
          ),
        ]
      : []),
    ...(input.actions?.length
      ? [
          classed(
            'actions',
            ...input.actions.flatMap((a, i): Inline[] => [...(i > 0 ? [' '] : []), linkOrText(a)]),
          ),
        ]
      : []),
  ]);
}

function isEmpty(input: ModeDocumentInput, id: SectionId): boolean {
  return (
    (id === 'related' && input.related.length === 0) ||
    (id === 'sources' && input.sources.length === 0) ||
    (id === 'sounds-like' && input.mode.symptoms.length === 0)
  );
}
