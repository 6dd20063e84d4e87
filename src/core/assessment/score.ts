/**
 * Scoring the self-assessment for one person. Shared by the /assess/ page (in the browser) and
 * `playbook assess`; the team view, the answer code and the config build on it in their own modules.
 *
 * Only type imports from the schemas: this module is bundled into the page's script, and a runtime
 * import of a schema file would pull zod into every visit. Building the model from the library
 * (which needs the schema's `headlineStatement`) lives in `assessment-model.ts`, used at build time.
 */
import type { AnswersFile } from '../../schemas/assessment.ts';
import type { RespondentRole } from '../../schemas/respondent-roles.ts';
import type { CategoryId } from '../../schemas/taxonomy.ts';
import { fill } from '../../i18n/format.ts';
import type { AssessWords } from './words.ts';

/** What scoring needs to know about one failure mode; small enough to embed in the page. */
export interface AssessmentMode {
  id: string;
  title: string;
  category: CategoryId;
  /** How many diagnostic statements the mode has. */
  questions: number;
  /** How many warning signs the mode has. */
  signs: number;
  /** Position of the statement the quick scan asks (the headline statement). */
  headline: number;
  /** Positions of reverse-keyed statements: agreeing with them is the unhealthy answer. */
  reversed: number[];
}

/** The modes in library order and the categories in reading order. */
export interface AssessmentModel {
  modes: AssessmentMode[];
  /** Each category's name as a heading (`label`) and inside a sentence (`inSentence`). */
  categories: { id: CategoryId; label: string; inSentence: string }[];
}

/**
 * How deeply a mode was assessed: `quick` when only the quick scan's headline statement was rated,
 * `deep` when more statements were rated or warning signs ticked; for a team, `mixed` when people differ.
 */
export type Depth = 'quick' | 'deep' | 'mixed';

/** One mode's need, 0 (no need) to 100 (urgent), from one person or a team. */
export interface ModeNeed {
  id: string;
  title: string;
  category: CategoryId;
  /** 0 to 100, one decimal. */
  need: number;
  /** Statements answered (for a team: answers given, summed over people). */
  answered: number;
  questions: number;
  /** Warning signs ticked (for a team: summed over people). */
  ticked: number;
  signs: number;
  depth: Depth;
}

export interface CategoryNeed {
  id: CategoryId;
  label: string;
  inSentence: string;
  /** Mean need of the category's assessed modes; undefined when none was assessed. */
  need?: number;
  /** How many of its modes were assessed. */
  assessed: number;
  modes: number;
}

export interface RespondentResult {
  name: string;
  role: RespondentRole;
  company?: string;
  /** Assessed modes, most need first. */
  ranking: ModeNeed[];
  categories: CategoryNeed[];
  /** Statements answered and statements in all. */
  answered: number;
  questions: number;
}

/**
 * How far ticking every warning sign of a mode moves its need towards 100 (a fifth of the way).
 * Signs only ever raise the need: a sign left unticked may simply not have been read (they sit in a
 * closed list), so it is no evidence that the problem is absent.
 */
export const SIGN_WEIGHT = 0.2;

export const round1 = (n: number) => Math.round(n * 10) / 10;
/** Mean by a loop: no spread over arrays whose length a user's file decides. */
export const mean = (values: readonly number[]) => {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
};

/** How much need one answer shows, 0..1: 5 is no need, 1 full need; a reversed statement turns the scale round. */
export function answerNeed(value: number, reversed: boolean): number {
  return reversed ? (value - 1) / 4 : (5 - value) / 4;
}

/**
 * One mode's need from one person: the mean need of the statements they rated, the same footing
 * for the quick scan (one statement) and the deep dive (several), so a deep dive that confirms a
 * problem keeps it where the quick scan put it. Each warning sign ticked then moves the need a
 * little towards 100 (all of them: SIGN_WEIGHT of the way); unticked signs change nothing.
 * Undefined when no statement was rated: ticked signs alone give no point on the scale.
 */
export function scoreMode(
  mode: AssessmentMode,
  answers: Readonly<Record<string, number>> = {},
  ticked: readonly number[] = [],
): ModeNeed | undefined {
  const reversed = new Set(mode.reversed);
  const needs: number[] = [];
  let beyondHeadline = false;
  for (let i = 0; i < mode.questions; i++) {
    const value = answers[String(i)];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) continue;
    needs.push(answerNeed(value, reversed.has(i)));
    if (i !== mode.headline) beyondHeadline = true;
  }
  if (needs.length === 0) return undefined;
  const signs = countSigns(mode, ticked);
  const depth: Depth = beyondHeadline || signs > 0 ? 'deep' : 'quick';
  const fromAnswers = mean(needs);
  const need = fromAnswers + (1 - fromAnswers) * SIGN_WEIGHT * (mode.signs > 0 ? signs / mode.signs : 0);
  return {
    id: mode.id,
    title: mode.title,
    category: mode.category,
    need: round1(need * 100),
    answered: needs.length,
    questions: mode.questions,
    ticked: signs,
    signs: mode.signs,
    depth,
  };
}

