import { h } from 'hastscript';
import type { FailureMode } from '../core/library/library.ts';
import type { Root } from 'mdast';
import { HANDOUT_CSS, renderHandout } from './handout.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { fill } from '../i18n/format.ts';
import { standaloneHtml } from './html.ts';
import { accessibleAccent } from './contrast.ts';
import { ARABIC_CSS } from './arabic-css.ts';

/** Base styles the site's layout gives a handout or kit, so the standalone file looks the same. */
export const PAGE_CSS = (accent: string) => `
:root { --muted: #555; --border: #c8c8c8; --accent: ${accent}; }
html { color: #1b1b1b; background: #fff; font: 16px/1.5 system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; overflow-wrap: anywhere; }
body { margin: 0; padding: 1.5rem; }
.handout h1, .handout h2 { color: var(--accent); }
.handout .kicker { text-transform: uppercase; letter-spacing: 0.05em; }
@media print { body { padding: 0; } }
${ARABIC_CSS}`;

/**
 * One self-contained handout page: the same handout tree and `HANDOUT_CSS` the site prints, with
 * the company's name in the footer.
 */
export function renderHandoutHtml(
  tree: Root,
  mode: Pick<FailureMode, 'id' | 'title'>,
  options: { company: string; accent: string; siteUrl?: string; words?: Dictionary },
): string {
  const accent = accessibleAccent(options.accent);
  const w = options.words ?? words();
  return standaloneHtml({
    title: fill(w.locale, w.site.handoutPage.fileTitle, { title: mode.title, company: options.company }),
    css: PAGE_CSS(accent) + HANDOUT_CSS,
    words: w,
    body: [
      h('main', [
        renderHandout(tree, mode, {
          companyName: options.company,
          words: w,
          // The mode's page in the handout's language (English at the site's root).
          ...(options.siteUrl
            ? { pageUrl: `${options.siteUrl}${w.language === 'en' ? '' : `${w.language}/`}modes/${mode.id}/` }
            : {}),
        }),
      ]),
    ],
  });
}
