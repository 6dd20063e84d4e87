import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { FailureMode } from '../core/library.ts';
import { accessibleAccent } from './contrast.ts';
import { PAGE_CSS } from './handouts.ts';
import { KIT_CSS, buildKit } from './kit.ts';

/**
 * One self-contained training kit per chapter: the same `buildKit` tree and `KIT_CSS` the site
 * prints, with the company's name in the footers.
 */
export function renderKitHtml(mode: FailureMode, options: { company: string; locale: string; accent: string }): string {
  const accent = accessibleAccent(options.accent);
  return (
    toHtml({
      type: 'root',
      children: [
        { type: 'doctype' },
        h('html', { lang: options.locale }, [
          h('head', [
            h('meta', { charSet: 'utf-8' }),
            h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
            h('title', [`Training kit: ${mode.exercise.title} · ${options.company}`]),
            h('style', [PAGE_CSS(accent) + KIT_CSS + '.kit h1, .kit h2 { color: var(--accent); }\n']),
          ]),
          h('body', [h('main', [buildKit(mode, { companyName: options.company })])]),
        ]),
      ],
    }) + '\n'
  );
}
