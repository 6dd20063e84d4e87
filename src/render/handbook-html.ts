import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { ANCHORS, type Handbook, type HandbookChapter, type RelatedLink } from '../core/handbook.ts';
import { formatMinutes } from '../core/schedule.ts';
import { DIAGNOSTIC_SCALE } from '../schemas/taxonomy.ts';
import { accessibleAccent } from './contrast.ts';

/** A heading's visible text and the anchor it links to, in reading order; shared with the Markdown renderer. */
export function listSections(handbook: Handbook): { id: string; label: string }[] {
  const letters = appendixLetters(handbook);
  return [
    { id: ANCHORS.howToUse, label: 'How to use this handbook' },
    { id: ANCHORS.standards, label: 'Our service standards' },
    ...handbook.chapters.map((c) => ({ id: c.anchor, label: chapterHeading(c) })),
    { id: ANCHORS.training, label: 'Training plan' },
    ...(letters.otherModes ? [{ id: ANCHORS.otherModes, label: `Appendix ${letters.otherModes}: Other failure modes` }] : []),
    { id: ANCHORS.empowerment, label: `Appendix ${letters.empowerment}: Who may decide what` },
    { id: ANCHORS.sources, label: 'Sources' },
  ];
}

/** Appendix letters: A for other modes when there are any, then the empowerment table. */
export function appendixLetters(handbook: Handbook): { otherModes?: string; empowerment: string } {
  return handbook.appendix.modes.length > 0 ? { otherModes: 'A', empowerment: 'B' } : { empowerment: 'A' };
}

export function chapterHeading(chapter: HandbookChapter): string {
  return `${chapter.number}. ${chapter.mode.title}`;
}

/** The label of a related mode, telling the reader where to find it. */
export function describeRelated(link: RelatedLink): string {
  if (link.where === 'chapter') return `Chapter ${link.number}: ${link.title}`;
  if (link.where === 'appendix') return `${link.title} (appendix)`;
  return `${link.title} (in the full playbook, not in this handbook)`;
}

/** Renders the handbook as one self-contained HTML document (CSS inlined, logo as a data URI). */
export function renderHandbookHtml(handbook: Handbook): string {
  const tree: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: handbook.locale }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'service-playbook handbook generator' }),
          h('title', [handbook.title]),
          h('style', [handbookCss(handbook)]),
        ]),
        h('body', [
          renderCover(handbook),
          h('main', [
            renderContents(handbook),
            renderHowToUse(handbook),
            renderStandards(handbook),
            ...handbook.chapters.map((c) => renderChapter(c)),
            renderTraining(handbook),
            ...renderAppendices(handbook),
            renderSources(handbook),
          ]),
        ]),
      ]),
    ],
  };
  return toHtml(tree) + '\n';
}

function renderCover(handbook: Handbook): Element {
  const logo = handbook.logo
    ? h('img.cover-logo', {
        src: `data:${handbook.logo.mediaType};base64,${Buffer.from(handbook.logo.data).toString('base64')}`,
        alt: `${handbook.company} logo`,
      })
    : undefined;
  return h('header.cover', { id: 'cover' }, [
    logo,
    h('p.cover-kicker', ['Service handbook']),
    h('h1', [handbook.company]),
    h('p.cover-vision-label', ['Our service vision']),
    h('blockquote.cover-vision', [h('p', [handbook.vision])]),
    handbook.date ? h('p.cover-date', [h('time', { dateTime: handbook.date.iso }, [handbook.date.text])]) : undefined,
    handbook.audiences.length > 0 ? h('p.cover-audiences', [`For ${joinList(handbook.audiences).toLowerCase()}`]) : undefined,
  ]);
}

function renderContents(handbook: Handbook): Element {
  return h('nav.contents', { id: ANCHORS.contents, ariaLabelledby: 'contents-heading' }, [
    h('h2', { id: 'contents-heading' }, ['Contents']),
    h('ul', listSections(handbook).map((s) => h('li', [h('a', { href: `#${s.id}` }, [s.label])]))),
  ]);
}

function renderHowToUse(handbook: Handbook): Element {
  return h('section.front', { id: ANCHORS.howToUse }, [
    h('h2', ['How to use this handbook']),
    ...handbook.howToUse.map((p) => h('p', [p])),
  ]);
}

