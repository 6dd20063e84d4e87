/**
 * Scoring the self-assessment: one person's answers, a team's combined answers, and the handbook
 * config that follows from them. Shared by the /assess/ page (in the browser) and `playbook assess`.
 *
 * Only type imports from the schemas: this module is bundled into the page's script, and a runtime
 * import of a schema file would pull zod into every visit. Reading and checking an answers file,
 * which needs zod, lives in `assessment-file.ts` and is loaded by the page only when a team imports files.
 */
import type { AnswersFile, RespondentRole } from '../schemas/assessment.ts';
import type { CategoryId } from '../schemas/taxonomy.ts';

/** What scoring needs to know about one failure mode; small enough to embed in the page. */
export interface AssessmentMode {
  id: string;
  title: string;
  category: CategoryId;
  /** How many diagnostic statements the mode has. */
  questions: number;
  /** How many warning signs the mode has. */
  signs: number;
}

/** The modes in library order and the categories in reading order. */
export interface AssessmentModel {
  modes: AssessmentMode[];
  categories: { id: CategoryId; label: string }[];
}

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
}

export interface CategoryNeed {
  id: CategoryId;
  label: string;
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

/** Share of a mode's need that comes from the scale answers; the rest comes from ticked warning signs. */
export const ANSWER_WEIGHT = 0.8;
/** Roles that count as leadership when a team's view is compared with the front line's. */
export const LEADERSHIP_ROLES: readonly RespondentRole[] = ['leader', 'manager'];
/** Roles that count as the front line. */
export const FRONTLINE_ROLES: readonly RespondentRole[] = ['frontline'];

/** The assessment model from library modes, in library order, and the category labels in reading order. */
export function buildAssessmentModel(
  modes: readonly { id: string; title: string; category: CategoryId; diagnosticQuestions: readonly unknown[]; warningSigns: readonly string[] }[],
  categories: Readonly<Record<CategoryId, { label: string }>>,
): AssessmentModel {
  return {
    modes: modes.map((m) => ({ id: m.id, title: m.title, category: m.category, questions: m.diagnosticQuestions.length, signs: m.warningSigns.length })),
    categories: (Object.keys(categories) as CategoryId[]).map((id) => ({ id, label: categories[id].label })),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * One mode's need from one person: the answers mapped onto 0..1 (5 = no need, 1 = full need) and
 * averaged, weighted with the share of warning signs ticked. Undefined when the person neither
 * answered a statement nor ticked a sign for it.
 */
export function scoreMode(mode: AssessmentMode, answers: Readonly<Record<string, number>> = {}, ticked: readonly number[] = []): ModeNeed | undefined {
  const values = Array.from({ length: mode.questions }, (_, i) => answers[String(i)]).filter((v): v is number => typeof v === 'number' && v >= 1 && v <= 5);
  const signs = new Set(ticked.filter((i) => Number.isInteger(i) && i >= 0 && i < mode.signs)).size;
  if (values.length === 0 && signs === 0) return undefined;
  const signShare = mode.signs > 0 ? signs / mode.signs : 0;
  const answerNeed = values.length > 0 ? mean(values.map((v) => (5 - v) / 4)) : undefined;
  const need = answerNeed === undefined ? signShare : ANSWER_WEIGHT * answerNeed + (1 - ANSWER_WEIGHT) * signShare;
  return { id: mode.id, title: mode.title, category: mode.category, need: round1(need * 100), answered: values.length, questions: mode.questions, ticked: signs, signs: mode.signs };
}

/**
 * Most need first; ties go to more warning signs ticked, then to the earlier category, then to the
 * id, so the same answers always give the same order.
 */
export function rankModes<T extends Pick<ModeNeed, 'id' | 'category' | 'need' | 'ticked'>>(modes: readonly T[], categoryOrder: readonly CategoryId[]): T[] {
  const position = (c: CategoryId) => {
    const i = categoryOrder.indexOf(c);
    return i === -1 ? categoryOrder.length : i;
  };
  return [...modes].sort((a, b) => b.need - a.need || b.ticked - a.ticked || position(a.category) - position(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Per-category need: the mean of its assessed modes, in reading order; every category is listed. */
export function scoreCategories(model: AssessmentModel, needs: readonly Pick<ModeNeed, 'id' | 'category' | 'need'>[]): CategoryNeed[] {
  return model.categories.map(({ id, label }) => {
    const scored = needs.filter((n) => n.category === id);
    return {
      id,
      label,
      ...(scored.length > 0 ? { need: round1(mean(scored.map((n) => n.need))) } : {}),
      assessed: scored.length,
      modes: model.modes.filter((m) => m.category === id).length,
    };
  });
}

/** Scores one person's answers: every assessed mode ranked, category needs, and how much was answered. */
export function scoreRespondent(model: AssessmentModel, file: AnswersFile): RespondentResult {
  const needs = model.modes.flatMap((mode) => scoreMode(mode, file.answers[mode.id], file.warningSigns[mode.id]) ?? []);
  return {
    name: file.respondent.name,
    role: file.respondent.role,
    ...(file.company ? { company: file.company } : {}),
    ranking: rankModes(needs, model.categories.map((c) => c.id)),
    categories: scoreCategories(model, needs),
    answered: needs.reduce((sum, n) => sum + n.answered, 0),
    questions: model.modes.reduce((sum, m) => sum + m.questions, 0),
  };
}

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

/** The headline: how much more need the front line sees than leadership, over the modes both assessed. */
export interface TeamGap {
  /** People in each group. */
  leadershipCount: number;
  frontlineCount: number;
  /** Mean need over the modes both groups assessed; undefined when a group is missing. */
  leadership?: number;
  frontline?: number;
  /** `frontline - leadership` in points; undefined when a group is missing. */
  points?: number;
  /** Modes with the widest gap either way, widest first (at most 3). */
  widest: TeamModeNeed[];
}

export interface TeamResult {
  respondents: { name: string; role: RespondentRole; answered: number }[];
  /** The first company name any file gives. */
  company?: string;
  /** Assessed modes by mean need, most first, with the same tie rules as one person's ranking. */
  ranking: TeamModeNeed[];
  categories: CategoryNeed[];
  gap: TeamGap;
  /** Modes the team disagrees on most (spread of 25 points or more), widest first (at most 5). */
  disagreements: TeamModeNeed[];
}

/** Spread, in points, from which a mode counts as one the team disagrees on. */
export const DISAGREEMENT_POINTS = 25;

/** Combines several people's answers: mean need per mode, disagreement, and the leadership-vs-front-line gap. */
export function combineTeam(model: AssessmentModel, files: readonly AnswersFile[]): TeamResult {
  const people = files.map((file) => ({ file, needs: new Map(scoreRespondent(model, file).ranking.map((n) => [n.id, n])) }));
  const inGroup = (roles: readonly RespondentRole[]) => (p: (typeof people)[number]) => roles.includes(p.file.respondent.role);
  const groupMean = (mode: string, roles: readonly RespondentRole[]) => {
    const values = people.filter(inGroup(roles)).flatMap((p) => p.needs.get(mode)?.need ?? []);
    return values.length > 0 ? round1(mean(values)) : undefined;
  };
  const modes: TeamModeNeed[] = model.modes.flatMap((mode) => {
    const own = people.flatMap((p) => p.needs.get(mode.id) ?? []);
    if (own.length === 0) return [];
    const needs = own.map((n) => n.need);
    const leadership = groupMean(mode.id, LEADERSHIP_ROLES);
    const frontline = groupMean(mode.id, FRONTLINE_ROLES);
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
        respondents: own.length,
        spread: round1(Math.max(...needs) - Math.min(...needs)),
        ...(leadership !== undefined ? { leadership } : {}),
        ...(frontline !== undefined ? { frontline } : {}),
        ...(leadership !== undefined && frontline !== undefined ? { gap: round1(frontline - leadership) } : {}),
      },
    ];
  });
  const order = model.categories.map((c) => c.id);
  const compared = modes.filter((m) => m.gap !== undefined);
  const byWidth = (key: 'spread' | 'gap') => (a: TeamModeNeed, b: TeamModeNeed) =>
    Math.abs(b[key] ?? 0) - Math.abs(a[key] ?? 0) || order.indexOf(a.category) - order.indexOf(b.category) || (a.id < b.id ? -1 : 1);
  const gap: TeamGap = {
    leadershipCount: people.filter(inGroup(LEADERSHIP_ROLES)).length,
    frontlineCount: people.filter(inGroup(FRONTLINE_ROLES)).length,
    widest: [...compared].sort(byWidth('gap')).filter((m) => m.gap !== 0).slice(0, 3),
  };
  if (compared.length > 0) {
    gap.leadership = round1(mean(compared.map((m) => m.leadership!)));
    gap.frontline = round1(mean(compared.map((m) => m.frontline!)));
    gap.points = round1(gap.frontline - gap.leadership);
  }
  const company = files.find((f) => f.company)?.company;
  return {
    respondents: people.map((p) => ({
      name: p.file.respondent.name,
      role: p.file.respondent.role,
      answered: [...p.needs.values()].reduce((sum, n) => sum + n.answered, 0),
    })),
    ...(company ? { company } : {}),
    ranking: rankModes(modes, order),
    categories: scoreCategories(model, modes),
    gap,
    disagreements: modes.filter((m) => m.spread >= DISAGREEMENT_POINTS && m.respondents > 1).sort(byWidth('spread')).slice(0, 5),
  };
}

/** The team view's headline in one sentence: who sees more need, by how much, or why there is no gap. */
export function describeGap(gap: TeamGap): string {
  if (gap.points === undefined) {
    return gap.frontlineCount === 0 ? 'No frontline answers yet, so there is no gap to show' : 'No leader or manager answers yet, so there is no gap to show';
  }
  const points = Math.round(Math.abs(gap.points));
  if (gap.points >= 10) return `The front line sees ${points} points more need than leadership does`;
  if (gap.points <= -10) return `Leadership sees ${points} points more need than the front line does`;
  return `Leadership and the front line broadly agree (within ${points} points)`;
}

/** A plain-language reading of a need score. */
export function describeNeed(need: number): string {
  if (need >= 60) return 'urgent';
  if (need >= 40) return 'worth fixing soon';
  if (need >= 20) return 'some room to improve';
  return 'in good shape';
}

export interface ConfigOptions {
  /** The company name; without one the config says "Your company" and a comment asks for the real name. */
  company?: string;
  /** How many of the ranked modes become chapters (default 5). */
  top?: number;
  /** Cover date (YYYY-MM-DD); left out when not given. */
  date?: string;
  /** First training session (YYYY-MM-DD); without it the training block is written commented out. */
  trainingStart?: string;
  /** How often training sessions run (default weekly). */
  cadence?: 'weekly' | 'fortnightly' | 'monthly';
  /** Whose answers the ranking came from, for the header comment, e.g. "4 people's answers". */
  basis?: string;
}

/** Default number of chapters in a config made from an assessment. */
export const DEFAULT_TOP = 5;

/** A YAML double-quoted string; JSON's escapes are valid YAML, so JSON.stringify is exact. */
const quote = (text: string) => JSON.stringify(text);

/**
 * The handbook config YAML for a ranking: the top modes as `priorities` in ranked order, the company
 * if given, working defaults for every other required field, and comments on what to edit.
 * Throws when the ranking is empty, since a handbook needs at least one chapter.
 */
export function buildConfigYaml(ranking: readonly Pick<ModeNeed, 'id' | 'title' | 'need' | 'ticked' | 'signs'>[], options: ConfigOptions = {}): string {
  const top = Math.max(1, Math.floor(options.top ?? DEFAULT_TOP));
  const chosen = ranking.slice(0, top);
  if (chosen.length === 0) throw new Error('nothing to put in the handbook yet: answer at least one statement first');
  const company = options.company?.trim();
  const width = Math.max(...chosen.map((m) => m.id.length));
  const lines = [
    '# Handbook config made by the service-playbook self-assessment.',
    `# The chapters below are the ${chosen.length === 1 ? 'failure mode' : `${chosen.length} failure modes`} with the most need in ${options.basis ?? 'your answers'}, most need first.`,
    '# Edit the lines marked EDIT, then check and generate the handbook:',
    '#   npx playbook validate --config <this file>',
    '#   npx playbook generate --config <this file>',
    '',
    company ? `company: ${quote(company)}` : 'company: Your company   # EDIT: your company\'s name as customers know it',
    '',
    '# EDIT: the one sentence every employee should be able to repeat about the service you give.',
    'vision: Every customer leaves knowing exactly what happens next.',
    '',
    '# Chapters, most need first. Reorder, remove or add ids; `npx playbook list` shows them all.',
    'priorities:',
    ...chosen.map((m) => `  - ${m.id.padEnd(width)}   # need ${Math.round(m.need)} of 100${m.signs > 0 ? `; ${m.ticked} warning sign${m.ticked === 1 ? '' : 's'} ticked` : ''}`),
    '',
    '# "priorities" prints only those chapters; "all" adds a short appendix with every other failure mode.',
    'include: priorities',
    '',
    '# EDIT: the promises you make to customers. Chapters quote them after "within", e.g. "a first response within 1 hour".',
    'standards:',
    '  firstResponse: 1 working day',
    '  callback: the same working day',
    '  # What a frontline employee may refund without asking anyone.',
    '  refundLimit: 50 EUR',
    '',
    '# Who may decide what without asking. Without rows the handbook shows a sample table instead.',
    'empowerment: []',
    '',
    'locale: en-GB   # en-US or en-CA for US Letter paper and US dates',
    ...(options.date ? [`date: ${options.date}   # the cover date`] : []),
    '',
    'output:',
    '  dir: handbook',
    '  # Also possible: pdf (needs Chromium), ics (the training calendar).',
    '  formats: [html, md, handouts]',
    '',
    ...(options.trainingStart
      ? ['# One training session per chapter, from this date on.', 'training:', `  start: ${options.trainingStart}`, `  cadence: ${options.cadence ?? 'weekly'}   # or ${(['weekly', 'fortnightly', 'monthly'] as const).filter((c) => c !== (options.cadence ?? 'weekly')).join(', ')}`]
      : ['# Optional: put dates on the training plan, one session per chapter.', '# training:', '#   start: 2025-09-01', '#   cadence: weekly   # or fortnightly, monthly']),
    '',
  ];
  return lines.join('\n');
}

/** An answers file with nothing answered yet. */
export function emptyAnswers(role: RespondentRole = 'other'): AnswersFile {
  return { format: 'service-playbook-assessment', version: 1, respondent: { name: '', role }, answers: {}, warningSigns: {} };
}
