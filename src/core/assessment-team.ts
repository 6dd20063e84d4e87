/**
 * A team's combined answers: mean need per mode, disagreement, the leadership-vs-front-line gap,
 * labels that keep people anonymous, and the same person's answers given twice counted once.
 * Client-safe (type imports from schemas only), like `assessment.ts`.
 */
import type { AnswersFile, RespondentRole } from '../schemas/assessment.ts';
import { RESPONDENT_ROLES } from '../schemas/respondent-roles.ts';
import { mean, rankModes, round1, scoreCategories, scoreRespondent, type AssessmentModel, type CategoryNeed, type Depth, type ModeNeed } from './assessment.ts';
import { measureGap, type TeamGap } from './assessment-gap.ts';

/** Roles that count as leadership when a team's view is compared with the front line's. */
export const LEADERSHIP_ROLES: readonly RespondentRole[] = ['leader', 'manager'];
/** Roles that count as the front line. */
export const FRONTLINE_ROLES: readonly RespondentRole[] = ['frontline'];
/** Spread, in points, from which a mode counts as one the team disagrees on. */
export const DISAGREEMENT_POINTS = 25;

/** One mode as the whole team sees it. */
export interface TeamModeNeed extends ModeNeed {
  /** How many people assessed the mode. */
  respondents: number;
  /** Highest need minus lowest need among the people who assessed it: how much they disagree. */
  spread: number;
  /** Mean need among leaders and managers, when any assessed the mode. */
  leadership?: number;
  /** Mean need among frontline staff, when any assessed the mode. */
  frontline?: number;
  /** `frontline - leadership`: positive when the front line sees more need than leadership does. */
  gap?: number;
}

export interface TeamRespondent {
  /** The person's name when everyone in the team gave one, else their role ("Frontline 2"). */
  label: string;
  role: RespondentRole;
  answered: number;
  depth: Depth;
}

export interface TeamResult {
  respondents: TeamRespondent[];
  /** True when every person gave a name, so labels are names; otherwise nobody's name is shown. */
  named: boolean;
  /** The first company name any file gives. */
  company?: string;
  /** Assessed modes by mean need, most first, with the same tie rules as one person's ranking. */
  ranking: TeamModeNeed[];
  categories: CategoryNeed[];
  gap: TeamGap;
  /** Modes the team disagrees on most (spread of 25 points or more), widest first (at most 5). */
  disagreements: TeamModeNeed[];
}

/**
 * Names only when everyone gave one: front-line staff answer honestly only when they cannot be
 * picked out, and one named person among anonymous ones would single the others out by role.
 */
export function respondentLabels(files: readonly Pick<AnswersFile, 'respondent'>[]): { labels: string[]; named: boolean } {
  const named = files.length > 0 && files.every((f) => f.respondent.name.trim() !== '');
  if (named) return { labels: files.map((f) => f.respondent.name.trim()), named };
  const totals = new Map<RespondentRole, number>();
  for (const f of files) totals.set(f.respondent.role, (totals.get(f.respondent.role) ?? 0) + 1);
  const seen = new Map<RespondentRole, number>();
  const labels = files.map(({ respondent: { role } }) => {
    const n = (seen.get(role) ?? 0) + 1;
    seen.set(role, n);
    return totals.get(role)! > 1 ? `${RESPONDENT_ROLES[role]} ${n}` : RESPONDENT_ROLES[role];
  });
  return { labels, named };
}

const depthOf = (depths: readonly Depth[]): Depth => (depths.every((d) => d === 'quick') ? 'quick' : depths.every((d) => d === 'deep') ? 'deep' : 'mixed');

