/**
 * The headline of a team view: how far leadership and the front line are apart, mode by mode.
 * Averaging the signed gaps lets large disagreements in opposite directions cancel out ("broadly
 * agree" above gaps of 78 and 60 points), so the headline is built from the per-mode gaps instead:
 * the mean absolute gap, how many modes differ widely in each direction, and the widest of each.
 * One function (`describeGap`) words it for the page, the CLI table and every export.
 */
import type { CategoryId } from '../../schemas/taxonomy.ts';
import { mean, round1 } from './score.ts';
import { MIN_PEOPLE } from './limits.ts';
import type { GroupCounts, GroupId, TeamModeNeed } from './team.ts';

/** A mode whose groups are this many points apart or more counts as a wide gap. */
export const WIDE_GAP_POINTS = 20;
/** Below this mean absolute gap, with no wide gap, the two groups broadly agree. */
export const AGREE_POINTS = 10;
/** How many of the widest gaps in each direction the headline names. */
export const WIDEST_NAMED = 3;

export type GapVerdict =
  | 'too-few-people'
  | 'merged'
  | 'no-frontline'
  | 'no-leadership'
  | 'no-overlap'
  | 'agree'
  | 'frontline-higher'
  | 'leadership-higher'
  | 'both-ways';

export interface TeamGap {
  verdict: GapVerdict;
  /** People in the team. */
  people: number;
  /** Groups too small to show apart, when any (then the verdict is `merged`). */
  merged: { group: GroupId; count: number }[];
  /** People in each group. */
  leadershipCount: number;
  frontlineCount: number;
  /** Modes both groups assessed. */
  compared: number;
  /** Mean need over the compared modes, per group. */
  leadership?: number;
  frontline?: number;
  /** Mean of |front line - leadership| over the compared modes, in points. */
  meanAbsolute?: number;
  /** Modes where the front line sees at least WIDE_GAP_POINTS more need, and where leadership does. */
  wideFrontlineHigher: number;
  wideLeadershipHigher: number;
  /** The widest gaps in each direction, widest first (at most WIDEST_NAMED each). */
  frontlineHigher: TeamModeNeed[];
  leadershipHigher: TeamModeNeed[];
}

/** Who answered, as the gap needs it: how many people, per group, and the groups too small to show apart. */
export interface GapPeople {
  people: number;
  groups: GroupCounts;
  merged: { group: GroupId; count: number }[];
}

/** Measures the gap over the modes both groups assessed, when the team is large enough and no group too small. */
export function measureGap(
  modes: readonly TeamModeNeed[],
  order: readonly CategoryId[],
  who: GapPeople,
): TeamGap {
  const { leadership: leadershipCount, frontline: frontlineCount } = who.groups;
  const compared = modes.filter((m) => m.gap !== undefined);
  const byWidth = (a: TeamModeNeed, b: TeamModeNeed) =>
    Math.abs(b.gap!) - Math.abs(a.gap!) ||
    order.indexOf(a.category) - order.indexOf(b.category) ||
    (a.id < b.id ? -1 : 1);
  const up = compared.filter((m) => m.gap! > 0).sort(byWidth);
  const down = compared.filter((m) => m.gap! < 0).sort(byWidth);
  const wideUp = up.filter((m) => m.gap! >= WIDE_GAP_POINTS).length;
  const wideDown = down.filter((m) => -m.gap! >= WIDE_GAP_POINTS).length;
  const base = {
    people: who.people,
    merged: who.merged,
    leadershipCount,
    frontlineCount,
    compared: compared.length,
    wideFrontlineHigher: wideUp,
    wideLeadershipHigher: wideDown,
    frontlineHigher: up.slice(0, WIDEST_NAMED),
    leadershipHigher: down.slice(0, WIDEST_NAMED),
  };
  if (who.people < MIN_PEOPLE) return { ...base, verdict: 'too-few-people' };
  if (who.merged.length > 0) return { ...base, verdict: 'merged' };
  if (frontlineCount === 0) return { ...base, verdict: 'no-frontline' };
  if (leadershipCount === 0) return { ...base, verdict: 'no-leadership' };
  if (compared.length === 0) return { ...base, verdict: 'no-overlap' };
  const meanAbsolute = round1(mean(compared.map((m) => Math.abs(m.gap!))));
  const upTotal = up.reduce((sum, m) => sum + m.gap!, 0);
  const downTotal = down.reduce((sum, m) => sum - m.gap!, 0);
  let verdict: GapVerdict;
  if (wideUp > 0 && wideDown > 0) verdict = 'both-ways';
  else if (wideUp > 0) verdict = 'frontline-higher';
  else if (wideDown > 0) verdict = 'leadership-higher';
  else if (meanAbsolute < AGREE_POINTS) verdict = 'agree';
  // No single wide gap but a clear average distance: one direction only if it clearly dominates.
  else
    verdict =
      upTotal >= 2 * downTotal
        ? 'frontline-higher'
        : downTotal >= 2 * upTotal
          ? 'leadership-higher'
          : 'both-ways';
  return {
    ...base,
    verdict,
    leadership: round1(mean(compared.map((m) => m.leadership!))),
    frontline: round1(mean(compared.map((m) => m.frontline!))),
    meanAbsolute,
  };
}