/** Distinct warning signs ticked that the mode has. */
const countSigns = (mode: AssessmentMode, ticked: readonly number[]) =>
  new Set(ticked.filter((i) => Number.isInteger(i) && i >= 0 && i < mode.signs)).size;

/** Modes with warning signs ticked but no statement rated: not scored, so the page can ask for a rating. */
export function signsWithoutRating(
  model: AssessmentModel,
  file: Pick<AnswersFile, 'answers' | 'warningSigns'>,
): AssessmentMode[] {
  return model.modes.filter(
    (mode) =>
      countSigns(mode, file.warningSigns[mode.id] ?? []) > 0 &&
      scoreMode(mode, file.answers[mode.id]) === undefined,
  );
}

/**
 * Most need first, by the need people see (a whole number). Modes with the same shown need are a
 * tie (`assessment-ties.ts` groups them, and every output shows them as one); within a tie they are
 * listed by category, then id, only so that the same answers always print the same way.
 */
export function rankModes<T extends Pick<ModeNeed, 'id' | 'category' | 'need'>>(
  modes: readonly T[],
  categoryOrder: readonly CategoryId[],
): T[] {
  const position = (c: CategoryId) => {
    const i = categoryOrder.indexOf(c);
    return i === -1 ? categoryOrder.length : i;
  };
  return [...modes].sort(
    (a, b) =>
      Math.round(b.need) - Math.round(a.need) ||
      position(a.category) - position(b.category) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Per-category need: the mean of its assessed modes, in reading order; every category is listed. */
export function scoreCategories(
  model: AssessmentModel,
  needs: readonly Pick<ModeNeed, 'id' | 'category' | 'need'>[],
): CategoryNeed[] {
  return model.categories.map(({ id, label, inSentence }) => {
    const scored = needs.filter((n) => n.category === id);
    return {
      id,
      label,
      inSentence,
      ...(scored.length > 0 ? { need: round1(mean(scored.map((n) => n.need))) } : {}),
      assessed: scored.length,
      modes: model.modes.filter((m) => m.category === id).length,
    };
  });
}

/** Scores one person's answers: every assessed mode ranked, category needs, and how much was answered. */
export function scoreRespondent(
  model: AssessmentModel,
  file: Pick<AnswersFile, 'respondent' | 'company' | 'answers' | 'warningSigns'>,
): RespondentResult {
  const needs = model.modes.flatMap(
    (mode) => scoreMode(mode, file.answers[mode.id], file.warningSigns[mode.id]) ?? [],
  );
  return {
    name: file.respondent.name,
    role: file.respondent.role,
    ...(file.company ? { company: file.company } : {}),
    ranking: rankModes(
      needs,
      model.categories.map((c) => c.id),
    ),
    categories: scoreCategories(model, needs),
    answered: needs.reduce((sum, n) => sum + n.answered, 0),
    questions: model.modes.reduce((sum, m) => sum + m.questions, 0),
  };
}

/** A plain-language reading of a need score. */
export function describeNeed(w: AssessWords, need: number): string {
  const words = w.assess.need;
  if (need >= 60) return words.urgent;
  if (need >= 40) return words.soon;
  if (need >= 20) return words.some;
  return words.good;
}

/** How a mode was scored, in words for results and reports. */
export function describeDepth(
  w: AssessWords,
  mode: Pick<ModeNeed, 'depth' | 'answered' | 'questions' | 'ticked' | 'signs'>,
): string {
  const words = w.assess.depth;
  if (mode.depth === 'quick') return words.quick;
  if (mode.depth === 'mixed') return words.mixed;
  const { answered, questions, ticked, signs } = mode;
  return fill(w.locale, words.deep, { answered, questions, ticked, signs });
}

/** An answers file with nothing answered yet. */
export function emptyAnswers(role: RespondentRole = 'other'): AnswersFile {
  return {
    format: 'service-playbook-assessment',
    version: 1,
    respondent: { name: '', role },
    answers: {},
    warningSigns: {},
  };
}

/** Minutes the quick scan takes (about 12 seconds a statement, at least 5), and the full questionnaire (about 10 seconds a statement, in fives). */
export function estimateMinutes(model: AssessmentModel): { quick: number; full: number } {
  const statements = model.modes.reduce((sum, m) => sum + m.questions, 0);
  return {
    quick: Math.max(5, Math.round((model.modes.length * 12) / 60)),
    full: Math.max(5, Math.round((statements * 10) / 60 / 5) * 5),
  };
}
