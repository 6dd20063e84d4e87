/**
 * The hand-over from the self-assessment: /assess/ links to /build/#from-assessment&priorities=a,b&company=X.
 * Only the fragment carries it, so it never reaches a server. Unknown ids are dropped, duplicates kept once.
 */
export const HAND_OVER_FLAG = 'from-assessment';

/** The fragment the assessment's "Build this handbook" link carries. */
export function handOverFragment(priorities: string[], company?: string): string {
  const params = new URLSearchParams({ priorities: priorities.join(',') });
  if (company?.trim()) params.set('company', company.trim());
  return `#${HAND_OVER_FLAG}&${params.toString()}`;
}

export function readHandOver(location: Location, known: ReadonlyMap<string, string>): { priorities: string[]; company?: string } | undefined {
  const hash = location.hash.slice(1);
  if (!hash.startsWith(HAND_OVER_FLAG)) return undefined;
  const params = new URLSearchParams(hash.slice(HAND_OVER_FLAG.length));
  const priorities = [...new Set((params.get('priorities') ?? '').split(',').filter((id) => known.has(id)))];
  if (priorities.length === 0) return undefined;
  const company = params.get('company')?.trim().slice(0, 200);
  return { priorities, ...(company ? { company } : {}) };
}
