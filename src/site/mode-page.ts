/**
 * The site's edition of a failure mode: the one document tree (document/mode.ts) with the
 * neutral defaults, site links and a "Print handout" action, serialised to the HTML the mode page
 * shows through `render()`. Called by the content loader, once per mode and build.
 *
 * What the site's store keeps of a mode (SiteMode) is what its pages read: the validated
 * frontmatter, not the raw text, the file path or the field lines that only messages need, nor the
 * body's tree (site/raw-library.ts hands that over). Astro serialises the store to disk and into
 * the build, so it stays small.
 */
import type { Root } from 'mdast';
import { applyVariables, type FailureMode, type Library, type ModeData } from '../core/library/library.ts';
import { roleNames } from '../core/library/cross-page.ts';
import { DEFAULT_LANGUAGE, words, type Dictionary, type Language } from '../i18n/index.ts';
import { fill, fillParts } from '../i18n/format.ts';
import { buildModeDocument, type ExtraSection, type ModeLink } from '../document/mode.ts';
import { link, paragraph } from '../document/nodes.ts';
import { toolForMode } from '../core/staffing/tools.ts';
import { metricsById, metricsOnPage } from '../core/library/metric-uses.ts';
import { renderBodyTree } from '../markdown/pipeline.ts';
import { documentToHtml } from '../render/html.ts';
import type { SiteUrls } from './urls.ts';

/** Links shown under a mode's title on the site. */
export function siteActions(mode: ModeData, urls: SiteUrls, w: Dictionary = words()): ModeLink[] {
  return [
    { label: w.mode.printHandout, url: urls.handout(mode.id), className: 'button' },
    { label: w.mode.printKit, url: urls.kit(mode.id), className: 'button' },
  ];
}

/** Sections only the site adds: a prominent link to the tool that works out this mode's numbers. */
export function siteExtraSections(mode: ModeData, urls: SiteUrls, w: Dictionary = words()): ExtraSection[] {
  const tool = toolForMode(mode.id);
  if (!tool) return [];
  const open = link(
    urls.page(tool.path),
    fill(w.locale, w.site.modePage.openTool, { tool: tool.titleInSentence }),
  );
  // Left out of the search index: the pitch's words ("phones", "rota") would lift these two pages
  // for searches that are about something else.
  const pitch = {
    ...paragraph(...fillParts(w.locale, w.site.modePage.toolPitch, { link: open, pitch: tool.pitch })),
    data: { hProperties: { dataPagefindIgnore: '' } },
  };
  return [{ after: 'warning-signs', id: 'tool', label: tool.title, children: [pitch] }];
}

/**
 * The site's mode pages for one library: the lookups are made once, not once per page (at 1,000
 * modes, per page they cost a million map entries). `body` is the mode's body through remarkPlaybook
 * with the neutral defaults, as core/library/load.ts's checks leave it.
 */
export function siteModeRenderer(
  library: Library<ModeData>,
  urls: SiteUrls,
  lang: Language = DEFAULT_LANGUAGE,
): (mode: ModeData, body: Root) => string {
  const byId = new Map(library.modes.map((m) => [m.id, m]));
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const roleTitles = roleNames(library.roles);
  const metrics = metricsById(library.metrics);
  const worksheetLinks = new Map(
    library.worksheets.map((w) => [w.id, { title: w.title, url: urls.worksheet(w.id) }]),
  );
  return (mode, body) => {
    // A page not translated yet reads in English throughout, labels included; the page marks it so.
    const w = words(mode.untranslated ? DEFAULT_LANGUAGE : lang);
    const tree = buildModeDocument({
      mode,
      words: w,
      roleTitles,
      metrics: metricsOnPage(mode, metrics).map((m) => ({ ...m, url: urls.metrics(m.metric.id) })),
      body,
      kicker: [link(urls.category(mode.category), w.categories[mode.category].label)],
      titleDepth: 1,
      audiences: mode.audiences.map((a) => w.audiencesInSentence[a]),
      actions: siteActions(mode, urls, w),
      related: mode.related.flatMap((id) => {
        const other = byId.get(id);
        return other ? [{ label: other.title, url: urls.mode(id), after: other.summary }] : [];
      }),
      sources: mode.sources.map((s) => {
        const article = articles.get(s.article)!;
        const point = article.points.find((p) => p.id === s.point)!;
        return {
          title: article.title,
          url: urls.sources(article.id),
          point: point.label,
          ...(s.note ? { note: s.note } : {}),
        };
      }),
      extraSections: siteExtraSections(mode, urls, w),
      worksheetLinks,
    });
    return documentToHtml(tree);
  };
}

/** One mode page's article as HTML, parsing its body here (the loader reuses the validation's parse instead). */
export async function renderSiteModeHtml(
  library: Library<ModeData>,
  mode: FailureMode,
  urls: SiteUrls,
): Promise<string> {
  return siteModeRenderer(library, urls)(
    mode,
    await renderBodyTree(mode.body, mode.file, { target: 'html' }),
  );
}

/** A mode as the site's content store holds it (see the header comment): its body's tree is not in it (site/raw-library.ts). */
export type SiteMode = ModeData;

/** The store's copy of a mode: the neutral edition of its data, nothing else. */
export function siteMode(mode: FailureMode, words?: Dictionary): SiteMode {
  const {
    body: _body,
    file: _file,
    bodyLine: _bodyLine,
    lineOf: _lineOf,
    ...data
  } = applyVariables(mode, {}, mode.untranslated ? undefined : words?.neutral);
  return data;
}
