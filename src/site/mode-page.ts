/**
 * The site's edition of a failure mode: the one document tree (core/mode-document.ts) with the
 * neutral defaults, site links and a "Print handout" action, serialised to the HTML the mode page
 * shows through `render()`. Called by the content loader, once per mode and build.
 */
import type { Library, FailureMode } from '../core/library.ts';
import { LABELS } from '../core/labels.ts';
import { buildModeDocument, type ExtraSection, type ModeLink } from '../core/mode-document.ts';
import { link, paragraph } from '../core/document.ts';
import { toolForMode } from '../core/staffing/tools.ts';
import { renderBodyTree } from '../markdown/pipeline.ts';
import { documentToHtml } from '../render/document.ts';
import { AUDIENCES, CATEGORIES } from '../schemas/taxonomy.ts';
import type { SiteUrls } from './urls.ts';

/** Links shown under a mode's title on the site. */
export function siteActions(mode: FailureMode, urls: SiteUrls): ModeLink[] {
  return [
    { label: LABELS.printHandout, url: urls.handout(mode.id), className: 'button' },
    { label: LABELS.printKit, url: urls.kit(mode.id), className: 'button' },
  ];
}

/** Sections only the site adds: a prominent link to the tool that works out this mode's numbers. */
export function siteExtraSections(mode: FailureMode, urls: SiteUrls): ExtraSection[] {
  const tool = toolForMode(mode.id);
  if (!tool) return [];
  // Left out of the search index: the pitch's words ("phones", "rota") would lift these two pages
  // for searches that are about something else.
  const pitch = { ...paragraph(link(urls.asset(tool.path), `Open the ${tool.title.toLowerCase()}`), ': ', tool.pitch), data: { hProperties: { dataPagefindIgnore: '' } } };
  return [{ after: 'warning-signs', id: 'tool', label: tool.title, children: [pitch] }];
}

/** The mode page's article as HTML, from the same tree as the handbook chapter and the handout. */
export async function renderSiteModeHtml(library: Library, mode: FailureMode, urls: SiteUrls): Promise<string> {
  const byId = new Map(library.modes.map((m) => [m.id, m]));
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const body = await renderBodyTree(mode.body, mode.file, { target: 'html' });
  const tree = buildModeDocument({
    mode,
    body,
    kicker: [link(urls.category(mode.category), CATEGORIES[mode.category].label)],
    titleDepth: 1,
    audiences: mode.audiences.map((a) => AUDIENCES[a]),
    actions: siteActions(mode, urls),
    related: mode.related.flatMap((id) => {
      const other = byId.get(id);
      return other ? [{ label: other.title, url: urls.mode(id), after: other.summary }] : [];
    }),
    sources: mode.sources.map((s) => {
      const article = articles.get(s.article)!;
      const point = article.points.find((p) => p.id === s.point)!;
      return { title: article.title, url: urls.sources(article.id), point: point.label, ...(s.note ? { note: s.note } : {}) };
    }),
    extraSections: siteExtraSections(mode, urls),
  });
  return documentToHtml(tree);
}
