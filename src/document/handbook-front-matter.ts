/**
 * The handbook's front matter that is more than a heading and paragraphs: the cover, and "who
 * does what" linking each role to the chapters holding its plays. The company's name stays its own
 * text (isolated) in every sentence that holds it.
 */
import type { BlockContent, PhrasingContent } from 'mdast';
import type { Handbook } from '../core/handbook/model.ts';
import { fill, fillParts, list as joinList, plural } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { toBase64 } from '../core/base64.ts';
import type { RoleTitles } from './handbook-chapter.ts';
import { chapterTitle } from './mode.ts';
import {
  classed,
  heading,
  link,
  paragraph,
  section,
  table,
  time,
  user,
  type Inline,
  type Section,
} from './nodes.ts';

/** The cover: the logo (HTML only), the company, its vision, the date and who the handbook is for. */
export function buildCover(handbook: Handbook, target: 'html' | 'markdown'): Section {
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

/** "Who does what": each role by the handbook's title for it, with the chapters holding its plays. */
export function buildDuties(handbook: Handbook, w: Dictionary, roles: RoleTitles) {
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

/** A sentence holding the company's name, which stays the user's own text (isolated) inside it. */
export function withUser(w: Dictionary, template: string, company: string): Inline[] {
  return fillParts<Inline>(w.locale, template, { company: user(company) });
}
