/**
 * A handbook's appendix of worksheets: every form its chapters' plays ask for, each laid out as on
 * its own page (src/document/worksheet.ts) and followed by the plays that use it, linked. A play in
 * a chapter links here (its `worksheetLinks`), so the reader goes from the play to the form and back.
 */
import type { Handbook } from '../core/handbook/model.ts';
import { ANCHORS } from '../core/handbook/model.ts';
import { fill, fillParts } from '../i18n/format.ts';
import { words } from '../i18n/index.ts';
import { joinedAsList } from './mode-sections.ts';
import { classed, heading, link, paragraph, section, type Inline, type Section } from './nodes.ts';
import { buildWorksheetSection } from './worksheet.ts';

/** Where each worksheet of the handbook is, for the plays' links: its title and its anchor. */
export function handbookWorksheetLinks(handbook: Handbook): Map<string, { title: string; url: string }> {
  return new Map(
    handbook.worksheets.map((w) => [w.worksheet.id, { title: w.worksheet.title, url: `#${w.anchor}` }]),
  );
}

/** The appendix, lettered `letter`; nothing when the chapters use no worksheet. */
export function buildWorksheetAppendix(handbook: Handbook, letter: string): Section[] {
  if (handbook.worksheets.length === 0) return [];
  const w = words(handbook.language);
  const A = w.worksheets.appendix;
  return [
    section({ id: ANCHORS.worksheets, className: ['back', 'appendix', 'worksheets'] }, [
      heading(2, [fill(w.locale, A.heading, { letter })]),
      paragraph(A.intro),
      ...handbook.worksheets.map(({ worksheet, anchor, usedBy }) =>
        buildWorksheetSection({
          worksheet,
          titleDepth: 3,
          anchor,
          words: w,
          after: [
            classed(
              'ws-used-in',
              ...fillParts<Inline>(w.locale, A.usedIn, {
                plays: {
                  type: 'span',
                  children: joinedAsList(
                    w.locale,
                    usedBy.map((u) =>
                      link(`#${u.anchor}`, fill(w.locale, A.play, { play: u.play, n: u.chapter })),
                    ),
                  ),
                },
              }),
            ),
          ],
        }),
      ),
    ]),
  ];
}
