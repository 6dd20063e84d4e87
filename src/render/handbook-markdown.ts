import GithubSlugger from 'github-slugger';
import type { BlockContent, Heading, List, ListItem, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Handbook, HandbookChapter } from '../core/handbook.ts';
import { formatMinutes } from '../core/schedule.ts';
import { DIAGNOSTIC_SCALE } from '../schemas/taxonomy.ts';
import { appendixLetters, chapterHeading, describeRelated, listSections } from './handbook-html.ts';

type Inline = string | PhrasingContent;

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const inline = (parts: Inline[]): PhrasingContent[] => parts.map((p) => (typeof p === 'string' ? text(p) : p));
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (...parts: Inline[]): BlockContent => ({ type: 'paragraph', children: inline(parts) });
const heading = (depth: Heading['depth'], value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const list = (items: Inline[][], ordered = false): List => ({
  type: 'list',
  ordered,
  spread: false,
  children: items.map((parts): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(...parts)] })),
});
const table = (headings: string[], rows: Inline[][]): Table => {
  const row = (cells: Inline[]): TableRow => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: inline([c]) })) });
  return { type: 'table', children: [row(headings), ...rows.map(row)] };
};

/**
 * Renders the handbook as clean Markdown for a wiki: the same sections as the HTML, GFM tables,
 * links between sections by the heading slugs wikis such as GitHub and GitLab generate.
 */
export function renderHandbookMarkdown(handbook: Handbook): string {
  const sections = listSections(handbook);
  const anchorOf = new Map<Heading, string>();
  const headingFor = (anchor: string, depth: Heading['depth'], label: string): Heading => {
    const node = heading(depth, label);
    anchorOf.set(node, anchor);
    return node;
  };
  const link = (anchor: string, label: string): PhrasingContent => ({ type: 'link', url: `#${anchor}`, children: [text(label)] });

  const letters = appendixLetters(handbook);
  const children: RootContent[] = [];
  children.push(headingFor('cover', 1, handbook.title));
  children.push({ type: 'blockquote', children: [paragraph(strong('Our service vision:'), ' ', handbook.vision)] });
  const facts = [handbook.date?.text, handbook.audiences.length > 0 ? `For ${handbook.audiences.join(', ').toLowerCase()}` : undefined].filter(
    (x): x is string => Boolean(x),
  );
  if (facts.length > 0) children.push(paragraph(facts.join(' · ')));

  children.push(headingFor('contents', 2, 'Contents'));
  const contentsIndex = children.length;
  children.push(headingFor(sections[0]!.id, 2, sections[0]!.label), ...handbook.howToUse.map((p) => paragraph(p)));
  children.push(
    headingFor(sections[1]!.id, 2, sections[1]!.label),
    paragraph(`These are the promises ${handbook.company} makes to every customer. The chapters refer to them by name.`),
    table(['Standard', 'Our promise'], handbook.standards.map((s) => [s.name, s.value])),
  );
  for (const chapter of handbook.chapters) children.push(...renderChapter(chapter, headingFor, link));

  const { sessions, totalMinutes, cadence } = handbook.training;
  const dated = sessions.some((s) => s.date);
  children.push(
    headingFor('training-plan', 2, 'Training plan'),
    paragraph(
      `${sessions.length === 1 ? 'One session' : `${sessions.length} sessions`}, ${formatMinutes(totalMinutes)} in all${cadence ? `, held ${cadence}` : ''}. Each session runs the exercise from its chapter; print that chapter's handout for everyone taking part, and ask them to read the chapter beforehand.`,
    ),
    table(
      ['Session', ...(dated ? ['Date'] : []), 'Chapter', 'Exercise', 'Format', 'Duration'],
      [
        ...sessions.map((s) => [
          String(s.number),
          ...(dated ? [s.date ?? ''] : []),
          link(s.anchor, `${s.chapter}. ${s.modeTitle}`),
          s.exercise.title,
          s.exercise.format.replace('-', ' '),
          formatMinutes(s.exercise.minutes),
        ]),
        [strong('Total'), ...(dated ? [''] : []), '', '', '', strong(formatMinutes(totalMinutes))],
      ],
    ),
  );

  if (letters.otherModes) {
    children.push(
      headingFor('other-failure-modes', 2, `Appendix ${letters.otherModes}: Other failure modes`),
      paragraph('The rest of the playbook in brief. Each of these could become a chapter in a later edition.'),
    );
    for (const { mode, anchor, categoryLabel } of handbook.appendix.modes) {
      const first = mode.plays[0]!;
      children.push(
        headingFor(anchor, 3, mode.title),
        paragraph({ type: 'emphasis', children: [text(categoryLabel)] }),
        paragraph(mode.summary),
        paragraph(strong('A first step:'), ' ', `${first.title} (${first.owner}; ${first.timeframe}).`),
      );
    }
  }
  children.push(
    headingFor('empowerment', 2, `Appendix ${letters.empowerment}: Who may decide what`),
    paragraph(
      handbook.appendix.empowermentIsSample
        ? 'No limits have been agreed yet, so this is a sample to start from. Agree real limits with the people who use them and add them to the config under empowerment.'
        : `What each role at ${handbook.company} may decide without asking anyone, and up to which limit. Decisions made within these limits are not questioned afterwards.`,
    ),
    table(['Role', 'May decide', 'Up to'], handbook.appendix.empowerment.map((r) => [r.role, r.decision, r.limit])),
  );

  children.push(
    headingFor('sources', 2, 'Sources'),
    paragraph('The chapters are written in the playbook’s own words, drawing on these articles.'),
    list(
      handbook.sources.map(({ article, citedBy }) => {
        const byline = [article.author, article.publisher, article.date].filter(Boolean).join(', ');
        const cites = citedBy.flatMap((c, i) => [...(i > 0 ? ['; '] : []), link(c.anchor, c.number !== undefined ? `chapter ${c.number}` : c.title)]);
        return [strong(article.title), byline ? `, ${byline}. ` : '. ', `${article.about} Drawn on in: `, ...cites, '.'];
      }),
    ),
  );

  // The contents list needs every slug, so it is filled in last.
  children.splice(contentsIndex, 0, list(sections.map((s) => [link(s.id, s.label)])));
  // Wikis slug every heading themselves (repeats get -1, -2...); compute the same slugs, in order,
  // so the contents and cross-links land where the wiki puts the anchors.
  const slugger = new GithubSlugger();
  const slugs = new Map<string, string>();
  visit({ type: 'root', children } as Root, 'heading', (node) => {
    const slug = slugger.slug(toString(node));
    const anchor = anchorOf.get(node);
    if (anchor) slugs.set(anchor, slug);
  });
  const tree: Root = { type: 'root', children: rewriteLinks(children, slugs) };
  return unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' }).stringify(tree);
}