function renderStandards(handbook: Handbook): Element {
  return h('section.front', { id: ANCHORS.standards }, [
    h('h2', ['Our service standards']),
    h('p', [`These are the promises ${handbook.company} makes to every customer. The chapters refer to them by name.`]),
    table(['Standard', 'Our promise'], handbook.standards.map((s) => [s.name, s.value])),
  ]);
}

function renderChapter(chapter: HandbookChapter): Element {
  const { mode } = chapter;
  const { exercise } = mode;
  const facts = [formatMinutes(exercise.minutes), exercise.format.replace('-', ' '), exercise.groupSize].filter(Boolean).join(' · ');
  return h('section.chapter', { id: chapter.anchor }, [
    h('header.chapter-head', [
      h('p.kicker', [`Chapter ${chapter.number} · ${chapter.categoryLabel}`]),
      h('h2', [chapterHeading(chapter)]),
      h('p.summary', [mode.summary]),
    ]),
    h('section.warning-signs', [h('h3', ['Warning signs']), h('ul', mode.warningSigns.map((s) => h('li', [s])))]),
    h('div.chapter-body', bodyToHast(chapter.body.html)),
    h('section', [h('h3', ['Root causes']), h('ul', mode.rootCauses.map((s) => h('li', [s])))]),
    h('section.diagnostic', [
      h('h3', ['Diagnostic questions']),
      h('p.note', [
        `Score each statement from ${DIAGNOSTIC_SCALE[0].value} (${DIAGNOSTIC_SCALE[0].label.toLowerCase()}) to ${DIAGNOSTIC_SCALE[4].value} (${DIAGNOSTIC_SCALE[4].label.toLowerCase()}).`,
      ]),
      h(
        'ol',
        mode.diagnosticQuestions.map((q) => h('li', [q.text, ' ', h('span.scale', { ariaHidden: 'true' }, [DIAGNOSTIC_SCALE.map((s) => `☐ ${s.value}`).join('  ')])])),
      ),
    ]),
    h('section.plays', [
      h('h3', ['Plays']),
      ...mode.plays.map((play) =>
        h('div.play', [
          h('h4', [play.title]),
          h('p.meta', [h('strong', ['Owner: ']), play.owner, ' · ', h('strong', ['When: ']), play.timeframe]),
          h('ol', play.steps.map((s) => h('li', [s]))),
        ]),
      ),
    ]),
    h('section', [
      h('h3', ['Metrics']),
      table(['Metric', 'Target', 'How to measure'], mode.metrics.map((m) => [m.name, m.target, m.how ?? ''])),
    ]),
    h('section.exercise', [
      h('h3', [`Exercise: ${exercise.title}`]),
      h('p.meta', [facts]),
      h('p', [h('strong', ['Setup. ']), exercise.setup]),
      exercise.roles.length > 0
        ? h('div', [h('h4', ['Roles']), h('ul', exercise.roles.map((r) => h('li', [h('strong', [`${r.name}: `]), r.brief])))])
        : undefined,
      exercise.prompts.length > 0 ? h('div', [h('h4', ['Prompts']), h('ol', exercise.prompts.map((p) => h('li', [p])))]) : undefined,
      h('h4', ['Debrief']),
      h('ul', exercise.debrief.map((q) => h('li', [q]))),
    ]),
    chapter.related.length > 0
      ? h('section.related', [
          h('h3', ['Related']),
          h('ul', chapter.related.map((r) => h('li', [r.anchor ? h('a', { href: `#${r.anchor}` }, [describeRelated(r)]) : describeRelated(r)]))),
        ])
      : undefined,
    h('section.chapter-sources', [
      h('h3', ['Sources']),
      h(
        'ul',
        chapter.sources.map((s) => h('li', [h('a', { href: `#source-${s.articleId}` }, [s.articleTitle]), `: ${s.point}`, s.note ? ` (${s.note})` : ''])),
      ),
    ]),
  ]);
}

