/**
 * Site URLs in one place so links, the loader's rendered pages and tests agree. Every address
 * starts with the base path the site is built under (Astro's `base`, from PLAYBOOK_SITE_URL), so
 * a page, script or data file the site points at must come from here: a new page gets its own
 * entry (or `asset('path/')`), never a hand-written `/path/`. Pages use the `urls` of
 * src/site/library.ts; tests/unit/base-path.test.ts fails on a root address written by hand.
 */
export function siteUrls(baseUrl: string) {
  const base = baseUrl.replace(/\/?$/, '/');
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
    /** Any other file or page of the site, e.g. `asset('pagefind/pagefind.js')`. */
    asset: (path: string) => `${base}${path.replace(/^\//, '')}`,
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;
