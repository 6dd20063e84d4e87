/**
 * What each section of a failure mode's document holds, and the small helpers that mark a page's own
 * words (English inside a translated document) and a company's titles. Kept apart from mode.ts so
 * the order and framing of the document read on one screen and the content of each section on another.
 */
import type { BlockContent, List, PhrasingContent } from 'mdast';
import { fill, fillParts, plural } from '../i18n/format.ts';
import { formatMinutes, words, type Dictionary } from '../i18n/index.ts';
import type { SectionId } from '../i18n/keys.ts';
import {
  classed,
  emphasis,
  heading,
  inLanguage,
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
import type { ModeDocumentInput, ModeLink } from './mode.ts';
import { isPageInEnglishHere } from './page-language.ts';

type SectionBuilder = (input: ModeDocumentInput, depth: number) => (BlockContent | Section)[];

/** The dictionary a document is written in. */
export const wordsOf = (input: ModeDocumentInput): Dictionary => input.words ?? words();
/**
 * The page's own words as they go into the document: marked as English where the page is not
 * translated into the document's language yet (an Arabic handout of an English page).
 */
export function fromPage(input: ModeDocumentInput, ...parts: Inline[]): Inline[] {
  return inEnglishHere(input) ? [inLanguage('en', ...parts)] : parts;
}
const inEnglishHere = (input: ModeDocumentInput) => isPageInEnglishHere(wordsOf(input), input.mode);
/** A list of the page's own words, marked as a whole (so it also runs left to right in an Arabic document). */
const pageList = (input: ModeDocumentInput, node: List): List =>
  inEnglishHere(input) ? withProperties(node, { lang: 'en', dir: 'ltr' }) : node;

/** A label that introduces what follows it ("Owner:"), with the language's punctuation. */
const term = (w: Dictionary, label: string) => strong(fill(w.locale, w.labelled, { label }));

/** What each section contains; its heading and order come from the dictionary (src/i18n/). */
export const SECTION_CONTENT: Record<SectionId, SectionBuilder> = {
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

export function linkOrText(l: ModeLink): PhrasingContent {
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