function renderTraining(handbook: Handbook): Element {
  const { sessions, totalMinutes, cadence } = handbook.training;
  const dated = sessions.some((s) => s.date);
  const count = sessions.length === 1 ? 'one session' : `${sessions.length} sessions`;
  return h('section.back', { id: ANCHORS.training }, [
    h('h2', ['Training plan']),
    h('p', [
      `${count}, ${formatMinutes(totalMinutes)} in all${cadence ? `, held ${cadence}` : ''}. Each session runs the exercise from its chapter; print that chapter's handout for everyone taking part, and ask them to read the chapter beforehand.`,
    ]),
    table(
      ['Session', ...(dated ? ['Date'] : []), 'Chapter', 'Exercise', 'Format', 'Duration'],
      sessions.map((s) => [
        String(s.number),
        ...(dated ? [s.date ?? ''] : []),
        h('a', { href: `#${s.anchor}` }, [`${s.chapter}. ${s.modeTitle}`]),
        s.exercise.title,
        s.exercise.format.replace('-', ' '),
        formatMinutes(s.exercise.minutes),
      ]),
      ['Total', ...(dated ? [''] : []), '', '', '', formatMinutes(totalMinutes)],
    ),
  ]);
}

function renderAppendices(handbook: Handbook): Element[] {
  const letters = appendixLetters(handbook);
  const sections: Element[] = [];
  if (letters.otherModes) {
    sections.push(
      h('section.back.appendix', { id: ANCHORS.otherModes }, [
        h('h2', [`Appendix ${letters.otherModes}: Other failure modes`]),
        h('p', ['The rest of the playbook in brief. Each of these could become a chapter in a later edition.']),
        ...handbook.appendix.modes.map(({ mode, anchor, categoryLabel }) => {
          const first = mode.plays[0]!;
          return h('div.appendix-entry', { id: anchor }, [
            h('h3', [mode.title]),
            h('p.kicker', [categoryLabel]),
            h('p', [mode.summary]),
            h('p', [h('strong', ['A first step: ']), `${first.title} (${first.owner}; ${first.timeframe}).`]),
          ]);
        }),
      ]),
    );
  }
  sections.push(
    h('section.back.appendix', { id: ANCHORS.empowerment }, [
      h('h2', [`Appendix ${letters.empowerment}: Who may decide what`]),
      h('p', [
        handbook.appendix.empowermentIsSample
          ? 'No limits have been agreed yet, so this is a sample to start from. Agree real limits with the people who use them and add them to the config under empowerment.'
          : `What each role at ${handbook.company} may decide without asking anyone, and up to which limit. Decisions made within these limits are not questioned afterwards.`,
      ]),
      table(['Role', 'May decide', 'Up to'], handbook.appendix.empowerment.map((r) => [r.role, r.decision, r.limit]), undefined, 'empowerment-table'),
    ]),
  );
  return sections;
}

function renderSources(handbook: Handbook): Element {
  return h('section.back', { id: ANCHORS.sources }, [
    h('h2', ['Sources']),
    h('p', ['The chapters are written in the playbook’s own words, drawing on these articles.']),
    h(
      'ul.sources',
      handbook.sources.map(({ article, citedBy }) =>
        h('li', { id: `source-${article.id}` }, [
          h('strong', [article.title]),
          [article.author, article.publisher, article.date].filter(Boolean).length > 0
            ? `, ${[article.author, article.publisher, article.date].filter(Boolean).join(', ')}`
            : '',
          h('br'),
          article.about,
          h('br'),
          'Drawn on in: ',
          ...interleave(citedBy.map((c) => h('a', { href: `#${c.anchor}` }, [c.number !== undefined ? `chapter ${c.number}` : c.title])), '; '),
        ]),
      ),
    ),
  ]);
}

/** Converts a rendered body to hast, one heading level down so body sections sit under the chapter title. */
export function bodyToHast(tree: MdastRoot): ElementContent[] {
  const hast = unified().use(remarkRehype).runSync(structuredClone(tree)) as HastRoot;
  return hast.children.map(demoteHeadings).filter((n): n is ElementContent => n.type !== 'doctype');
}

function demoteHeadings<T extends HastContent>(node: T): T {
  if (node.type !== 'element') return node;
  const match = /^h([1-6])$/.exec(node.tagName);
  const tagName = match ? `h${Math.min(6, Number(match[1]) + 1)}` : node.tagName;
  return { ...node, tagName, children: node.children.map(demoteHeadings) };
}

type Cell = string | Element;

function table(headings: string[], rows: Cell[][], foot?: string[], className?: string): Element {
  return h(className ? `table.${className}` : 'table', [
    h('thead', [h('tr', headings.map((x) => h('th', { scope: 'col' }, [x])))]),
    h('tbody', rows.map((row) => h('tr', row.map((c) => h('td', [c]))))),
    foot ? h('tfoot', [h('tr', foot.map((x, i) => (i === 0 ? h('th', { scope: 'row' }, [x]) : h('td', [x]))))]) : undefined,
  ]);
}

