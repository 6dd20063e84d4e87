/**
 * The marking of a page's own words where they are still in English inside a document in another
 * language: the one rule, for the mode document (mdast) and the kit's sheet and cards (hast).
 */
import type { ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import type { ModeData } from '../core/library/library.ts';
import type { Dictionary } from '../i18n/index.ts';

/**
 * The attributes of an element that holds the page's own words: `lang="en" dir="ltr"` where the
 * page is not translated into the kit's language yet (an Arabic kit of an English page), else none.
 */
export function pageLanguage(w: Dictionary, mode: ModeData): Properties {
  return isPageInEnglishHere(w, mode) ? { lang: 'en', dir: 'ltr' } : {};
}

/** Whether the page's own words are English inside a document in another language (an untranslated page). */
export function isPageInEnglishHere(w: Dictionary, mode: ModeData): boolean {
  return mode.untranslated === true && w.language !== 'en';
}

/** A value from the page inside one of our sentences, marked as `page` says. */
export function fromPage(page: Properties, text: string): ElementContent {
  return page.lang ? h('span', page, [text]) : { type: 'text', value: text };
}