function renderChapter(
  chapter: HandbookChapter,
  headingFor: (anchor: string, depth: Heading['depth'], label: string) => Heading,
  link: (anchor: string, label: string) => PhrasingContent,
): RootContent[] {
  const { mode } = chapter;
  const { exercise } = mode;
  const facts = [formatMinutes(exercise.minutes), exercise.format.replace('-', ' '), exercise.groupSize].filter(Boolean).join(' · ');
  const sub = (label: string) => heading(3, label);
  const body = structuredClone(chapter.body.markdown).children.map((node) =>
    node.type === 'heading' ? { ...node, depth: Math.min(6, node.depth + 1) as Heading['depth'] } : node,
  );
  return [
    headingFor(chapter.anchor, 2, chapterHeading(chapter)),
    paragraph({ type: 'emphasis', children: [text(`Chapter ${chapter.number} · ${chapter.categoryLabel}`)] }),
    paragraph(strong(mode.summary)),
    sub('Warning signs'),
    list(mode.warningSigns.map((s) => [s])),
    ...body,
    sub('Root causes'),
    list(mode.rootCauses.map((s) => [s])),
    sub('Diagnostic questions'),
    paragraph(
      `Score each statement from ${DIAGNOSTIC_SCALE[0].value} (${DIAGNOSTIC_SCALE[0].label.toLowerCase()}) to ${DIAGNOSTIC_SCALE[4].value} (${DIAGNOSTIC_SCALE[4].label.toLowerCase()}).`,
    ),
    list(mode.diagnosticQuestions.map((q) => [q.text]), true),
    sub('Plays'),
    ...mode.plays.flatMap((play) => [
      heading(4, play.title),
      paragraph(strong('Owner:'), ' ', play.owner, ' · ', strong('When:'), ' ', play.timeframe),
      list(play.steps.map((s) => [s]), true),
    ]),
    sub('Metrics'),
    table(['Metric', 'Target', 'How to measure'], mode.metrics.map((m) => [m.name, m.target, m.how ?? ''])),
    sub(`Exercise: ${exercise.title}`),
    paragraph({ type: 'emphasis', children: [text(facts)] }),
    paragraph(strong('Setup.'), ' ', exercise.setup),
    ...(exercise.roles.length > 0 ? [heading(4, 'Roles'), list(exercise.roles.map((r) => [strong(`${r.name}:`), ' ', r.brief]))] : []),
    ...(exercise.prompts.length > 0 ? [heading(4, 'Prompts'), list(exercise.prompts.map((p) => [p]), true)] : []),
    heading(4, 'Debrief'),
    list(exercise.debrief.map((q) => [q])),
    ...(chapter.related.length > 0
      ? [sub('Related'), list(chapter.related.map((r) => [r.anchor ? link(r.anchor, describeRelated(r)) : describeRelated(r)]))]
      : []),
    sub('Sources'),
    list(chapter.sources.map((s) => [link('sources', s.articleTitle), `: ${s.point}`, s.note ? ` (${s.note})` : ''])),
  ];
}

/** Points `#anchor` links at the slug the wiki will give the heading; unknown anchors are left alone. */
function rewriteLinks(nodes: RootContent[], slugs: Map<string, string>): RootContent[] {
  const rewrite = <T>(node: T): T => {
    if (typeof node !== 'object' || node === null) return node;
    const n = node as unknown as { type?: string; url?: string; children?: unknown[] };
    const copy = { ...n } as typeof n;
    if (n.type === 'link' && n.url?.startsWith('#')) copy.url = `#${slugs.get(n.url.slice(1)) ?? n.url.slice(1)}`;
    if (Array.isArray(n.children)) copy.children = n.children.map(rewrite);
    return copy as unknown as T;
  };
  return nodes.map(rewrite);
}
