import type { Element } from 'hast';
import { h } from 'hastscript';
import { planKit } from '../core/kit/kit.ts';
import type { ModeData } from '../core/library/library.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { buildCards } from './kit-cards.ts';
import { fromPage, pageLanguage } from './page-language.ts';
import { buildSheet } from './kit-sheet.ts';

export interface KitOptions {
  /** Shown in the footers; the neutral site leaves it out. */
  companyName?: string;
  /** The words around the content; the default language's unless given. */
  words?: Dictionary;
}

/**
 * A mode's training kit as one tree: a facilitator sheet, then the cut-out cards in sheets of eight.
 * A kit exists only on paper, so its tree is HTML's (hast) from the start; the site page and the
 * generator print this same tree with `KIT_CSS` (src/render/kit.ts), so a kit looks the same
 * wherever it comes from. Parts the exercise does not have yet are named, not hidden.
 */
export function buildKit(mode: ModeData, options: KitOptions = {}): Element {
  const w = options.words ?? words();
  const plan = planKit(mode.exercise, w);
  const lead = [options.companyName, w.siteName].filter(Boolean).join(w.kit.separator);
  return h('article.kit', [
    buildSheet(w, mode, plan),
    h('footer.kit-foot', [lead + w.kit.separator, fromPage(pageLanguage(w, mode), mode.title)]),
    plan.cards.length > 0 ? buildCards(w, mode, plan) : undefined,
  ]);
}
