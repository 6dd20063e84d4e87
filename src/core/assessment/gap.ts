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
import { fill, list, plural } from '../../i18n/format.ts';
import type { AssessWords } from './words.ts';

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

/** Why leadership and the front line are shown together, e.g. "only 2 people in leadership answered". */
export function describeMerge(w: AssessWords, merged: TeamGap['merged']): string {
  const { locale } = w;
  const { groupCounts, mergedWhy } = w.assess.gap;
  const groups = merged.map((m) => plural(locale, m.count, groupCounts[m.group]));
  return fill(locale, mergedWhy, { groups: list(locale, groups) });
}

/** Words the gap: a headline that never claims agreement over wide gaps, then who sees what, then the widest gaps each way. */
export function describeGap(w: AssessWords, gap: TeamGap): GapWording {
  const { locale } = w;
  const words = w.assess.gap;
  const min = MIN_PEOPLE;
  if (gap.verdict === 'too-few-people')
    return { headline: plural(locale, gap.people, words.tooFew, { min }), details: [] };
  if (gap.verdict === 'merged') {
    return {
      headline: fill(locale, words.merged, { why: describeMerge(w, gap.merged) }),
      details: [fill(locale, words.mergedDetail, { min })],
    };
  }
  if (gap.verdict === 'no-frontline') return { headline: words.noFrontline, details: [] };
  if (gap.verdict === 'no-leadership') return { headline: words.noLeadership, details: [] };
  if (gap.verdict === 'no-overlap') return { headline: words.noOverlap, details: [] };
  const figures = {
    apart: plural(locale, Math.round(gap.meanAbsolute!), words.apart),
    wide: gap.wideFrontlineHigher + gap.wideLeadershipHigher,
    compared: gap.compared,
    points: WIDE_GAP_POINTS,
  };
  const headline = fill(
    locale,
    {
      agree: words.agree,
      'frontline-higher': words.frontlineHigher,
      'leadership-higher': words.leadershipHigher,
      'both-ways': words.bothWays,
    }[gap.verdict],
    figures,
  );
  const people = (n: number) => plural(locale, n, w.assess.people);
  const details = [
    fill(locale, words.averages, {
      modes: plural(locale, gap.compared, w.assess.failureModes),
      leadership: Math.round(gap.leadership!),
      leadershipPeople: people(gap.leadershipCount),
      frontline: Math.round(gap.frontline!),
      frontlinePeople: people(gap.frontlineCount),
    }),
  ];
  // A direction is named only where some gap is big enough to matter, so agreement stays short.
  const direction = (
    sentences: { wide: string; some: string },
    wideCount: number,
    modes: readonly TeamModeNeed[],
  ) => {
    if (modes.length === 0 || Math.abs(modes[0]!.gap!) < AGREE_POINTS) return;
    const widest = modes
      .filter((m) => Math.abs(m.gap!) >= AGREE_POINTS)
      .map((m) =>
        fill(locale, words.widest, {
          mode: m.title,
          leadership: Math.round(m.leadership!),
          frontline: Math.round(m.frontline!),
        }),
      )
      .join(words.widestSeparator);
    details.push(
      fill(locale, wideCount > 0 ? sentences.wide : sentences.some, {
        points: WIDE_GAP_POINTS,
        modes: plural(locale, wideCount, w.assess.failureModes),
        widest,
      }),
    );
  };
  direction(
    { wide: words.frontlineWide, some: words.frontlineSome },
    gap.wideFrontlineHigher,
    gap.frontlineHigher,
  );
  direction(
    { wide: words.leadershipWide, some: words.leadershipSome },
    gap.wideLeadershipHigher,
    gap.leadershipHigher,
  );
  return { headline, details };
}
