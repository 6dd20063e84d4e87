import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../schemas/taxonomy.ts';
import type { FailureMode, Library } from './library.ts';

export interface CategoryGroup {
  id: CategoryId;
  label: string;
  blurb: string;
  modes: FailureMode[];
}

/** Categories in their fixed order with their modes; empty categories are left out. */
export function groupByCategory(modes: FailureMode[]): CategoryGroup[] {
  return CATEGORY_IDS.map((id) => ({ id, ...CATEGORIES[id], modes: modes.filter((m) => m.category === id) })).filter(
    (g) => g.modes.length > 0,
  );
}

/** The previous and next mode within the same category, in library order. */
export function neighboursInCategory(library: Library, id: string): { previous?: FailureMode; next?: FailureMode } {
  const mode = library.modes.find((m) => m.id === id);
  if (!mode) return {};
  const siblings = library.modes.filter((m) => m.category === mode.category);
  const index = siblings.indexOf(mode);
  return { previous: siblings[index - 1], next: siblings[index + 1] };
}

/** Which modes cite each article, for the sources page. */
export function modesByArticle(library: Library): Map<string, FailureMode[]> {
  return new Map(library.articles.map((a) => [a.id, library.modes.filter((m) => m.sources.some((s) => s.article === a.id))]));
}

export function findMode(library: Library, id: string): FailureMode {
  const mode = library.modes.find((m) => m.id === id);
  if (!mode) throw new Error(`No failure mode "${id}"`);
  return mode;
}
