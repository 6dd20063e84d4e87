import type { Root } from 'mdast';
import { renderBodyTrees } from '../../markdown/pipeline.ts';
import { type EmpowermentRow, type VariableName, type VariableValues } from '../../markdown/variables.ts';
import type { Cadence, HandbookConfig } from '../../schemas/handbook-config.ts';
import { paperForLocale, type PaperSize } from '../../schemas/paper.ts';
import type { Article } from '../../schemas/sources.ts';
import type { Exercise } from '../../schemas/failure-mode.ts';
import { fill, plural } from '../../i18n/format.ts';
import { loadDictionary, words, type Dictionary, type Language } from '../../i18n/index.ts';
import { logoTypeFor } from '../config/logo.ts';
import { INTERNAL_ERRORS } from '../internal-errors.ts';
import type { FailureMode, Library } from '../library/library.ts';
import { applyVariables, sortModes } from '../library/modes.ts';
import { formatDate, planTrainingSessions, type PlanMode } from './schedule.ts';
import { planFirstDays, type FirstDaysPlan } from './first-days.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import {
  chapterOrder,
  exampleInstead,
  renderNote,
  renderOwnBody,
  withCompanyPlays,
  wordsFor,
} from './own-words.ts';
import { staffingSectionFor, type StaffingSection } from '../staffing/handbook-section.ts';
import type { MetricOnPage } from '../library/metric-uses.ts';
import { chapterMetrics, handbookMeasures, type HandbookMeasures } from './measures.ts';

/** The chapter's staffing section as an optional property (absent rather than undefined). */
const withStaffing = (staffing: StaffingSection | undefined) => (staffing ? { staffing } : {});

/** The chapters in the config's order, and (for include: all) the rest, in library order, for the appendix. */
export function selectModes(
  library: Library,
  config: Pick<HandbookConfig, 'priorities' | 'include' | 'audiences'>,
) {
  const byId = new Map(library.modes.map((m) => [m.id, m]));
  const chapters = config.priorities.map((id) => {
    const mode = byId.get(id);
    if (!mode) throw new Error(INTERNAL_ERRORS.unknownMode(id));
    return mode;
  });
  const chosen = new Set(config.priorities);
  const wanted = config.audiences ? new Set(config.audiences) : undefined;
  const appendix =
    config.include === 'all'
      ? sortModes(
          library.modes.filter(
            (m) => !chosen.has(m.id) && (!wanted || m.audiences.some((a) => wanted.has(a))),
          ),
        )
      : [];
  return { chapters, appendix };
}

