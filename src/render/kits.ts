import type { Element } from 'hast';
import { h } from 'hastscript';
import type { FailureMode } from '../core/library/library.ts';
import { accessibleAccent } from './contrast.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { fill } from '../i18n/format.ts';
import { standaloneHtml } from './html.ts';
import { PAGE_CSS } from './handouts.ts';
import { KIT_CSS } from './kit.ts';

/**
 * One self-contained training kit: the same kit tree (src/document/kit.ts, with the company's name
 * in the footers) and `KIT_CSS` the site prints.
 */
export function renderKitHtml(
  kit: Element,
  mode: Pick<FailureMode, 'exercise'>,
  options: { company: string; accent: string; words?: Dictionary },
): string {
  const accent = accessibleAccent(options.accent);
  const w = options.words ?? words();
  // The text's language, like every standalone output; the locale only sets dates and paper.
  return standaloneHtml({
    title: fill(w.locale, w.site.kitPage.fileTitle, { title: mode.exercise.title, company: options.company }),
    css: PAGE_CSS(accent) + KIT_CSS + '.kit h1, .kit h2 { color: var(--accent); }\n',
    body: [h('main', [kit])],
    words: w,
  });
}
