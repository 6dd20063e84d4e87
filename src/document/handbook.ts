/**
 * The layout of a handbook: cover, contents, front matter, one chapter per chosen mode (each from
 * buildModeDocument, the same tree the site page shows), training plan, appendices and sources. The
 * HTML and the Markdown handbook are both serialised from this one tree.
 */
import type { BlockContent, Root } from 'mdast';
import { ANCHORS, type Handbook } from '../core/handbook/model.ts';
import { words } from '../i18n/index.ts';
import { buildAppendices, buildSourceList, buildTraining } from './handbook-back-matter.ts';
import { buildChapter, buildOwnChapter, roleTitlesOf } from './handbook-chapter.ts';
import { appendixLetters, chaptersInOrder, listSections } from './handbook-contents.ts';
import { buildCover, buildDuties, withUser } from './handbook-front-matter.ts';
import { buildFirstDaysSection } from './first-days.ts';
import { buildWorksheetAppendix, handbookWorksheetLinks } from './handbook-worksheets.ts';
import {
  heading,
  link,
  list,
  pageNumberSpan,
  paragraph,
  section,
  table,
  user,
  type Section,
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

/** Builds the handbook's document tree. */
export function buildHandbookDocument(handbook: Handbook, options: HandbookDocumentOptions): Root {
  const w = words(handbook.language);
  const roles = roleTitlesOf(handbook);
  const worksheetLinks = handbookWorksheetLinks(handbook);
  const letters = appendixLetters(handbook);
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
      ...(letters.worksheets ? buildWorksheetAppendix(handbook, letters.worksheets) : []),
      front(ANCHORS.sources, H.sources, [paragraph(H.sourcesIntro), buildSourceList(handbook)], 'back'),
    ],
  };
}
