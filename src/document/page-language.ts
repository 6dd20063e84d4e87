/**
 * The marking of a kit's own words from the page (English inside a translated kit), shared by the
 * facilitator sheet and the cards so both mark them the same way.
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
  return mode.untranslated && w.language !== 'en' ? { lang: 'en', dir: 'ltr' } : {};
}

/** A value from the page inside one of our sentences, marked as `page` says. */
export function fromPage(page: Properties, text: string): ElementContent {
  return page.lang ? h('span', page, [text]) : { type: 'text', value: text };
}