function interleave<T, S>(items: T[], separator: S): (T | S)[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Mixes a colour with white; `amount` 0 keeps it, 1 gives white. */
function tint(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `#${[16, 8, 0].map((shift) => Math.round(((value >> shift) & 255) + (255 - ((value >> shift) & 255)) * amount).toString(16).padStart(2, '0')).join('')}`;
}

/** The handbook's styles: screen reading, then print with paper size, page numbers and chapter breaks. */
export function handbookCss(handbook: Handbook): string {
  // The accent is used for text on white and as a background under white text; both need 4.5:1.
  const accent = accessibleAccent(handbook.accent);
  const paper = handbook.paper === 'Letter' ? 'letter' : 'A4';
  return `
:root { --accent: ${accent}; --accent-tint: ${tint(accent, 0.9)}; --text: #1b1b1b; --muted: #555; --border: #c8c8c8; }
* { box-sizing: border-box; }
html { color: var(--text); background: #fff; font: 16px/1.55 Georgia, "DejaVu Serif", "Times New Roman", serif; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; }
h1, h2, h3, h4, .kicker, .cover-kicker, table, .meta, nav { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
h1, h2, h3 { color: var(--accent); line-height: 1.2; }
h2 { font-size: 1.6rem; margin: 2.5rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
a { color: var(--accent); }
p, ul, ol { margin: 0 0 0.75rem; }
li + li { margin-top: 0.2rem; }
.cover { padding: 3rem 0 2rem; border-bottom: 6px solid var(--accent); }
.cover-logo { display: block; max-height: 4.5rem; max-width: 14rem; margin-bottom: 2rem; }
.cover-kicker, .kicker { color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; margin: 0; }
.cover h1 { font-size: 2.8rem; margin: 0.2rem 0 2rem; overflow-wrap: anywhere; }
.cover-vision-label { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; font-size: 0.85rem; color: var(--muted); margin: 0; }
.cover-vision { margin: 0.3rem 0 2rem; padding: 0.8rem 1.2rem; background: var(--accent); color: #fff; font-size: 1.35rem; border-radius: 4px; }
.cover-vision p { margin: 0; }
.cover-date, .cover-audiences { color: var(--muted); margin: 0.2rem 0; }
.contents ul { list-style: none; padding-left: 0; }
.contents li { padding: 0.15rem 0; border-bottom: 1px dotted var(--border); }
.summary { font-size: 1.15rem; }
.chapter-head { border-bottom: 2px solid var(--accent); margin-bottom: 1rem; padding-top: 0.5rem; }
.chapter-head h2 { margin-top: 0.2rem; }
.warning-signs { background: var(--accent-tint); padding: 0.2rem 1rem 0.4rem; border-radius: 4px; }
.warning-signs h3 { margin-top: 0.8rem; color: var(--text); }
.callout { border-left: 4px solid var(--accent); background: #f6f6f6; padding: 0.6rem 1rem; margin: 1rem 0; }
.callout-title { margin-bottom: 0.3rem; }
.note, .meta { color: var(--muted); font-size: 0.92rem; }
.scale { display: block; color: var(--muted); font-family: system-ui, "DejaVu Sans", Arial, sans-serif; font-size: 0.85rem; white-space: pre; }
.play { border-left: 3px solid var(--border); padding-left: 0.9rem; margin-bottom: 1rem; }
.play h4 { margin-top: 0.6rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid var(--border); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--accent); color: #fff; }
tfoot th, tfoot td { font-weight: bold; }
.appendix-entry h3 { margin-bottom: 0.1rem; }
.sources li { margin-bottom: 0.6rem; }
@page {
  size: ${paper};
  margin: 18mm 17mm 20mm;
  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt "DejaVu Sans", Arial, sans-serif; color: #555; }
}
@page :first { @bottom-center { content: none; } }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; border-bottom: none; }
  .contents, .front, .chapter, .back { break-before: page; }
  .front + .front { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  li, tr, .play, .callout, .appendix-entry { break-inside: avoid; }
  thead { display: table-header-group; }
  .cover-vision, thead th, .warning-signs { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
}
