import type { Element } from 'hast';
import { h } from 'hastscript';
import type { FailureMode } from '../core/library.ts';
import { CATEGORIES } from '../schemas/taxonomy.ts';

export interface HandoutOptions {
  /** Shown in the handout's footer line; the neutral site leaves it out. */
  companyName?: string;
}

/**
 * One training handout as a hast tree: summary, warning signs, the exercise with its debrief, and a
 * checklist of the plays. Both the site and the generator print this same tree, so a handout looks
 * the same wherever it comes from.
 */
export function buildHandout(mode: FailureMode, options: HandoutOptions = {}): Element {
  const { exercise } = mode;
  const facts = [`${exercise.minutes} minutes`, exercise.format.replace('-', ' '), exercise.groupSize].filter(Boolean).join(' · ');
  return h('article.handout', [
    h('header.handout-head', [
      h('p.handout-kicker', [`Training handout · ${CATEGORIES[mode.category].label}`]),
      h('h1', [mode.title]),
      h('p.handout-summary', [mode.summary]),
    ]),
    h('div.handout-columns', [
      h('section', [h('h2', ['Warning signs']), h('ul', mode.warningSigns.map((s) => h('li', [s])))]),
      h('section', [
        h('h2', [`Exercise: ${exercise.title}`]),
        h('p.handout-facts', [facts]),
        h('p', [h('strong', ['Setup. ']), exercise.setup]),
        exercise.roles.length > 0
          ? h('ul.handout-roles', exercise.roles.map((r) => h('li', [h('strong', [`${r.name}: `]), r.brief])))
          : undefined,
        exercise.prompts.length > 0 ? h('ol', exercise.prompts.map((p) => h('li', [p]))) : undefined,
      ]),
      h('section', [h('h2', ['Debrief']), h('ul', exercise.debrief.map((q) => h('li', [q])))]),
      h('section', [
        h('h2', ['Checklist']),
        h(
          'ul.checklist',
          mode.plays.map((p) => h('li', [h('span.box', { ariaHidden: 'true' }, ['☐ ']), `${p.title} (${p.owner}; ${p.timeframe})`])),
        ),
      ]),
    ]),
    h('footer.handout-foot', [
      [options.companyName, 'Service Playbook', mode.title].filter(Boolean).join(' · '),
    ]),
  ]);
}

/**
 * Print styles for handouts. No `@page size`, so the printer's paper wins; the layout is sized for
 * the area A4 and US Letter share (210 x 279 mm), which is why one handout fits either.
 */
export const HANDOUT_CSS = `
.handout { max-width: 48rem; margin: 0 auto; font-size: 0.95rem; line-height: 1.45; }
.handout h1 { font-size: 1.6rem; margin: 0.1em 0 0.3em; }
.handout h2 { font-size: 1.02rem; margin: 0.9em 0 0.35em; }
.handout ul, .handout ol { padding-left: 1.2em; margin: 0 0 0.5em; }
.handout li + li { margin-top: 0.15em; }
.handout p { margin: 0 0 0.5em; }
.handout-kicker, .handout-facts, .handout-foot { color: var(--muted, #555); font-size: 0.85em; }
.handout-summary { font-size: 1.08em; }
.handout .checklist { list-style: none; padding-left: 0; }
.handout-foot { border-top: 1px solid var(--border, #ccc); margin-top: 0.8em; padding-top: 0.3em; }
@media print {
  @page { margin: 12mm 13mm; }
  .handout { max-width: none; font-size: 8.6pt; line-height: 1.3; color: #000; }
  .handout h1 { font-size: 15pt; }
  .handout h2 { font-size: 10pt; margin-top: 0.6em; break-after: avoid; }
  .handout-columns { column-count: 2; column-gap: 7mm; }
  .handout-columns section { break-inside: auto; }
  .handout-columns h2:first-child { margin-top: 0; }
  .handout li { break-inside: avoid; }
}
`;
