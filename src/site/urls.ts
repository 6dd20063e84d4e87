/**
 * Site URLs in one place so links, the loader's rendered pages and tests agree. Every address
 * starts with the base path the site is built under (Astro's `base`, from PLAYBOOK_SITE_URL), so
 * a page, script or data file the site points at must come from here: a new page gets its own
 * entry (or `asset('path/')`), never a hand-written `/path/`. Pages use the `urls` of
 * src/site/library.ts; tests/unit/base-path.test.ts fails on a root address written by hand.
 */
import { DEFAULT_LANGUAGE, type Language } from '../i18n/index.ts';

export function siteUrls(baseUrl: string, language: Language = DEFAULT_LANGUAGE) {
  const root = baseUrl.replace(/\/?$/, '/');
  // English at the root, every other language under its code: /es/modes/… (assets stay at the root).
  const base = language === DEFAULT_LANGUAGE ? root : `${root}${language}/`;
  return {
    home: () => base,
    modes: () => `${base}modes/`,
    mode: (id: string) => `${base}modes/${id}/`,
    handout: (id: string) => `${base}modes/${id}/handout/`,
    kit: (id: string) => `${base}modes/${id}/kit/`,
    worksheets: () => `${base}worksheets/`,
    worksheet: (id: string) => `${base}worksheets/${id}/`,
    category: (id: string) => `${base}categories/${id}/`,
    sources: (articleId?: string) => `${base}sources/${articleId ? `#${articleId}` : ''}`,
    metrics: (metricId?: string) => `${base}metrics/${metricId ? `#${metricId}` : ''}`,
    pulse: (itemId?: string) => `${base}pulse/${itemId ? `#${itemId}` : ''}`,
    search: () => `${base}search/`,
    assess: () => `${base}assess/`,
    handbook: () => `${base}handbook/`,
    print: () => `${base}print/`,
    build: () => `${base}build/`,
    guide: (id: string) => `${base}guides/${id}/`,
    staffing: () => `${base}tools/staffing/`,
    /** Another page of this language, by its path below the language's root, e.g. `page('tools/staffing/')`. */
    page: (path: string) => `${base}${path.replace(/^\//, '')}`,
    /** A file shared by every language, e.g. `asset('pagefind/pagefind.js')`. */
    asset: (path: string) => `${root}${path.replace(/^\//, '')}`,
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;
