/**
 * A team's combined answers: mean need per mode, disagreement, the leadership-vs-front-line gap,
 * and the same person's answers given twice counted once. What it returns is what every output may
 * show (page, printout, Markdown, JSON, config), so the anonymity rules live here, once: no figure
 * from fewer than MIN_PEOPLE people, and no per-person list. Client-safe (type imports from schemas
 * only), like `assessment.ts`.
 */
import type { AnswersFile } from '../../schemas/assessment.ts';
import type { RespondentRole } from '../../schemas/respondent-roles.ts';
import {
  mean,
  rankModes,
  round1,
  scoreCategories,
  scoreRespondent,
  type AssessmentModel,
  type CategoryNeed,
  type Depth,
  type ModeNeed,
} from './score.ts';
import { measureGap, type TeamGap } from './gap.ts';
import { MIN_PEOPLE } from './limits.ts';
import { fill } from '../../i18n/format.ts';
import type { AssessWords } from './words.ts';

/** Roles that count as leadership when a team's view is compared with the front line's. */
export const LEADERSHIP_ROLES: readonly RespondentRole[] = ['leader', 'manager'];
/** Roles that count as the front line. */
export const FRONTLINE_ROLES: readonly RespondentRole[] = ['frontline'];
/** Spread, in points, from which a mode counts as one the team disagrees on. */
export const DISAGREEMENT_POINTS = 25;
export { MIN_PEOPLE };

/** The groups a team is split into: leadership and the front line are compared; other roles count only in the team. */
export type GroupId = 'leadership' | 'frontline' | 'other';
export type GroupCounts = Record<GroupId, number>;

export const groupOf = (role: RespondentRole): GroupId =>
  LEADERSHIP_ROLES.includes(role) ? 'leadership' : FRONTLINE_ROLES.includes(role) ? 'frontline' : 'other';

/**
 * Which groups may be shown apart. Every group must be empty or have MIN_PEOPLE people: the team's
 * mean and the shown groups' means would otherwise give a small group's mean by subtraction (with
 * three leaders, three front-line staff and one "other", that one person's answers).
 */
export function groupsShownApart(counts: GroupCounts): Record<'leadership' | 'frontline', boolean> {
  const safe = (['leadership', 'frontline', 'other'] as const).every(
    (g) => counts[g] === 0 || counts[g] >= MIN_PEOPLE,
  );
  return { leadership: safe && counts.leadership > 0, frontline: safe && counts.frontline > 0 };
}

/** The groups of one to MIN_PEOPLE - 1 people, which keep leadership and the front line from being shown apart. */
export function smallGroups(counts: GroupCounts): { group: GroupId; count: number }[] {
  return (['leadership', 'frontline', 'other'] as const).flatMap((group) =>
    counts[group] > 0 && counts[group] < MIN_PEOPLE ? [{ group, count: counts[group] }] : [],
  );
}

/** One mode as the whole team sees it; only modes rated by at least MIN_PEOPLE people are shown. */
export interface TeamModeNeed extends ModeNeed {
  /** How many people assessed the mode. */
  respondents: number;
  /** True when people's scores are DISAGREEMENT_POINTS or more apart; the spread itself is not shown, it would point at people. */
  split: boolean;
  /** Mean need among leaders and managers, when at least MIN_PEOPLE of them rated it and the groups may be shown apart. */
  leadership?: number;
  /** Mean need among frontline staff, on the same terms. */
  frontline?: number;
  /** `frontline - leadership`: positive when the front line sees more need than leadership does. */
  gap?: number;
}

export interface TeamResult {
  /** People counted (the same person's answers given twice count once). */
  people: number;
  /** People per group. */
  groups: GroupCounts;
  /** True from MIN_PEOPLE people on; below it the ranking, categories and disagreements stay empty. */
  enough: boolean;
  /** Groups too small to be shown apart (one or two people); when any, every figure is the whole team's. */
  merged: { group: GroupId; count: number }[];
  /** Everyone's names in alphabetical order, only when every person gave one; never tied to answers or roles. */
  names?: string[];
  /** The first company name any file gives. */
  company?: string;
  /** Modes rated by at least MIN_PEOPLE people, by mean need, most first (ties as in one person's ranking). */
  ranking: TeamModeNeed[];
  /** How many modes some people rated but fewer than MIN_PEOPLE, left out of every figure. */
  fewRaters: number;
  categories: CategoryNeed[];
  gap: TeamGap;
  /** Modes the team disagrees on most (scores DISAGREEMENT_POINTS or more apart), widest first (at most 5). */
  disagreements: TeamModeNeed[];
}

const depthOf = (depths: readonly Depth[]): Depth =>
  depths.every((d) => d === 'quick') ? 'quick' : depths.every((d) => d === 'deep') ? 'deep' : 'mixed';

type Person = { group: GroupId; needs: Map<string, ModeNeed> };

