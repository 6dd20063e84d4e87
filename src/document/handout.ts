/**
 * A mode's training handout laid out: the mode's one document (buildModeDocument), cut down to the
 * warning signs, the plays as a checklist and the exercise. The site and the generator print this
 * same tree (src/render/handout.ts adds the footer), so a handout looks the same wherever it comes from.
 */
import type { Root } from 'mdast';
import type { ModeData } from '../core/library/library.ts';
import { fill } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import type { SectionId } from '../i18n/keys.ts';
import { buildModeDocument } from './mode.ts';

/** The sections a handout prints, a selection of the mode's document in the same order. */
export const HANDOUT_SECTIONS: readonly SectionId[] = ['warning-signs', 'plays', 'exercise'];

const NO_BODY: Root = { type: 'root', children: [] };

/** The handout's tree: one article, its header followed by the handout's sections. */
export function buildHandoutDocument(
  mode: ModeData,
  roles: { titles: Readonly<Record<string, string>>; company?: ReadonlySet<string> },
  w: Dictionary = words(),
): Root {
  return buildModeDocument({
    mode,
    words: w,
    roleTitles: roles.titles,
    ...(roles.company ? { companyTitles: roles.company } : {}),
    body: NO_BODY,
    // A handout prints no metrics section.
    metrics: [],
    kicker: [fill(w.locale, w.mode.handoutKicker, { category: w.categories[mode.category].label })],
    titleDepth: 1,
    idPrefix: 'handout-',
    related: [],
    sources: [],
    sections: HANDOUT_SECTIONS,
    compactPlays: true,
  });
}
