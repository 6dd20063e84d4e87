/**
 * The layout of a failure mode, in one place. One pure function turns a mode (with a company's values already
 * applied, or the neutral defaults) into one document tree: a header, then the sections in
 * SECTION_ORDER with the labels from labels.ts. The site page, the handbook chapter (HTML and
 * Markdown) and the handout are all serialised from this tree; a handout is a selection of its
 * sections. Change a label or the order here (or in labels.ts) and every output follows.
 */
import type { BlockContent, List, PhrasingContent, Root } from 'mdast';
import type { ModeData } from '../core/library/library.ts';
import type { MetricOnPage } from '../core/library/metric-uses.ts';
import { fill, fillParts, list as joinList, plural } from '../i18n/format.ts';
import { formatMinutes, words, type Dictionary } from '../i18n/index.ts';
import { SECTION_ORDER, type SectionId } from '../i18n/keys.ts';
import {
  classed,
  emphasis,
  heading,
  inLanguage,
  labelledSection,
  link,
  list,
  paragraph,
  phrase,
  section,
  shiftHeadings,
  strong,
  table,
  user,
  type Inline,
  type Section,
} from './nodes.ts';

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

type SectionBuilder = (input: ModeDocumentInput, depth: number) => (BlockContent | Section)[];

/** The dictionary a document is written in. */
const wordsOf = (input: ModeDocumentInput): Dictionary => input.words ?? words();
/**
 * The page's own words as they go into the document: marked as English where the page is not
 * translated into the document's language yet (an Arabic handout of an English page).
 */
function fromPage(input: ModeDocumentInput, ...parts: Inline[]): Inline[] {
  return inEnglishHere(input) ? [inLanguage('en', ...parts)] : parts;
}
const inEnglishHere = (input: ModeDocumentInput) =>
  input.mode.untranslated === true && wordsOf(input).language !== 'en';
/** A list of the page's own words, marked as a whole (so it also runs left to right in an Arabic document). */
const pageList = (input: ModeDocumentInput, node: List): List =>
  inEnglishHere(input) ? withProperties(node, { lang: 'en', dir: 'ltr' }) : node;

/** A label that introduces what follows it ("Owner:"), with the language's punctuation. */
const term = (w: Dictionary, label: string) => strong(fill(w.locale, w.labelled, { label }));

/** What each section contains; its heading and order come from the dictionary (src/i18n/). */
const SECTION_CONTENT: Record<SectionId, SectionBuilder> = {
  'warning-signs': (input) => [pageList(input, list(input.mode.warningSigns.map((s) => [s])))],
  // The words people use for the symptoms; weighted above body text in the site's search index.
  'sounds-like': (input) => [
    withProperties(
      pageList(
        input,
        list(
          input.mode.symptoms.map((s) => [fill(wordsOf(input).locale, wordsOf(input).quoted, { text: s })]),
        ),
      ),
      {
        className: ['sounds-like'],
        dataPagefindWeight: '8',
      },
    ),
  ],
  story: (input) => {
    const blocks = shiftHeadings(input.body, input.titleDepth) as BlockContent[];
    return inEnglishHere(input)
      ? [section({ tagName: 'div', attributes: { lang: 'en', dir: 'ltr' } }, blocks)]
      : blocks;
  },
  'root-causes': (input) => [pageList(input, list(input.mode.rootCauses.map((s) => [s])))],
  'diagnostic-questions': (input) => [
    classed('note', diagnosticIntro(wordsOf(input))),
    pageList(
      input,
      list(
        input.mode.diagnosticQuestions.map((q) =>
          input.scoreBoxes ? [q.text, ' ', scoreBoxesNode()] : [q.text],
        ),
        true,
      ),
    ),
  ],
  plays: (input, depth) =>
    input.compactPlays
      ? [
          pageList(
            input,
            list(
              input.mode.plays.map((p) => [`☐ ${p.title} (`, ...ownerOf(input, p), `; ${p.timeframe})`]),
              false,
              'checklist',
            ),
          ),
        ]
      : input.mode.plays.map((play) =>
          section({ className: input.ownPlays?.has(play.id) ? ['play', 'own-play'] : ['play'] }, [
            ...(input.ownPlays?.has(play.id) && input.ownPlayLabel
              ? [classed('kicker', ...input.ownPlayLabel)]
              : []),
            heading(depth + 1, fromPage(input, play.title)),
            classed(
              'meta',
              term(wordsOf(input), wordsOf(input).mode.owner),
              ' ',
              ...ownerOf(input, play),
              ' · ',
              term(wordsOf(input), wordsOf(input).mode.when),
              ' ',
              ...fromPage(input, play.timeframe),
            ),
            ...(play.beforeYouStart
              ? [
                  classed(
                    'before-you-start',
                    term(wordsOf(input), wordsOf(input).mode.beforeYouStart),
                    ' ',
                    ...fromPage(input, play.beforeYouStart),
                  ),
                ]
              : []),
            pageList(
              input,
              list(
                play.steps.map((s) => [s]),
                true,
              ),
            ),
            ...playWorksheets(input, play.worksheets),
          ]),
        ),
  // Name, definition and target from the metric's one entry (how it is counted is one link away);
  // the page adds only its note.
  metrics: (input) => {
    const w = wordsOf(input);
    return [
      table(
        [...w.mode.metricColumns],
        input.metrics.map(({ metric, note, url }) => [
          url ? link(url, metric.name) : metric.name,
          note
            ? phrase(
                ...fillParts<Inline>(w.locale, w.mode.metricNote, {
                  definition: metric.definition,
                  note: emphasis(note),
                }),
              )
            : metric.definition,
          metric.target,
        ]),
        'metrics-table',
      ),
    ];
  },
  exercise: (input, depth) => {
    const ex = input.mode.exercise;
    const w = wordsOf(input);
    const facts: Inline[] = [
      term(w, w.mode.format),
      ` ${w.exerciseFormats[ex.format]} · `,
      term(w, w.mode.time),
      ` ${formatMinutes(w, ex.minutes)}`,
    ];
    if (ex.groupSize) facts.push(' · ', term(w, w.mode.group), ' ', ...fromPage(input, ex.groupSize));
    return [
      heading(depth + 1, fromPage(input, ex.title)),
      classed('meta', ...facts),
      paragraph(
        strong(fill(w.locale, w.mode.setupLead, { label: w.mode.setup })),
        ' ',
        ...fromPage(input, ex.setup),
      ),
      ...(ex.roles.length > 0
        ? [
            heading(depth + 2, [w.mode.roles]),
            pageList(input, list(ex.roles.map((r) => [term(w, r.name), ' ', r.brief]))),
          ]
        : []),
      ...(ex.prompts.length > 0
        ? [
            heading(depth + 2, [w.mode.prompts]),
            pageList(
              input,
              list(
                ex.prompts.map((p) => [p]),
                true,
              ),
            ),
          ]
        : []),
      heading(depth + 2, [w.mode.debrief]),
      pageList(input, list(ex.debrief.map((q) => [q]))),
    ];
  },
  related: ({ related }) => [list(related.map((r) => [linkOrText(r), ...(r.after ? [`: ${r.after}`] : [])]))],
  sources: ({ sources }) => [
    list(sources.map((s) => [link(s.url, s.title), `: ${s.point}`, ...(s.note ? [` (${s.note})`] : [])])),
  ],
};

