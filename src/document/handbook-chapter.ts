/**
 * A handbook's chapters: each library chapter is the mode's one document (the tree its site page
 * shows), numbered and linked into this handbook; a chapter the company wrote gets the same frame.
 * The role titles live here because a chapter's plays are what name them.
 */
import type { BlockContent, Root, RootContent } from 'mdast';
import type { HandbookChapter, OwnHandbookChapter, RelatedLink, Handbook } from '../core/handbook/model.ts';
import { fill, fillParts } from '../i18n/format.ts';
import { DEFAULT_LANGUAGE, words, type Dictionary } from '../i18n/index.ts';
import type { HandbookDocumentOptions } from './handbook.ts';
import { chapterTitle } from './mode.ts';
import { buildModeDocument } from './mode.ts';
import { staffingSectionTree } from './staffing-section.ts';
import { classed, heading, section, shiftHeadings, user, type Inline } from './nodes.ts';

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

/** A chapter the company wrote: numbered like the others, its kicker naming the company, its headings under its title. */
export function buildOwnChapter(
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

/** A body tree with a section laid out after it (a new tree: the chapter's own is shared by every output). */
const withSection = (body: Root, section: RootContent[]): Root => ({
  ...body,
  children: [...body.children, ...section],
});

/** A library chapter as a block of the handbook: its document's one article. */
export function buildChapter(
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
