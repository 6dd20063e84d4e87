/**
 * The site's edition of a failure mode: the one document tree (core/mode-document.ts) with the
 * neutral defaults, site links and a "Print handout" action, serialised to the HTML the mode page
 * shows through `render()`. Called by the content loader, once per mode and build.
 */
import type { Library, FailureMode } from '../core/library.ts';
import { LABELS } from '../core/labels.ts';
import { buildModeDocument, type ExtraSection, type ModeLink } from '../core/mode-document.ts';
import { link } from '../core/document.ts';
import { renderBodyTree } from '../markdown/pipeline.ts';
import { documentToHtml } from '../render/document.ts';
import { AUDIENCES, CATEGORIES } from '../schemas/taxonomy.ts';
import type { SiteUrls } from './urls.ts';

/** Links shown under a mode's title on the site. A kit or tool link for a mode goes here. */
export function siteActions(mode: FailureMode, urls: SiteUrls): ModeLink[] {
  return [{ label: LABELS.printHandout, url: urls.handout(mode.id), className: 'button' }];
}

/** Sections other features add to a mode's site page (none yet); see ExtraSection. */
export function siteExtraSections(_mode: FailureMode, _urls: SiteUrls): ExtraSection[] {
  return [];
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