/** Who owns a play, by the titles of the document: "Team leader", or "Team leader, with the HR lead". */
function ownerOf(input: ModeDocumentInput, play: { owner: string; with?: string | undefined }): Inline[] {
  const w = wordsOf(input);
  const title = (id: string): Inline => {
    const shown = input.roleTitles[id] ?? id;
    return input.companyTitles?.has(id) ? user(shown) : shown;
  };
  if (play.with === undefined) return [title(play.owner)];
  return fillParts<Inline>(w.locale, w.mode.ownerWith, { owner: title(play.owner), with: title(play.with) });
}

/** "Worksheets: Friction log, Break log" under a play, linked; nothing when it uses none or none is known here. */
function playWorksheets(input: ModeDocumentInput, ids: readonly string[]): BlockContent[] {
  const known = ids.flatMap((id) => {
    const found = input.worksheetLinks?.get(id);
    return found ? [found] : [];
  });
  if (known.length === 0) return [];
  const w = wordsOf(input);
  return [
    classed(
      'play-worksheets',
      term(w, plural(w.locale, known.length, w.mode.playWorksheets)),
      ' ',
      ...joinedAsList(
        w.locale,
        known.map((ws) => link(ws.url, ws.title)),
      ),
    ),
  ];
}

/** Links (or other inline nodes) joined as the language joins a list: "A, B and C". */
export function joinedAsList(lang: string, items: readonly PhrasingContent[]): PhrasingContent[] {
  const parts = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(
    items.map((_, i) => String(i)),
  );
  return parts.map((p): PhrasingContent =>
    p.type === 'element' ? items[Number(p.value)]! : { type: 'text', value: p.value },
  );
}

/** "Rate each statement from 1 (not true of us) to 5 (completely true of us)…", from the dictionary's scale. */
function diagnosticIntro(w: Dictionary): string {
  const last = w.scale.length;
  return fill(w.locale, w.mode.diagnosticIntro, {
    low: 1,
    lowLabel: w.scaleEnds.low,
    high: last,
    highLabel: w.scaleEnds.high,
  });
}

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

/** The node with HTML attributes added, e.g. a class or a search weight. */
function withProperties<T extends BlockContent>(node: T, properties: Record<string, unknown>): T {
  return {
    ...node,
    data: {
      ...node.data,
      hProperties: { ...(node.data as { hProperties?: object } | undefined)?.hProperties, ...properties },
    },
  };
}

function linkOrText(l: ModeLink): PhrasingContent {
  if (!l.url) return { type: 'text', value: l.label };
  return {
    type: 'link',
    url: l.url,
    children: [{ type: 'text', value: l.label }],
    ...(l.className ? { data: { hProperties: { className: [l.className] } } } : {}),
  };
}

/** "☐ 1  ☐ 2 …", hidden from screen readers: it is a place to tick on paper. */
function scoreBoxesNode(): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['scale'], ariaHidden: 'true' } },
    children: [{ type: 'text', value: [1, 2, 3, 4, 5].map((value) => `☐ ${value}`).join('  ') }],
  };
}
