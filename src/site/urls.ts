/** Site URLs in one place so links, the loader's rendered pages and tests agree. */
export function siteUrls(baseUrl: string) {
  const base = baseUrl.replace(/\/?$/, '/');
  return {
    home: () => base,
    modes: () => `${base}modes/`,
    mode: (id: string) => `${base}modes/${id}/`,
    handout: (id: string) => `${base}modes/${id}/handout/`,
    kit: (id: string) => `${base}modes/${id}/kit/`,
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
    asset: (path: string) => `${base}${path.replace(/^\//, '')}`,
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;