/** Combines several people's answers: mean need per mode, disagreement, and the leadership-vs-front-line gap. */
export function combineTeam(model: AssessmentModel, files: readonly AnswersFile[]): TeamResult {
  const people = files.map((file) => ({ role: file.respondent.role, needs: new Map(scoreRespondent(model, file).ranking.map((n) => [n.id, n])) }));
  const groupMean = (mode: string, roles: readonly RespondentRole[]) => {
    const values = people.filter((p) => roles.includes(p.role)).flatMap((p) => p.needs.get(mode)?.need ?? []);
    return values.length > 0 ? round1(mean(values)) : undefined;
  };
  const modes: TeamModeNeed[] = model.modes.flatMap((mode) => {
    const own = people.flatMap((p) => p.needs.get(mode.id) ?? []);
    if (own.length === 0) return [];
    const needs = own.map((n) => n.need);
    const leadership = groupMean(mode.id, LEADERSHIP_ROLES);
    const frontline = groupMean(mode.id, FRONTLINE_ROLES);
    let lowest = Infinity;
    let highest = -Infinity;
    for (const n of needs) [lowest, highest] = [Math.min(lowest, n), Math.max(highest, n)];
    return [
      {
        id: mode.id,
        title: mode.title,
        category: mode.category,
        need: round1(mean(needs)),
        answered: own.reduce((sum, n) => sum + n.answered, 0),
        questions: mode.questions,
        ticked: own.reduce((sum, n) => sum + n.ticked, 0),
        signs: mode.signs,
        depth: depthOf(own.map((n) => n.depth)),
        respondents: own.length,
        spread: round1(highest - lowest),
        ...(leadership !== undefined ? { leadership } : {}),
        ...(frontline !== undefined ? { frontline } : {}),
        ...(leadership !== undefined && frontline !== undefined ? { gap: round1(frontline - leadership) } : {}),
      },
    ];
  });
  const order = model.categories.map((c) => c.id);
  const bySpread = (a: TeamModeNeed, b: TeamModeNeed) => b.spread - a.spread || order.indexOf(a.category) - order.indexOf(b.category) || (a.id < b.id ? -1 : 1);
  const company = files.find((f) => f.company)?.company;
  const { labels, named } = respondentLabels(files);
  return {
    respondents: people.map((p, i) => {
      const needs = [...p.needs.values()];
      return { label: labels[i]!, role: p.role, answered: needs.reduce((sum, n) => sum + n.answered, 0), depth: needs.length > 0 ? depthOf(needs.map((n) => n.depth)) : 'quick' };
    }),
    named,
    ...(company ? { company } : {}),
    ranking: rankModes(modes, order),
    categories: scoreCategories(model, modes),
    gap: measureGap(
      modes,
      order,
      people.filter((p) => LEADERSHIP_ROLES.includes(p.role)).length,
      people.filter((p) => FRONTLINE_ROLES.includes(p.role)).length,
    ),
    disagreements: modes.filter((m) => m.spread >= DISAGREEMENT_POINTS && m.respondents > 1).sort(bySpread).slice(0, 5),
  };
}

/** One person's answers and where they came from (a file path or "code 3"). */
export interface AnswersEntry {
  source: string;
  answers: AnswersFile;
}

/** A stable text of what a person answered, so two copies of the same answers compare equal. */
function fingerprintAnswers(a: AnswersFile): string {
  const sorted = (record: Record<string, unknown>) => Object.keys(record).sort().map((k) => [k, record[k]]);
  const answers = sorted(a.answers).map(([id, byQuestion]) => [id, sorted(byQuestion as Record<string, number>)]);
  const signs = sorted(a.warningSigns).map(([id, list]) => [id, [...(list as number[])].sort((x, y) => x - y)]);
  return JSON.stringify([a.respondent.role, a.respondent.name, a.company ?? '', answers, signs]);
}

/**
 * The same person's answers given twice are counted once. Two entries are the same person when
 * they carry the same respondent id (taken again or sent twice: the later entry wins), or, when
 * either has no id (a hand-made or older file), when they hold identical answers. Two different
 * ids are two people, even with identical answers. Returns the entries kept (in the order last given) and a note
 * for every entry left out.
 */
export function dedupeAnswers(entries: readonly AnswersEntry[]): { kept: AnswersEntry[]; notes: string[] } {
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
    notes.push(
      kept[index]!.fingerprint === fingerprint
        ? `${entry.source} has the same answers as ${earlier.source}, so they were counted once`
        : `${entry.source} and ${earlier.source} come from the same person, so they were counted once (using ${entry.source}, the later one)`,
    );
    kept.splice(index, 1);
    kept.push({ entry, fingerprint });
  }
  return { kept: kept.map((k) => k.entry), notes };
}