/** One mode from the people who rated it, or nothing when fewer than MIN_PEOPLE did. */
function combineMode(
  mode: AssessmentModel['modes'][number],
  people: readonly Person[],
  allowApart: boolean,
): (TeamModeNeed & { spread: number }) | undefined {
  const raters = people.flatMap((p) => {
    const need = p.needs.get(mode.id);
    return need ? [{ group: p.group, need }] : [];
  });
  if (raters.length < MIN_PEOPLE) return undefined;
  const needs = raters.map((r) => r.need.need);
  const counts: GroupCounts = { leadership: 0, frontline: 0, other: 0 };
  for (const r of raters) counts[r.group]++;
  const apart = groupsShownApart(counts);
  const groupMean = (group: 'leadership' | 'frontline') =>
    allowApart && apart[group]
      ? round1(mean(raters.filter((r) => r.group === group).map((r) => r.need.need)))
      : undefined;
  const leadership = groupMean('leadership');
  const frontline = groupMean('frontline');
  let lowest = Infinity;
  let highest = -Infinity;
  for (const n of needs) [lowest, highest] = [Math.min(lowest, n), Math.max(highest, n)];
  const spread = highest - lowest;
  return {
    id: mode.id,
    title: mode.title,
    category: mode.category,
    need: round1(mean(needs)),
    answered: raters.reduce((sum, r) => sum + r.need.answered, 0),
    questions: mode.questions,
    ticked: raters.reduce((sum, r) => sum + r.need.ticked, 0),
    signs: mode.signs,
    depth: depthOf(raters.map((r) => r.need.depth)),
    respondents: raters.length,
    split: spread >= DISAGREEMENT_POINTS,
    spread,
    ...(leadership !== undefined ? { leadership } : {}),
    ...(frontline !== undefined ? { frontline } : {}),
    ...(leadership !== undefined && frontline !== undefined ? { gap: round1(frontline - leadership) } : {}),
  };
}

/**
 * Combines several people's answers into figures that never show one person's answers: nothing
 * below MIN_PEOPLE people, a mode only when MIN_PEOPLE rated it, and leadership and the front line
 * apart only when no group is smaller than MIN_PEOPLE (see groupsShownApart).
 */
export function combineTeam(model: AssessmentModel, files: readonly AnswersFile[]): TeamResult {
  const people: Person[] = files.map((file) => ({
    group: groupOf(file.respondent.role),
    needs: new Map(scoreRespondent(model, file).ranking.map((n) => [n.id, n])),
  }));
  const groups: GroupCounts = { leadership: 0, frontline: 0, other: 0 };
  for (const p of people) groups[p.group]++;
  const enough = people.length >= MIN_PEOPLE;
  const merged = enough ? smallGroups(groups) : [];
  const rated = model.modes.filter((mode) => people.some((p) => p.needs.has(mode.id)));
  // A group too small team-wide is merged everywhere, so the headline and every row tell one story.
  const combined = enough
    ? rated.flatMap((mode) => combineMode(mode, people, merged.length === 0) ?? [])
    : [];
  const order = model.categories.map((c) => c.id);
  const bySpread = (a: (typeof combined)[number], b: (typeof combined)[number]) =>
    b.spread - a.spread || order.indexOf(a.category) - order.indexOf(b.category) || (a.id < b.id ? -1 : 1);
  const disagreements = combined
    .filter((m) => m.split)
    .sort(bySpread)
    .slice(0, 5);
  // The spread is only for ordering: the figures shown carry `split`, never the spread itself.
  const strip = ({ spread: _, ...mode }: (typeof combined)[number]): TeamModeNeed => mode;
  const modes = combined.map(strip);
  const company = files.find((f) => f.company)?.company;
  const named = files.length > 0 && files.every((f) => f.respondent.name.trim() !== '');
  return {
    people: people.length,
    groups,
    enough,
    merged,
    ...(named
      ? { names: files.map((f) => f.respondent.name.trim()).sort((a, b) => a.localeCompare(b, 'en')) }
      : {}),
    ...(company ? { company } : {}),
    ranking: rankModes(modes, order),
    fewRaters: enough ? rated.length - modes.length : 0,
    categories: scoreCategories(model, modes),
    gap: measureGap(modes, order, { people: people.length, groups, merged }),
    disagreements: disagreements.map(strip),
  };
}

/** One person's answers and where they came from (a file path or "code 3"). */
export interface AnswersEntry {
  source: string;
  answers: AnswersFile;
}

/** A stable text of what a person answered, so two copies of the same answers compare equal. */
function fingerprintAnswers(a: AnswersFile): string {
  const sorted = (record: Record<string, unknown>) =>
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k]]);
  const answers = sorted(a.answers).map(([id, byQuestion]) => [
    id,
    sorted(byQuestion as Record<string, number>),
  ]);
  const signs = sorted(a.warningSigns).map(([id, list]) => [
    id,
    [...(list as number[])].sort((x, y) => x - y),
  ]);
  return JSON.stringify([a.respondent.role, a.respondent.name, a.company ?? '', answers, signs]);
}

/**
 * The same person's answers given twice are counted once. Two entries are the same person when
 * they carry the same respondent id (taken again or sent twice: the later entry wins), or, when
 * either has no id (a hand-made or older file), when they hold identical answers. Two different
 * ids are two people, even with identical answers. Returns the entries kept (in the order last given) and a note
 * for every entry left out.
 */
export function dedupeAnswers(
  w: AssessWords,
  entries: readonly AnswersEntry[],
): { kept: AnswersEntry[]; notes: string[] } {
  const kept: { entry: AnswersEntry; fingerprint: string }[] = [];
  const notes: string[] = [];
  for (const entry of entries) {
    const fingerprint = fingerprintAnswers(entry.answers);
    const id = entry.answers.respondent.id;
    const index = kept.findIndex((k) => {
      const other = k.entry.answers.respondent.id;
      return id && other ? id === other : k.fingerprint === fingerprint;
    });
    if (index === -1) {
      kept.push({ entry, fingerprint });
      continue;
    }
    const earlier = kept[index]!.entry;
    const { sameAnswers, samePerson } = w.assess.duplicates;
    notes.push(
      fill(w.locale, kept[index]!.fingerprint === fingerprint ? sameAnswers : samePerson, {
        source: entry.source,
        earlier: earlier.source,
      }),
    );
    kept.splice(index, 1);
    kept.push({ entry, fingerprint });
  }
  return { kept: kept.map((k) => k.entry), notes };
}
