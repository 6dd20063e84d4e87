/**
 * The whole playbook as one printable document, with the neutral defaults: a cover, the contents,
 * every failure mode in category order as a numbered chapter (the same buildModeDocument tree the
 * site page and the handbook chapter use), and the sources. Served at /print/ and printed to PDF by
 * `playbook print`.
 */
import type { BlockContent, Root } from 'mdast';
import type { Library, ModeData } from '../core/library/library.ts';
import { roleNames } from '../core/library/cross-page.ts';
import { fill } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { buildModeDocument, chapterTitle } from './mode.ts';
import {
  classed,
  heading,
  link,
  list,
  paragraph,
  section,
  strong,
  pageNumberSpan,
  type Inline,
} from './nodes.ts';
import { CATEGORY_IDS } from '../schemas/taxonomy.ts';
import { chapterMetrics, handbookMeasures } from '../core/handbook/measures.ts';
import { buildMeasureAppendices } from './measures-appendix.ts';

/** The anchors of the printed playbook's back sections. */
const BACK = { metrics: 'metrics', pulse: 'pulse-survey', sources: 'sources' } as const;

/** One chapter of the printed playbook. */
export interface PlaybookChapter {
  number: number;
  anchor: string;
  mode: ModeData;
  /** The mode's body, through remarkPlaybook with the neutral defaults. */
  body: Root;
}

/** The playbook's modes in reading order (categories, then the library's order), numbered. */
export function playbookChapters(
  library: Library<ModeData>,
  bodies: ReadonlyMap<string, Root>,
): PlaybookChapter[] {
  const order: readonly string[] = CATEGORY_IDS;
  return [...library.modes]
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category))
    .map((mode, i) => ({
      number: i + 1,
      anchor: `chapter-${mode.id}`,
      mode,
      body: bodies.get(mode.id) ?? { type: 'root', children: [] },
    }));
}

/** The contents: each chapter, the metrics and the survey form, then the sources, by the heading text each entry links to. */
export function listPlaybookSections(
  chapters: PlaybookChapter[],
  W: Dictionary = words(),
): { id: string; label: string }[] {
  const P = W.playbook;
  return [
    ...chapters.map((c) => ({ id: c.anchor, label: chapterTitle(W, c.number, c.mode.title) })),
    { id: BACK.metrics, label: P.metrics },
    { id: BACK.pulse, label: P.pulse },
    { id: BACK.sources, label: P.sources },
  ];
}

/** Builds the printed playbook's document tree; `pageNumbers` (by heading text) adds numbers to the contents. */
export function buildPlaybookDocument(
  library: Library<ModeData>,
  chapters: PlaybookChapter[],
  pageNumbers?: ReadonlyMap<string, number>,
  W: Dictionary = words(),
): Root {
  const P = W.playbook;
  const byId = new Map(chapters.map((c) => [c.mode.id, c]));
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const roleTitles = roleNames(library.roles);
  const entry = (s: { id: string; label: string }, index: number): Inline[] =>
    pageNumbers
      ? [link(`#${s.id}`, s.label), ' ', pageNumberSpan(pageNumbers, s.label, index)]
      : [link(`#${s.id}`, s.label)];
  return {
    type: 'root',
    children: [
      section({ id: 'cover', tagName: 'header', className: ['cover'] }, [
        classed('cover-kicker', P.kicker),
        heading(1, [P.title]),
        paragraph(
          fill(W.locale, P.intro, {
            modes: chapters.length,
            categories: new Set(chapters.map((c) => c.mode.category)).size,
          }),
        ),
      ]),
      section(
        {
          id: 'contents',
          tagName: 'nav',
          className: ['contents'],
          attributes: { ariaLabelledby: 'contents-heading' },
        },
        [heading(2, [P.contents], 'contents-heading'), list(listPlaybookSections(chapters, W).map(entry))],
      ),
      ...chapters.map(
        (c) =>
          buildModeDocument({
            mode: c.mode,
            words: W,
            roleTitles,
            metrics: chapterMetrics(c.mode, library),
            body: c.body,
            kicker: [
              fill(W.locale, W.mode.chapterKicker, {
                n: c.number,
                category: W.categories[c.mode.category].label,
              }),
            ],
            title: chapterTitle(W, c.number, c.mode.title),
            titleDepth: 2,
            anchor: c.anchor,
            idPrefix: `${c.anchor}-`,
            related: c.mode.related.flatMap((id) => {
              const other = byId.get(id);
              return other
                ? [
                    {
                      label: fill(W.locale, W.mode.relatedChapter, {
                        n: other.number,
                        title: other.mode.title,
                      }),
                      url: `#${other.anchor}`,
                    },
                  ]
                : [];
            }),
            sources: c.mode.sources.map((s) => {
              const article = articles.get(s.article);
              return {
                title: article?.title ?? s.article,
                url: `#source-${s.article}`,
                point: article?.points.find((p) => p.id === s.point)?.label ?? s.point,
                ...(s.note ? { note: s.note } : {}),
              };
            }),
            scoreBoxes: true,
            regions: false,
          }).children[0] as BlockContent,
      ),
      ...buildMeasureAppendices(W, handbookMeasures(library, chapters), {
        ids: { metrics: BACK.metrics, pulse: BACK.pulse },
        titles: { metrics: P.metrics, pulse: P.pulse },
        chapterLabel: (c) => fill(W.locale, W.metric.chapterRef, { n: c.number }),
        sourceUrl: (id) => `#source-${id}`,
      }),
      section({ id: BACK.sources, className: ['back'] }, [
        heading(2, [P.sources]),
        paragraph(P.sourcesIntro),
        {
          type: 'list',
          ordered: false,
          spread: false,
          data: { hProperties: { className: ['sources'] } },
          children: library.articles.map((a) => ({
            type: 'listItem',
            spread: false,
            data: { hProperties: { id: `source-${a.id}` } },
            children: [
              paragraph(
                strong(a.title),
                [a.author, a.publisher, a.date].filter(Boolean).length > 0
                  ? `, ${[a.author, a.publisher, a.date].filter(Boolean).join(', ')}`
                  : '',
                `. ${a.about}`,
              ),
            ],
          })),
        },
      ]),
    ],
  };
}
