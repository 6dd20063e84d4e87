import { loadLibrary } from '../core/load.ts';
import { contentDir } from './content-dir.ts';
import { applyVariables, type Library } from '../core/library.ts';

let cached: Promise<Library> | undefined;

/** The validated library, loaded once per build and shared by every page. */
export function getLibrary(): Promise<Library> {
  // The site is the neutral edition: every company variable shows its default wording.
  cached ??= loadLibrary(contentDir()).then((library) => ({ ...library, modes: library.modes.map((m) => applyVariables(m, {})) }));
  return cached;
}

/** Site URLs in one place so links and tests agree. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
export const urls = {
  home: () => base,
  modes: () => `${base}modes/`,
  mode: (id: string) => `${base}modes/${id}/`,
  handout: (id: string) => `${base}modes/${id}/handout/`,
  kit: (id: string) => `${base}modes/${id}/kit/`,
  category: (id: string) => `${base}categories/${id}/`,
  sources: (articleId?: string) => `${base}sources/${articleId ? `#${articleId}` : ''}`,
  search: () => `${base}search/`,
  assess: () => `${base}assess/`,
  handbook: () => `${base}handbook/`,
  asset: (path: string) => `${base}${path.replace(/^\//, '')}`,
};
