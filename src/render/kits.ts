import { h } from 'hastscript';
import type { FailureMode } from '../core/library/library.ts';
import { accessibleAccent } from './contrast.ts';
import { standaloneHtml } from './html.ts';
import { PAGE_CSS } from './handouts.ts';
import { KIT_CSS, buildKit } from './kit.ts';

/**
 * One self-contained training kit per chapter: the same `buildKit` tree and `KIT_CSS` the site
 * prints, with the company's name in the footers.
 */
export function renderKitHtml(mode: FailureMode, options: { company: string; locale: string; accent: string }): string {
  const accent = accessibleAccent(options.accent);
  // The text's language, like every standalone output; the locale only sets dates and paper.
  return standaloneHtml({
    title: `Training kit: ${mode.exercise.title} · ${options.company}`,
    css: PAGE_CSS(accent) + KIT_CSS + '.kit h1, .kit h2 { color: var(--accent); }\n',
    body: [h('main', [buildKit(mode, { companyName: options.company })])],
  });
}
