/**
 * The layout of a handbook: cover, contents, front matter, one chapter per chosen mode (each from
 * buildModeDocument, the same tree the site page shows), training plan, appendices and sources. The
 * HTML and the Markdown handbook are both serialised from this one tree.
 */
import type { BlockContent, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import {
  ANCHORS,
  type Handbook,
  type HandbookChapter,
  type OwnHandbookChapter,
  type RelatedLink,
} from '../core/handbook/model.ts';
import { fill, fillParts, list as joinList, plural } from '../i18n/format.ts';
import { DEFAULT_LANGUAGE, formatMinutes, words, type Dictionary } from '../i18n/index.ts';
import { buildModeDocument } from './mode.ts';
import { staffingSectionTree } from './staffing-section.ts';
import { buildFirstDaysSection } from './first-days.ts';
import { buildWorksheetAppendix, handbookWorksheetLinks } from './handbook-worksheets.ts';
import { buildMeasureAppendices } from './measures-appendix.ts';
import { toBase64 } from '../core/base64.ts';
import { DEFAULT_REFRESH_AFTER } from '../core/handbook/schedule.ts';
import {
  classed,
  emphasis,
  heading,
  shiftHeadings,
  link,
  list,
  paragraph,
  section,
  strong,
  table,
  time,
  user,
  type Inline,
  type Section,
  pageNumberSpan,
} from './nodes.ts';

export interface HandbookDocumentOptions {
  /** Which body tree to use: HTML keeps callouts as asides, Markdown as block quotes. */
  target: 'html' | 'markdown';
  /**
   * Page numbers by heading text, read from a first print (src/render/pdf/print.ts); given, the contents
   * shows a number after every entry. An empty map lays out placeholders of the same width.
   */
  pageNumbers?: ReadonlyMap<string, number>;
}

/** A heading's visible text and the anchor it links to, in reading order. */
export function listSections(handbook: Handbook): { id: string; label: string }[] {
  const w = words(handbook.language);
  const H = w.handbook;
  const letters = appendixLetters(handbook);
  return [
    { id: ANCHORS.howToUse, label: H.howToUse },
    { id: ANCHORS.standards, label: H.standards },
    ...(handbook.duties.length > 0 ? [{ id: ANCHORS.whoDoesWhat, label: H.whoDoesWhat }] : []),
    ...chaptersInOrder(handbook).map((c) => ({ id: c.anchor, label: chapterTitle(w, c.number, c.title) })),
    { id: ANCHORS.training, label: H.training },
    { id: ANCHORS.firstDays, label: w.firstDays.heading },
    ...(letters.otherModes
      ? [{ id: ANCHORS.otherModes, label: fill(w.locale, H.otherModes, { letter: letters.otherModes }) }]
      : []),
    { id: ANCHORS.empowerment, label: fill(w.locale, H.empowerment, { letter: letters.empowerment }) },
    ...measureTitles(w, letters).map(([key, label]) => ({ id: ANCHORS[key], label })),
    ...(letters.worksheets
      ? [
          {
            id: ANCHORS.worksheets,
            label: fill(w.locale, w.worksheets.appendix.heading, { letter: letters.worksheets }),
          },
        ]
      : []),
    { id: ANCHORS.sources, label: H.sources },
  ];
}

/** The library's chapters and the company's own, in reading order, each with its number, anchor and title. */
function chaptersInOrder(
  handbook: Handbook,
): { number: number; anchor: string; title: string; chapter?: HandbookChapter; own?: OwnHandbookChapter }[] {
  return [
    ...handbook.chapters.map((chapter) => ({
      number: chapter.number,
      anchor: chapter.anchor,
      title: chapter.mode.title,
      chapter,
    })),
    ...handbook.ownChapters.map((own) => ({ number: own.number, anchor: own.anchor, title: own.title, own })),
  ].sort((a, b) => a.number - b.number);
}

/** A chapter the company wrote: numbered like the others, its kicker naming the company, its headings under its title. */
function buildOwnChapter(
  handbook: Handbook,
  own: OwnHandbookChapter,
  options: HandbookDocumentOptions,
  w: Dictionary,
): BlockContent {
  return section({ id: own.anchor, tagName: 'article', className: ['mode', 'own-chapter'] }, [
    section({ tagName: 'header', className: ['mode-head'] }, [
      classed(
        'kicker',
        ...fillParts<Inline>(w.locale, w.handbook.ownChapterKicker, {
          n: own.number,
          company: user(handbook.company),
        }),
      ),
      heading(2, [chapterTitle(w, own.number, own.title)]),
    ]),
    ...(shiftHeadings(own.body[options.target], 2) as BlockContent[]),
  ]);
}

/** "Who does what": each role by the handbook's title for it, with the chapters holding its plays. */
function buildDuties(handbook: Handbook, w: Dictionary, roles: RoleTitles) {
  const title = (id: string): Inline =>
    roles.company.has(id) ? user(roles.titles[id] ?? id) : (roles.titles[id] ?? id);
  return table(
    [...w.handbook.whoDoesWhatColumns],
    handbook.duties.map((d) => [
      title(d.role),
      joinedLinks(
        d.chapters.map((c) =>
          link(
            `#${c.anchor}`,
            plural(w.locale, c.plays, w.handbook.playsInChapter, {
              chapter: chapterTitle(w, c.number, c.title),
            }),
          ),
        ),
      ),
    ]),
  );
}

/** Links in one table cell, separated: "1. A (2 plays); 3. B (one play)". */
function joinedLinks(links: PhrasingContent[]): PhrasingContent {
  return {
    type: 'span',
    children: links.flatMap((l, i): PhrasingContent[] => (i > 0 ? [{ type: 'text', value: '; ' }, l] : [l])),
  };
}

/** "3. Too few people for the customer load": a chapter's numbered title. */
export const chapterTitle = (w: Dictionary, n: number, title: string) =>
  fill(w.locale, w.mode.chapterTitle, { n, title });

/**
 * Appendix letters, in reading order: A for other modes when there are any, then the empowerment
 * table, then the metrics and the pulse survey form when the chapters use any, then the worksheets
 * when the chapters' plays use any.
 */
export function appendixLetters(handbook: Handbook): {
  otherModes?: string;
  empowerment: string;
  metrics?: string;
  pulse?: string;
  worksheets?: string;
} {
  const present = [
    ['otherModes', handbook.appendix.modes.length > 0],
    ['empowerment', true],
    ['metrics', handbook.measures.metrics.length > 0],
    ['pulse', handbook.measures.pulse !== undefined],
    ['worksheets', handbook.worksheets.length > 0],
  ] as const;
  const letters = present.filter(([, shown]) => shown).map(([key], i) => [key, String.fromCharCode(65 + i)]);
  return Object.fromEntries(letters) as ReturnType<typeof appendixLetters>;
}

/** The label of a related mode, telling the reader where to find it. */
export function describeRelated(w: Dictionary, r: RelatedLink): string {
  const template =
    r.where === 'chapter'
      ? w.mode.relatedChapter
      : r.where === 'appendix'
        ? w.mode.relatedAppendix
        : w.mode.relatedElsewhere;
  return fill(w.locale, template, { title: r.title, ...(r.number !== undefined ? { n: r.number } : {}) });
}

/** Builds the handbook's document tree. */
export function buildHandbookDocument(handbook: Handbook, options: HandbookDocumentOptions): Root {
  const w = words(handbook.language);
  const roles = roleTitlesOf(handbook);
  const worksheetLinks = handbookWorksheetLinks(handbook);
  const H = w.handbook;
  const front = (id: string, label: string, children: (BlockContent | Section)[], className = 'front') =>
    section({ id, className: [className] }, [heading(2, [label]), ...children]);
  return {
    type: 'root',
    children: [
      buildCover(handbook, options.target),
      section(
        {
          id: ANCHORS.contents,
          tagName: 'nav',
          className: ['contents'],
          attributes: { ariaLabelledby: 'contents-heading' },
        },
        [
          heading(2, [H.contents], 'contents-heading'),
          list(
            listSections(handbook).map((s, i) => [
              link(`#${s.id}`, s.label),
              ...(options.pageNumbers ? [' ', pageNumberSpan(options.pageNumbers, s.label, i)] : []),
            ]),
          ),
        ],
      ),
      front(
        ANCHORS.howToUse,
        H.howToUse,
        handbook.howToUse.map((p) => paragraph(p)),
      ),
      front(ANCHORS.standards, H.standards, [
        paragraph(...withUser(w, H.standardsIntro, handbook.company)),
        table(
          [...H.standardColumns],
          handbook.standards.map((s) => [user(s.name), user(s.value)]),
        ),
      ]),
      ...(handbook.duties.length > 0
        ? [
            front(ANCHORS.whoDoesWhat, H.whoDoesWhat, [
              paragraph(H.whoDoesWhatIntro),
              buildDuties(handbook, w, roles),
            ]),
          ]
        : []),
      ...chaptersInOrder(handbook).map((c) =>
        c.own
          ? buildOwnChapter(handbook, c.own, options, w)
          : buildChapter(c.chapter!, options, w, roles, handbook.company, worksheetLinks),
      ),
      front(ANCHORS.training, H.training, buildTraining(handbook), 'back'),
      buildFirstDaysSection(handbook, roles),
      ...buildAppendices(handbook),
      ...(appendixLetters(handbook).worksheets
        ? buildWorksheetAppendix(handbook, appendixLetters(handbook).worksheets!)
        : []),
      front(ANCHORS.sources, H.sources, [paragraph(H.sourcesIntro), buildSourceList(handbook)], 'back'),
    ],
  };
}

/** A sentence holding the company's name, which stays the user's own text (isolated) inside it. */
function withUser(w: Dictionary, template: string, company: string): Inline[] {
  return fillParts<Inline>(w.locale, template, { company: user(company) });
}

function buildCover(handbook: Handbook, target: 'html' | 'markdown'): Section {
  const w = words(handbook.language);
  const H = w.handbook;
  const logo = handbook.logo && target === 'html' ? handbook.logo : undefined;
  const logoNode: BlockContent[] = logo
    ? [
        {
          type: 'paragraph',
          children: [
            {
              type: 'image',
              url: `data:${logo.mediaType};base64,${toBase64(logo.data)}`,
              alt: fill(w.locale, H.logoAlt, { company: handbook.company }),
              data: { hProperties: { className: ['cover-logo'] } },
            },
          ],
        },
      ]
    : [];
  return section({ id: 'cover', tagName: 'header', className: ['cover'] }, [
    ...logoNode,
    classed('cover-kicker', H.kicker),
    heading(1, [user(handbook.company)]),
    classed('cover-vision-label', H.visionLabel),
    {
      type: 'blockquote',
      data: { hProperties: { className: ['cover-vision'] } },
      children: [paragraph(user(handbook.vision))],
    },
    ...(handbook.date ? [classed('cover-date', time(handbook.date.iso, handbook.date.text))] : []),
    ...(handbook.audiences.length > 0
      ? [
          classed(
            'cover-audiences',
            fill(w.locale, H.forAudiences, {
              list: joinList(w.locale, handbook.audiences),
            }),
          ),
        ]
      : []),
  ]);
}

/** A body tree with a section laid out after it (a new tree: the chapter's own is shared by every output). */
const withSection = (body: Root, section: RootContent[]): Root => ({
  ...body,
  children: [...body.children, ...section],
});

/** The titles plays are given to in a handbook, and which of them are the company's own words. */
export interface RoleTitles {
  titles: Readonly<Record<string, string>>;
  company: ReadonlySet<string>;
}

/** A handbook's role titles, as its chapters print them. */
export const roleTitlesOf = (handbook: Handbook): RoleTitles => ({
  titles: handbook.roleTitles,
  company: new Set(handbook.companyTitles),
});

function buildChapter(
  chapter: HandbookChapter,
  options: HandbookDocumentOptions,
  w: Dictionary,
  roles: RoleTitles,
  company: string,
  worksheetLinks: ReadonlyMap<string, { title: string; url: string }>,
): BlockContent {
  return buildChapterDocument(chapter, options, w, roles, company, worksheetLinks)
    .children[0] as BlockContent;
}

/** One chapter's tree: the mode's one document, numbered, with links into this handbook. */
export function buildChapterDocument(
  chapter: HandbookChapter,
  options: HandbookDocumentOptions,
  w: Dictionary,
  roles: RoleTitles,
  company: string,
  worksheetLinks?: ReadonlyMap<string, { title: string; url: string }>,
): Root {
  // A chapter not translated yet is printed in English throughout, labels included (and marked so).
  if (chapter.mode.untranslated) w = words(DEFAULT_LANGUAGE);
  return buildModeDocument({
    mode: chapter.mode,
    words: w,
    roleTitles: roles.titles,
    companyTitles: roles.company,
    metrics: chapter.metrics,
    ...(chapter.note ? { lead: chapter.note[options.target].children as BlockContent[] } : {}),
    ownPlays: new Set(chapter.ownPlays),
    ownPlayLabel: fillParts<Inline>(w.locale, w.handbook.ownPlay, { company: user(company) }),
    body: chapter.staffing
      ? withSection(chapter.body[options.target], staffingSectionTree(w, chapter.staffing))
      : chapter.body[options.target],
    kicker: [fill(w.locale, w.mode.chapterKicker, { n: chapter.number, category: chapter.categoryLabel })],
    title: chapterTitle(w, chapter.number, chapter.mode.title),
    titleDepth: 2,
    anchor: chapter.anchor,
    idPrefix: `${chapter.anchor}-`,
    related: chapter.related.map((r) => ({
      label: describeRelated(w, r),
      ...(r.anchor ? { url: `#${r.anchor}` } : {}),
    })),
    sources: chapter.sources.map((s) => ({
      title: s.articleTitle,
      url: `#source-${s.articleId}`,
      point: s.point,
      ...(s.note ? { note: s.note } : {}),
    })),
    scoreBoxes: true,
    regions: false,
    ...(worksheetLinks ? { worksheetLinks } : {}),
  });
}

/** The training plan: every session and refresher training-plan.ics holds, on the same dates. */
function buildTraining(handbook: Handbook): BlockContent[] {
  const w = words(handbook.language);
  const H = w.handbook;
  const C = H.trainingColumns;
  const minutes = (n: number) => formatMinutes(w, n);
  const { sessions, totalMinutes, cadence } = handbook.training;
  const dated = sessions.some((s) => s.date);
  const own = sessions.filter((s) => s.kind === 'session');
  const refreshers = sessions.filter((s) => s.kind === 'refresher');
  return [
    paragraph(
      fill(w.locale, H.trainingIntro, {
        sessions: plural(w.locale, own.length, H.trainingSessions),
        refreshers: refreshers.length > 0 ? plural(w.locale, refreshers.length, H.trainingRefreshers) : '',
        total: minutes(totalMinutes),
        cadence: cadence
          ? fill(w.locale, H.trainingCadence, { cadence: H.trainingCadenceNames[cadence] })
          : '',
      }),
    ),
    ...(refreshers[0]
      ? [
          paragraph(
            fill(w.locale, H.refresherIntro, {
              minutes: minutes(refreshers[0].minutes),
              after: DEFAULT_REFRESH_AFTER,
            }),
            ...(dated ? [' ', H.calendarNote] : []),
          ),
        ]
      : []),
    table(
      [C.session, ...(dated ? [C.date] : []), C.chapter, C.exercise, C.format, C.duration],
      [
        ...sessions.map((s) => [
          s.kind === 'session' ? String(s.number) : fill(w.locale, H.refresherRow, { n: s.number }),
          ...(dated ? [s.date ?? ''] : []),
          link(`#${s.anchor}`, chapterTitle(w, s.chapter, s.modeTitle)),
          s.exercise.title,
          s.kind === 'session' ? w.exerciseFormats[s.exercise.format] : H.refresherFormat,
          minutes(s.minutes),
        ]),
        [strong(H.total), ...(dated ? [''] : []), '', '', '', strong(minutes(totalMinutes))],
      ],
    ),
  ];
}

function buildAppendices(handbook: Handbook): Section[] {
  const w = words(handbook.language);
  const H = w.handbook;
  const letters = appendixLetters(handbook);
  const sections: Section[] = [];
  if (letters.otherModes) {
    sections.push(
      section({ id: ANCHORS.otherModes, className: ['back', 'appendix'] }, [
        heading(2, [fill(w.locale, H.otherModes, { letter: letters.otherModes })]),
        paragraph(H.otherModesIntro),
        ...handbook.appendix.modes.map(({ mode, anchor, categoryLabel }) => {
          const first = mode.plays[0]!;
          return section({ id: anchor, tagName: 'div', className: ['appendix-entry'] }, [
            heading(3, [mode.title]),
            classed('kicker', emphasis(categoryLabel)),
            paragraph(mode.summary),
            paragraph(strong(H.firstStep), ' ', `${first.title} (${first.owner}; ${first.timeframe}).`),
          ]);
        }),
      ]),
    );
  }
  const { empowerment, empowermentIsSample } = handbook.appendix;
  sections.push(
    section({ id: ANCHORS.empowerment, className: ['back', 'appendix'] }, [
      heading(2, [fill(w.locale, H.empowerment, { letter: letters.empowerment })]),
      paragraph(
        ...(empowermentIsSample ? [H.empowermentSample] : withUser(w, H.empowermentIntro, handbook.company)),
      ),
      table(
        [...H.empowermentColumns],
        empowerment.map((r) =>
          empowermentIsSample
            ? [r.role, r.decision, r.limit]
            : [user(r.role), user(r.decision), user(r.limit)],
        ),
        'empowerment-table',
      ),
    ]),
  );
  const titles = Object.fromEntries(measureTitles(w, letters));
  sections.push(
    ...(buildMeasureAppendices(w, handbook.measures, {
      ids: { metrics: ANCHORS.metrics, pulse: ANCHORS.pulse },
      titles,
      chapterLabel: (c) => fill(w.locale, w.metric.chapterRef, { n: c.number }),
      sourceUrl: (id) => (handbook.sources.some((s) => s.article.id === id) ? `#source-${id}` : undefined),
    }) as Section[]),
  );
  return sections;
}

/** The measuring appendices' headings, with their letters, for those the handbook has. */
function measureTitles(
  w: Dictionary,
  letters: ReturnType<typeof appendixLetters>,
): (readonly ['metrics' | 'pulse', string])[] {
  return [
    ...(letters.metrics
      ? [['metrics', fill(w.locale, w.handbook.metricsAppendix, { letter: letters.metrics })] as const]
      : []),
    ...(letters.pulse
      ? [['pulse', fill(w.locale, w.handbook.pulseAppendix, { letter: letters.pulse })] as const]
      : []),
  ];
}

function buildSourceList(handbook: Handbook): BlockContent {
  const w = words(handbook.language);
  const H = w.handbook;
  const items = handbook.sources.map(({ article, citedBy }): ListItem => {
    const byline = [article.author, article.publisher, article.date].filter(Boolean).join(', ');
    const cites = citedBy.flatMap((c, i): Inline[] => [
      ...(i > 0 ? ['; '] : []),
      link(`#${c.anchor}`, c.number !== undefined ? fill(w.locale, H.chapterRef, { n: c.number }) : c.title),
    ]);
    return {
      type: 'listItem',
      spread: false,
      data: { hProperties: { id: `source-${article.id}` } },
      children: [
        paragraph(
          strong(article.title),
          byline ? `, ${byline}. ` : '. ',
          `${article.about} `,
          ...fillParts<Inline>(w.locale, H.drawnOnIn, { chapters: cites }),
          '.',
        ),
      ],
    };
  });
  return {
    type: 'list',
    ordered: false,
    spread: false,
    data: { hProperties: { className: ['sources'] } },
    children: items,
  };
}