/** The headline and the sentences under it, as plain text. */
export interface GapWording {
  headline: string;
  details: string[];
}

const modes = (n: number) => `${n} failure mode${n === 1 ? '' : 's'}`;
const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const GROUP_PLACES: Record<GroupId, string> = {
  leadership: 'in leadership',
  frontline: 'from the front line',
  other: 'with the role “Other”',
};
const listed = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Why leadership and the front line are shown together, e.g. "only 2 people in leadership answered". */
export function describeMerge(merged: TeamGap['merged']): string {
  return `only ${listed(merged.map((m) => `${people(m.count)} ${GROUP_PLACES[m.group]}`))} answered`;
}
const named = (list: readonly TeamModeNeed[]) =>
  list
    .map(
      (m) => `${m.title} (leadership ${Math.round(m.leadership!)}, front line ${Math.round(m.frontline!)})`,
    )
    .join('; ');

/** Words the gap: a headline that never claims agreement over wide gaps, then who sees what, then the widest gaps each way. */
export function describeGap(gap: TeamGap): GapWording {
  if (gap.verdict === 'too-few-people') {
    return {
      headline: `Answers from ${gap.people === 1 ? 'one person' : people(gap.people)} so far: the team's results show from ${MIN_PEOPLE} people on, so that no one's answers can be read on their own`,
      details: [],
    };
  }
  if (gap.verdict === 'merged') {
    return {
      headline: `Leadership and the front line are shown together, because ${describeMerge(gap.merged)}`,
      details: [
        `A group is shown apart only from ${MIN_PEOPLE} people on, so that no one's answers can be worked out from its figures; everyone's answers count in the team's figures below.`,
      ],
    };
  }
  if (gap.verdict === 'no-frontline')
    return {
      headline: 'No frontline answers yet, so leadership and the front line cannot be compared',
      details: [],
    };
  if (gap.verdict === 'no-leadership')
    return {
      headline: 'No leader or manager answers yet, so leadership and the front line cannot be compared',
      details: [],
    };
  if (gap.verdict === 'no-overlap')
    return {
      headline: 'Leadership and the front line rated different failure modes, so they cannot be compared yet',
      details: [],
    };
  const distance = Math.round(gap.meanAbsolute!);
  const apart = `${distance} point${distance === 1 ? '' : 's'} apart per failure mode on average`;
  const wide = gap.wideFrontlineHigher + gap.wideLeadershipHigher;
  const headline = {
    agree: `Leadership and the front line broadly agree: ${apart}, and no failure mode differs by ${WIDE_GAP_POINTS} points or more`,
    'frontline-higher': `The front line sees more need than leadership: ${apart}, ${wide} of ${gap.compared} failure modes ${WIDE_GAP_POINTS} or more points apart`,
    'leadership-higher': `Leadership sees more need than the front line: ${apart}, ${wide} of ${gap.compared} failure modes ${WIDE_GAP_POINTS} or more points apart`,
    'both-ways': `Leadership and the front line disagree in both directions: ${apart}, ${wide} of ${gap.compared} failure modes ${WIDE_GAP_POINTS} or more points apart`,
  }[gap.verdict];
  const details = [
    `Average need over the ${modes(gap.compared)} both groups rated: leadership ${Math.round(gap.leadership!)} of 100 (${people(gap.leadershipCount)}), front line ${Math.round(gap.frontline!)} of 100 (${people(gap.frontlineCount)}).`,
  ];
  // A direction is named only where some gap is big enough to matter, so agreement stays short.
  const direction = (who: string, wideCount: number, list: readonly TeamModeNeed[]) => {
    if (list.length === 0 || Math.abs(list[0]!.gap!) < AGREE_POINTS) return;
    const lead =
      wideCount > 0
        ? `${who} sees ${WIDE_GAP_POINTS} or more points more need on ${modes(wideCount)}`
        : `${who} sees somewhat more need on some failure modes`;
    details.push(`${lead}. Widest: ${named(list.filter((m) => Math.abs(m.gap!) >= AGREE_POINTS))}.`);
  };
  direction('The front line', gap.wideFrontlineHigher, gap.frontlineHigher);
  direction('Leadership', gap.wideLeadershipHigher, gap.leadershipHigher);
  return { headline, details };
}