/** The variable values a config gives the page bodies: the vision quoted in the language's marks, whatever marks it came in. */
export function variableValues(config: HandbookConfig, w: Dictionary = words()): VariableValues {
  const values: Record<VariableName, string | undefined> = {
    company: config.company,
    vision: fill(w.locale, w.quoted, { text: config.vision.replace(/^["“']+|["”']+$/g, '') }),
    firstResponse: config.standards.firstResponse,
    callback: config.standards.callback,
    refundLimit: config.standards.refundLimit,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

export interface RelatedLink {
  id: string;
  title: string;
  /** Where the reader finds it in this handbook: a chapter, the appendix, or only on the website. */
  where: 'chapter' | 'appendix' | 'elsewhere';
  anchor?: string;
  number?: number;
}

export interface SourceCitation {
  articleId: string;
  articleTitle: string;
  point: string;
  note?: string;
}

export interface HandbookChapter {
  number: number;
  anchor: string;
  mode: FailureMode;
  categoryLabel: string;
  /** The body with company values filled in, once per output target. */
  body: { html: Root; markdown: Root };
  /** "What our standards take", laid out after the body, for the chapters it belongs in when the config gives staffing inputs. */
  staffing?: StaffingSection;
  related: RelatedLink[];
  sources: SourceCitation[];
  /** The company's note, a box at the top of the chapter, for both targets. */
  note?: { html: Root; markdown: Root };
  /** The ids of the plays the company added (`mode.plays` holds them after the library's), marked as its own. */
  ownPlays: string[];
  /** The chapter's metrics, each linking to its entry in the appendix of metrics. */
  metrics: (MetricOnPage & { url: string })[];
}

/** A chapter the company wrote itself, numbered among the others. */
export interface OwnHandbookChapter {
  id: string;
  number: number;
  anchor: string;
  title: string;
  body: { html: Root; markdown: Root };
}

/** For each role that owns or shares a play, the chapters its plays are in: the handbook's "Who does what". */
export interface RoleDuties {
  role: string;
  chapters: { number: number; anchor: string; title: string; plays: number }[];
}

export interface AppendixEntry {
  mode: FailureMode;
  anchor: string;
  categoryLabel: string;
}

/** One row of the printed training plan: a chapter's session, or the refresher that returns to it later. */
export interface TrainingSession {
  kind: 'session' | 'refresher';
  /** The session's number; a refresher carries the number of the session it returns to. */
  number: number;
  /** The chapter this session trains. */
  chapter: number;
  anchor: string;
  modeTitle: string;
  exercise: Exercise;
  /** How long it runs: the exercise's minutes, or a refresher's. */
  minutes: number;
  /** Formatted for the locale, when the config gives a start date. */
  date?: string;
}

/** A worksheet the chapters' plays use, with each play that uses it: the handbook prints it in an appendix. */
export interface HandbookWorksheet {
  worksheet: Worksheet;
  anchor: string;
  /** The plays that use it, in reading order. */
  usedBy: { chapter: number; anchor: string; chapterTitle: string; play: string }[];
}

export interface SourceEntry {
  article: Article;
  /** Chapters (and appendix entries) that draw on the article, in handbook order. */
  citedBy: { title: string; anchor: string; number?: number }[];
}

/** Everything a renderer needs; renderers compute nothing beyond layout. */
export interface Handbook {
  /** The language of the words around the content (src/i18n/). */
  language: Language;
  /** Each role's title by id: the company's own where its config gives one, else the library's neutral name. */
  roleTitles: Record<string, string>;
  /** The roles whose title the company gave (its own text, isolated wherever it is printed). */
  companyTitles: string[];
  title: string;
  company: string;
  vision: string;
  locale: string;
  paper: PaperSize;
  /** The cover date, when there is one: ISO and formatted for the locale. */
  date?: { iso: string; text: string };
  /** Who the handbook is for, as named inside a sentence, when the config filters by audience. */
  audiences: string[];
  accent: string;
  logo?: { mediaType: string; data: Uint8Array };
  standards: { name: string; value: string }[];
  howToUse: string[];
  chapters: HandbookChapter[];
  /** The chapters the company wrote itself; their numbers place them among `chapters`. */
  ownChapters: OwnHandbookChapter[];
  /** Who does what: every role with a play, in the role vocabulary's order, with its chapters. */
  duties: RoleDuties[];
  appendix: {
    modes: AppendixEntry[];
    empowerment: EmpowermentRow[];
    /** True when the config has no rows and the sample table is shown instead. */
    empowermentIsSample: boolean;
  };
  training: { sessions: TrainingSession[]; totalMinutes: number; cadence?: Cadence };
  /** The metrics the chapters use and the pulse survey statements they need (core/handbook/measures.ts). */
  measures: HandbookMeasures;
  /** "Our first 90 days": the chapters' plays week by week from the first session's date (undated without one). */
  firstDays: FirstDaysPlan;
  /** The worksheets the chapters' plays use, in order of first use. */
  worksheets: HandbookWorksheet[];
  sources: SourceEntry[];
  values: VariableValues;
}

export interface BuildOptions {
  /** Overrides the config's date (ISO); from `--date`. */
  date?: string;
  /** Overrides the config's paper size. */
  paper?: PaperSize;
  /** Logo bytes, read by the caller from `logoPath`. */
  logo?: Uint8Array;
  /** The logo's path, for its media type. */
  logoPath?: string;
}

/** Section anchors shared by the HTML and Markdown renderers. */
export const ANCHORS = {
  contents: 'contents',
  howToUse: 'how-to-use',
  standards: 'standards',
  whoDoesWhat: 'who-does-what',
  training: 'training-plan',
  firstDays: 'first-90-days',
  worksheets: 'worksheets',
  otherModes: 'other-failure-modes',
  empowerment: 'empowerment',
  metrics: 'metrics',
  pulse: 'pulse-survey',
  sources: 'sources',
} as const;

/** Builds the handbook model from a checked config: selection, order, rendered bodies, plan, sources. */
export async function buildHandbook(
  library: Library,
  config: HandbookConfig,
  options: BuildOptions = {},
): Promise<Handbook> {
  const w = await loadDictionary(config.language);
  const values = variableValues(config, w);
  const selected = selectModes(library, config);
  // Frontmatter text (play steps, prompts) may use :var[...] too; bodies are resolved by the remark plugin.
  // Neutral defaults in the handbook's language, but English inside a page still in English.
  const neutralFor = (m: FailureMode) => (m.untranslated ? undefined : w.neutral);
  const chosen = selected.chapters.map((m) => applyVariables(m, values, neutralFor(m)));
  const appendix = selected.appendix.map((m) => applyVariables(m, values, neutralFor(m)));
  // Chapters and the company's own chapters share one numbering, in reading order.
  const numbers = new Map(chapterOrder(config.priorities, config.own).map((entry, i) => [entry.id, i + 1]));
  const chapters = await buildChapters(w, library, chosen, appendix, config, values, numbers);
  const ownChapters = buildOwnChapters(w, config, values, numbers);
  const isoDate = options.date ?? config.date;
  const logoType = options.logoPath ? logoTypeFor(options.logoPath) : undefined;
  const sessions = trainingSessions(w, chapters, ownChapters, config);
  // Week 0 of the first 90 days is the first training session's day, the calendar's start too. The
  // cover date is when the edition was printed, not when the work starts: without a start, no dates.
  const planStart = config.training?.start;
  return {
    language: config.language,
    roleTitles: { ...Object.fromEntries(library.roles.map((r) => [r.id, r.name])), ...config.roles },
    companyTitles: Object.keys(config.roles).sort(),
    title: fill(w.locale, w.handbook.title, { company: config.company }),
    company: config.company,
    vision: config.vision,
    locale: config.locale,
    paper: options.paper ?? config.output.paper ?? paperForLocale(config.locale),
    ...(isoDate ? { date: { iso: isoDate, text: formatDate(isoDate, config.locale, w) } } : {}),
    audiences: (config.audiences ?? []).map((a) => w.audiencesInSentence[a]),
    accent: config.branding.accent,
    ...(options.logo && logoType ? { logo: { mediaType: logoType, data: options.logo } } : {}),
    standards: [
      { name: w.handbook.firstResponse, value: config.standards.firstResponse },
      { name: w.handbook.callback, value: config.standards.callback },
      ...(config.standards.refundLimit
        ? [{ name: w.handbook.refundLimit, value: config.standards.refundLimit }]
        : []),
      ...config.standards.others,
    ],
    howToUse: writeHowToUse(w, config, chapters.length + ownChapters.length, appendix.length),
    chapters,
    ownChapters,
    duties: dutiesOf(library, chapters),
    appendix: {
      modes: appendix.map((mode) => ({
        mode,
        anchor: appendixAnchor(mode.id),
        categoryLabel: w.categories[mode.category].label,
      })),
      empowerment: config.empowerment.length > 0 ? config.empowerment : [...w.sampleEmpowerment],
      empowermentIsSample: config.empowerment.length === 0,
    },
    training: {
      sessions,
      totalMinutes: sessions.reduce((sum, s) => sum + s.minutes, 0),
      ...(config.training?.start ? { cadence: config.training.cadence } : {}),
    },
    measures: handbookMeasures(library, chapters),
    firstDays: planFirstDays(chapters, {
      ...(planStart ? { start: planStart } : {}),
      locale: config.locale,
      words: w,
    }),
    worksheets: worksheetsOf(library, chapters),
    sources: citedSources(library, chosen, appendix),
    values,
  };
}

const chapterAnchor = (id: string) => `chapter-${id}`;
/** A worksheet's anchor in a handbook's appendix. */
export const worksheetAnchor = (id: string) => `worksheet-${id}`;

/** The worksheets the chapters' plays use, in order of first use, each with the plays that use it. */
function worksheetsOf(library: Library, chapters: readonly HandbookChapter[]): HandbookWorksheet[] {
  const byId = new Map(library.worksheets.map((w) => [w.id, w]));
  const found = new Map<string, HandbookWorksheet>();
  for (const chapter of [...chapters].sort((a, b) => a.number - b.number))
    for (const play of chapter.mode.plays)
      for (const id of play.worksheets) {
        const worksheet = byId.get(id);
        if (!worksheet) continue;
        const entry = found.get(id) ?? { worksheet, anchor: worksheetAnchor(id), usedBy: [] };
        entry.usedBy.push({
          chapter: chapter.number,
          anchor: chapter.anchor,
          chapterTitle: chapter.mode.title,
          play: play.title,
        });
        found.set(id, entry);
      }
  return [...found.values()];
}
const appendixAnchor = (id: string) => `appendix-${id}`;

/** Each chosen mode as a numbered chapter: its body for both targets, its related modes as found in this handbook, its citations. */
async function buildChapters(
  w: Dictionary,
  library: Library,
  chosen: FailureMode[],
  appendix: FailureMode[],
  config: HandbookConfig,
  values: VariableValues,
  chapterNumber: ReadonlyMap<string, number>,
): Promise<HandbookChapter[]> {
  const empowerment = config.empowerment.length > 0 ? config.empowerment : undefined;
  const inAppendix = new Set(appendix.map((m) => m.id));
  const byId = new Map(library.modes.map((m) => [m.id, m]));
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  return Promise.all(
    chosen.map(async (pageMode) => {
      const own = wordsFor(config, pageMode.id);
      const { mode, ownPlays } = withCompanyPlays(pageMode, own);
      const where = `chapters.${mode.id}`;
      const instead = exampleInstead(w, own, config.company, `${where}.example`);
      return {
        number: chapterNumber.get(mode.id)!,
        anchor: chapterAnchor(mode.id),
        mode,
        ownPlays,
        metrics: chapterMetrics(mode, library),
        ...(own?.note
          ? {
              note: renderNote(w, own.note, config.company, `${where}.note`, {
                values,
                words: w,
                ...(empowerment ? { empowerment } : {}),
              }),
            }
          : {}),
        categoryLabel: w.categories[mode.category].label,
        body: await renderBodyTrees(mode.body, mode.file, {
          values,
          empowerment,
          ...(mode.untranslated ? {} : { words: w }),
          ...(instead ? { exampleInstead: instead } : {}),
        }),
        ...withStaffing(staffingSectionFor(w, mode.id, config.staffing)),
        related: mode.related.flatMap((id): RelatedLink[] => {
          const other = byId.get(id);
          if (!other) return [];
          const number = chapterNumber.get(id);
          if (number !== undefined)
            return [{ id, title: other.title, where: 'chapter', anchor: chapterAnchor(id), number }];
          if (inAppendix.has(id))
            return [{ id, title: other.title, where: 'appendix', anchor: appendixAnchor(id) }];
          return [{ id, title: other.title, where: 'elsewhere' }];
        }),
        sources: mode.sources.map((ref) => {
          const article = articles.get(ref.article);
          return {
            articleId: ref.article,
            articleTitle: article?.title ?? ref.article,
            point: article?.points.find((p) => p.id === ref.point)?.label ?? ref.point,
            ...(ref.note ? { note: ref.note } : {}),
          };
        }),
      };
    }),
  );
}

/** The articles the handbook draws on, each with the chapters and appendix entries citing it, in handbook order. */
function citedSources(library: Library, chosen: FailureMode[], appendix: FailureMode[]): SourceEntry[] {
  const cited: { mode: FailureMode; anchor: string; number?: number }[] = [
    ...chosen.map((m, i) => ({ mode: m, anchor: chapterAnchor(m.id), number: i + 1 })),
    ...appendix.map((m) => ({ mode: m, anchor: appendixAnchor(m.id) })),
  ];
  return library.articles
    .map((article) => ({
      article,
      citedBy: cited
        .filter((c) => c.mode.sources.some((s) => s.article === article.id))
        .map((c) => ({
          title: c.mode.title,
          anchor: c.anchor,
          ...(c.number !== undefined ? { number: c.number } : {}),
        })),
    }))
    .filter((s) => s.citedBy.length > 0);
}

/**
 * What each session of the plan trains, in reading order: a chapter's mode with its exercise, or
 * for a chapter the company wrote, a reading-and-discussion session on it. The printed plan and
 * training-plan.ics are both made from this list, so they cannot disagree.
 */
export function trainingModes(
  w: Dictionary,
  handbook: Pick<Handbook, 'chapters' | 'ownChapters'>,
): (PlanMode & { number: number; anchor: string })[] {
  const own = handbook.ownChapters.map((c) => ({
    id: c.id,
    number: c.number,
    anchor: c.anchor,
    title: c.title,
    summary: '',
    exercise: ownChapterSession(w, c.title),
  }));
  const modes = handbook.chapters.map((c) => ({ ...c.mode, number: c.number, anchor: c.anchor }));
  return [...modes, ...own].sort((a, b) => a.number - b.number);
}

/** The session on a chapter the company wrote: read beforehand, then talk it through. */
function ownChapterSession(w: Dictionary, title: string): Exercise {
  const S = w.handbook.ownSession;
  return {
    title: fill(w.locale, S.title, { title }),
    format: 'discussion',
    minutes: 30,
    setup: S.setup,
    roles: [],
    prompts: [...S.prompts],
    debrief: [...S.debrief],
  };
}

/**
 * The printed plan, every session and refresher training-plan.ics holds, on the same dates (see
 * trainingModes). Without a start date the order stands, undated.
 */
function trainingSessions(
  w: Dictionary,
  chapters: HandbookChapter[],
  ownChapters: OwnHandbookChapter[],
  config: HandbookConfig,
): TrainingSession[] {
  const start = config.training?.start;
  const modes = trainingModes(w, { chapters, ownChapters });
  // Any date serves to put an undated plan in order; its dates are not shown.
  const planned = planTrainingSessions(modes, {
    start: start ?? '2001-01-01',
    cadence: config.training?.cadence ?? 'weekly',
  });
  return planned.map((p) => {
    const chapter = modes[p.number - 1]!;
    return {
      kind: p.kind,
      number: p.number,
      chapter: chapter.number,
      anchor: chapter.anchor,
      modeTitle: chapter.title,
      exercise: chapter.exercise,
      minutes: p.minutes,
      ...(start ? { date: formatDate(p.start.slice(0, 10), config.locale, w) } : {}),
    };
  });
}

/** The chapters the company wrote, numbered among the others; each body through the playbook's plugin. */
function buildOwnChapters(
  w: Dictionary,
  config: HandbookConfig,
  values: VariableValues,
  numbers: ReadonlyMap<string, number>,
): OwnHandbookChapter[] {
  const empowerment = config.empowerment.length > 0 ? config.empowerment : undefined;
  return config.own.map((c, i) => ({
    id: c.id,
    number: numbers.get(c.id)!,
    anchor: chapterAnchor(c.id),
    title: c.title,
    body: renderOwnBody(c.body ?? '', `own.${i}.body`, {
      values,
      words: w,
      ...(empowerment ? { empowerment } : {}),
    }),
  }));
}

/** For each role of the vocabulary, the chapters where it owns or shares a play, in chapter order. */
function dutiesOf(library: Library, chapters: HandbookChapter[]): RoleDuties[] {
  const ordered = [...chapters].sort((a, b) => a.number - b.number);
  return library.roles
    .map((role) => ({
      role: role.id,
      chapters: ordered.flatMap((c) => {
        const plays = c.mode.plays.filter((p) => p.owner === role.id || p.with === role.id).length;
        return plays > 0 ? [{ number: c.number, anchor: c.anchor, title: c.mode.title, plays }] : [];
      }),
    }))
    .filter((d) => d.chapters.length > 0);
}

/** The "how to use this handbook" paragraphs, in our own words, tuned to what the handbook contains. */
function writeHowToUse(
  w: Dictionary,
  config: HandbookConfig,
  chapterCount: number,
  appendixCount: number,
): string[] {
  const H = w.handbook;
  const values = {
    company: config.company,
    chapters: plural(w.locale, chapterCount, H.howToUseChapters),
    firstResponse: config.standards.firstResponse,
    callback: config.standards.callback,
  };
  const paragraphs = H.howToUseParagraphs.map((p) => fill(w.locale, p, values));
  if (appendixCount > 0) paragraphs.push(fill(w.locale, H.howToUseAppendix, { n: appendixCount }));
  return paragraphs;
}
