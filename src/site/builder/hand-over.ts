/**
 * The hand-over from the self-assessment: /assess/ links to /build/#from-assessment&priorities=a,b&company=X.
 * Only the fragment carries it, so it never reaches a server. Unknown ids are dropped, duplicates kept once.
 * A draft the person already shaped is never overwritten without asking (builder-start.ts asks).
 */
import type { BuilderState } from './state.ts';

export const HAND_OVER_FLAG = 'from-assessment';

/** The fragment the assessment's "Build this handbook" link carries. */
export function handOverFragment(priorities: string[], company?: string): string {
  const params = new URLSearchParams({ priorities: priorities.join(',') });
  if (company?.trim()) params.set('company', company.trim());
  return `#${HAND_OVER_FLAG}&${params.toString()}`;
}

export function readHandOver(
  location: Location,
  known: ReadonlyMap<string, string>,
): { priorities: string[]; company?: string } | undefined {
  const hash = location.hash.slice(1);
  if (!hash.startsWith(HAND_OVER_FLAG)) return undefined;
  const params = new URLSearchParams(hash.slice(HAND_OVER_FLAG.length));
  const priorities = [...new Set((params.get('priorities') ?? '').split(',').filter((id) => known.has(id)))];
  if (priorities.length === 0) return undefined;
  const company = params.get('company')?.trim().slice(0, 200);
  return { priorities, ...(company ? { company } : {}) };
}

export type HandOver = NonNullable<ReturnType<typeof readHandOver>>;

/** What taking a hand-over as it is would overwrite in a draft: chapters the person chose, a company name they typed. */
export function handOverConflict(
  draft: Pick<BuilderState, 'priorities' | 'company'>,
  handOver: HandOver,
): { chapters: boolean; company: boolean } {
  const company = draft.company.trim();
  return {
    chapters: draft.priorities.length > 0 && draft.priorities.join(',') !== handOver.priorities.join(','),
    company: company !== '' && handOver.company !== undefined && company !== handOver.company,
  };
}

/**
 * The draft with the hand-over taken in. `replace`: the assessment's chapters in rank order, and its
 * company name when it has one. `merge`: the draft's chapters in the person's order, then the
 * assessment's others in rank order; the draft's company name, or the assessment's when it has none.
 */
export function applyHandOver(
  state: BuilderState,
  handOver: HandOver,
  how: 'replace' | 'merge',
): BuilderState {
  if (how === 'replace')
    return {
      ...state,
      priorities: handOver.priorities,
      ...(handOver.company ? { company: handOver.company } : {}),
    };
  const added = handOver.priorities.filter((id) => !state.priorities.includes(id));
  return {
    ...state,
    priorities: [...state.priorities, ...added],
    company: state.company.trim() || handOver.company || state.company,
  };
}
