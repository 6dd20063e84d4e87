/**
 * Ties in a ranking, shown as ties. A quick scan has five answers for two dozen failure modes, so
 * many modes share a score; ordering them by category or id and cutting the list at "the top five"
 * would pick chapters by a rule nobody sees. Here modes with the same shown need form one tie and a
 * tie is never cut by such a rule: the person chooses among it (the page), or all of it is taken and
 * the output says so (the command and a config without a choice). Client-safe: the /assess/ page bundles it.
 */
import type { ModeNeed } from './score.ts';

/** The need as every output shows it (a whole number of 100); ties are decided on what people see. */
export const shownNeed = (need: number) => Math.round(need);

/** Modes that share one shown need. */
export interface NeedTie<T> {
  need: number;
  modes: T[];
}

/** A ranking (most need first) as runs of equal shown need; a mode alone is a run of one. */
export function groupTies<T extends Pick<ModeNeed, 'need'>>(ranking: readonly T[]): NeedTie<T>[] {
  const groups: NeedTie<T>[] = [];
  for (const mode of ranking) {
    const need = shownNeed(mode.need);
    const last = groups.at(-1);
    if (last && last.need === need) last.modes.push(mode);
    else groups.push({ need, modes: [mode] });
  }
  return groups;
}

/**
 * Each mode's place, shared within a tie and written with "=" ("1", "2=", "2=", "4"), so a
 * printed table never suggests an order the answers do not give.
 */
export function rankLabels(ranking: readonly Pick<ModeNeed, 'need'>[]): string[] {
  const labels: string[] = [];
  for (const tie of groupTies(ranking)) {
    const place = String(labels.length + 1);
    for (const _ of tie.modes) labels.push(tie.modes.length > 1 ? `${place}=` : place);
  }
  return labels;
}

/** The tie a handbook's last places fall in: all its modes, the places left for them and how many are left out. */
export interface SplitTie<T> {
  need: number;
  modes: T[];
  /** Places left for the tied modes once the modes above them are in. */
  places: number;
  /** Modes ranked above the tie, all of them chapters. */
  above: number;
}

export interface ChapterChoice<T> {
  /** The chapters, most need first: everything above the cut, then the tied modes taken. */
  chapters: T[];
  /** Present when the cut at `top` falls inside a tie. */
  tie?: SplitTie<T>;
}

/**
 * The chapters for a handbook of `top` chapters. Whole ties above the cut are in. When the cut falls
 * inside a tie, no order the answers do not give picks among it: without `fromTie` every mode of
 * the tie is in (the config and the command say so); with it, only the tied modes a person chose.
 */
export function chooseChapters<T extends Pick<ModeNeed, 'id' | 'need'>>(
  ranking: readonly T[],
  top: number,
  fromTie?: ReadonlySet<string>,
): ChapterChoice<T> {
  const places = Math.max(1, Math.floor(top));
  const chapters: T[] = [];
  for (const tie of groupTies(ranking)) {
    if (chapters.length >= places) break;
    if (chapters.length + tie.modes.length <= places) {
      chapters.push(...tie.modes);
      continue;
    }
    const above = chapters.length;
    chapters.push(...(fromTie ? tie.modes.filter((m) => fromTie.has(m.id)) : tie.modes));
    return { chapters, tie: { need: tie.need, modes: tie.modes, places: places - above, above } };
  }
  return { chapters };
}
