/**
 * A company's own words in its handbook (the config's `chapters` and `own`): a note at the top of a
 * chapter, plays it leaves out or adds, an example of its own in place of the library's, and
 * chapters it writes itself, placed among the others. Pure: the config is already checked, and a
 * chapter's file (the command line's `file:`) has been read into its body.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { fillParts } from '../../i18n/format.ts';
import type { Dictionary } from '../../i18n/index.ts';
import { parseCompanyMarkdown } from '../../markdown/parse-company.ts';
import type { ExampleInstead } from '../../markdown/pipeline.ts';
import { remarkPlaybook, type PlaybookOptions } from '../../markdown/remark-playbook.ts';
import type { ChapterWords, HandbookConfig, OwnChapter, OwnPlay } from '../../schemas/handbook-config.ts';
import type { Play } from '../../schemas/failure-mode.ts';
import type { FailureMode } from '../library/library.ts';
import { unified } from 'unified';

/** A chapter's words from the company, or none. */
export const wordsFor = (config: HandbookConfig, modeId: string): ChapterWords | undefined =>
  config.chapters[modeId];

/** The id an own play goes by among the library's: never one a page can have (page ids have no capitals). */
export const ownPlayId = (i: number) => `own-play-${i + 1}`;

/** A company's play in the library's shape, so every output prints it as it prints the others. */
function asPlay(play: OwnPlay, i: number): Play {
  return {
    id: ownPlayId(i),
    title: play.title,
    owner: play.owner,
    ...(play.with ? { with: play.with } : {}),
    timeframe: play.when,
    steps: play.steps,
    worksheets: [],
  };
}

/**
 * The mode as this company's handbook prints it: the plays it leaves out gone, its own plays after
 * the library's. Returns the ids of its own plays, which the chapter marks as the company's.
 */
export function withCompanyPlays(
  mode: FailureMode,
  words: ChapterWords | undefined,
): { mode: FailureMode; ownPlays: string[] } {
  if (!words) return { mode, ownPlays: [] };
  const skipped = new Set(words.skip);
  const own = words.plays.map(asPlay);
  return {
    mode: { ...mode, plays: [...mode.plays.filter((p) => !skipped.has(p.id)), ...own] },
    ownPlays: own.map((p) => p.id),
  };
}

/** A title naming the company, its name kept as its own text: "At Hazel & Pine", "An example from Hazel & Pine". */
export function companyTitle(w: Dictionary, template: string, company: string): PhrasingContent[] {
  return fillParts<PhrasingContent>(w.locale, template, {
    company: { type: 'isolate', children: [{ type: 'text', value: company }] },
  }).map((part): PhrasingContent => (typeof part === 'string' ? { type: 'text', value: part } : part));
}

/** The company's example, parsed, to stand where the page's example box stood. */
export function exampleInstead(
  w: Dictionary,
  words: ChapterWords | undefined,
  company: string,
  where: string,
): ExampleInstead | undefined {
  if (!words?.example) return undefined;
  return {
    title: companyTitle(w, w.handbook.companyExample, company),
    blocks: parseCompanyMarkdown(words.example, where).tree.children,
  };
}

/**
 * The company's note as a box headed with its name, for both targets, through the same plugin as a
 * page's callouts (so `:var[…]` works in it and it looks like the others).
 */
export function renderNote(
  w: Dictionary,
  note: string,
  company: string,
  where: string,
  options: Omit<PlaybookOptions, 'target'>,
): { html: Root; markdown: Root } {
  const render = (target: 'html' | 'markdown'): Root => {
    const { tree, file } = parseCompanyMarkdown(note, where);
    const box: ContainerDirective = {
      type: 'containerDirective',
      name: 'note',
      attributes: {},
      children: [
        {
          type: 'paragraph',
          data: { directiveLabel: true },
          children: companyTitle(w, w.handbook.companyNote, company),
        },
        ...(tree.children as ContainerDirective['children']),
      ],
    };
    const root: Root = { type: 'root', children: [box] };
    return unified()
      .use(remarkPlaybook, { ...options, target })
      .runSync(root, file) as Root;
  };
  return { html: render('html'), markdown: render('markdown') };
}

/** A chapter the company wrote, as both targets render it. */
export function renderOwnBody(
  body: string,
  where: string,
  options: Omit<PlaybookOptions, 'target'>,
): { html: Root; markdown: Root } {
  const render = (target: 'html' | 'markdown'): Root => {
    const { tree, file } = parseCompanyMarkdown(body, where);
    return unified()
      .use(remarkPlaybook, { ...options, target })
      .runSync(tree, file) as Root;
  };
  return { html: render('html'), markdown: render('markdown') };
}

/**
 * The handbook's chapters in reading order: each priority, then the company's chapters placed after
 * it (`after`), and at the end those placed nowhere. Each entry is the id and whether it is the
 * company's own.
 */
export function chapterOrder(
  priorities: readonly string[],
  own: readonly OwnChapter[],
): { id: string; own: boolean }[] {
  const placed = (after: string | undefined) =>
    own.filter((c) => c.after === after).map((c) => ({ id: c.id, own: true }));
  const known = new Set(priorities);
  return [
    ...priorities.flatMap((id) => [{ id, own: false }, ...placed(id)]),
    ...own.filter((c) => c.after === undefined || !known.has(c.after)).map((c) => ({ id: c.id, own: true })),
  ];
}
