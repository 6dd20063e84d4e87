import { words, type Dictionary } from '../../i18n/index.ts';
import { CATEGORY_IDS, type CategoryId } from '../../schemas/taxonomy.ts';
import type { Library, ModeData } from './library.ts';

export interface CategoryGroup<M extends ModeData = ModeData> {
  id: CategoryId;
  label: string;
  blurb: string;
  modes: M[];
}

/** Categories in their fixed order with their modes; empty categories are left out. */
export function groupByCategory<M extends ModeData>(modes: M[], w: Dictionary = words()): CategoryGroup<M>[] {
  return CATEGORY_IDS.map((id) => ({
    id,
    ...w.categories[id],
    modes: modes.filter((m) => m.category === id),
  })).filter((g) => g.modes.length > 0);
}

/** The previous and next mode within the same category, in library order. */
export function neighboursInCategory<M extends ModeData>(
  library: Library<M>,
  id: string,
): { previous?: M; next?: M } {
  let byId = neighbours.get(library) as Map<string, { previous?: M; next?: M }> | undefined;
  if (!byId) neighbours.set(library, (byId = neighboursById(library.modes)));
  return byId.get(id) ?? {};
}

// Worked out once per library: every mode page asks, and a scan per page is quadratic at 1,000 modes.
const neighbours = new WeakMap<Library<ModeData>, Map<string, { previous?: ModeData; next?: ModeData }>>();

function neighboursById<M extends ModeData>(modes: M[]): Map<string, { previous?: M; next?: M }> {
  const byId = new Map<string, { previous?: M; next?: M }>();
  for (const { modes: siblings } of groupByCategory(modes)) {
    siblings.forEach((mode, index) =>
      byId.set(mode.id, { previous: siblings[index - 1], next: siblings[index + 1] }),
    );
  }
  return byId;
}

/** Which modes cite each article, for the sources page. */
export function modesByArticle<M extends ModeData>(library: Library<M>): Map<string, M[]> {
  return new Map(
    library.articles.map((a) => [
      a.id,
      library.modes.filter((m) => m.sources.some((s) => s.article === a.id)),
    ]),
  );
}

export function findMode<M extends ModeData>(library: Library<M>, id: string): M {
  const mode = library.modes.find((m) => m.id === id);
  if (!mode) throw new Error(`No failure mode "${id}"`);
  return mode;
}
