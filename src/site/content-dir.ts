import { resolve } from 'node:path';

/**
 * The content folder the site is built from. Astro runs from the project root (the bundled page
 * code no longer sits beside src/core); PLAYBOOK_CONTENT_DIR lets the benchmark build synthetic
 * libraries without touching content/.
 */
export function contentDir(): string {
  return resolve(process.env.PLAYBOOK_CONTENT_DIR ?? 'content');
}
