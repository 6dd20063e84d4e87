import type { Root } from 'mdast';
import { renderBodyTrees } from '../../markdown/pipeline.ts';
import {
  SAMPLE_EMPOWERMENT,
  type EmpowermentRow,
  type VariableName,
  type VariableValues,
} from '../../markdown/variables.ts';
import { paperForLocale, type HandbookConfig, type PaperSize } from '../../schemas/handbook-config.ts';
import type { Article } from '../../schemas/sources.ts';
import type { Exercise } from '../../schemas/failure-mode.ts';
import { fill, plural } from '../../i18n/format.ts';
import { DEFAULT_LANGUAGE, words, type Dictionary, type Language } from '../../i18n/index.ts';
import { logoTypeFor } from '../config/logo.ts';
import { INTERNAL_ERRORS } from '../internal-errors.ts';
import type { FailureMode, Library } from '../library/library.ts';
import { applyVariables, sortModes } from '../library/modes.ts';
import { formatDate, planTrainingSessions } from './schedule.ts';
import { staffingSectionFor, type StaffingSection } from '../staffing/handbook-section.ts';

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

export interface SourceEntry {
  article: Article;
  /** Chapters (and appendix entries) that draw on the article, in handbook order. */
  citedBy: { title: string; anchor: string; number?: number }[];
}

/** Everything a renderer needs; renderers compute nothing beyond layout. */
export interface Handbook {
  /** The language of the words around the content (src/i18n/). */
  language: Language;
  title: string;
  company: string;
  vision: string;
  locale: string;
  paper: PaperSize;
  /** The cover date, when there is one: ISO and formatted for the locale. */
  date?: { iso: string; text: string };
  /** Audience labels, when the config filters by audience. */
  audiences: string[];
  accent: string;
  logo?: { mediaType: string; data: Uint8Array };
  standards: { name: string; value: string }[];
  howToUse: string[];
  chapters: HandbookChapter[];
  appendix: {
    modes: AppendixEntry[];
    empowerment: EmpowermentRow[];
    /** True when the config has no rows and the sample table is shown instead. */
    empowermentIsSample: boolean;
  };
  training: { sessions: TrainingSession[]; totalMinutes: number; cadence?: string };
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
  training: 'training-plan',
  otherModes: 'other-failure-modes',
  empowerment: 'empowerment',
  sources: 'sources',
} as const;

/** Builds the handbook model from a checked config: selection, order, rendered bodies, plan, sources. */
export async function buildHandbook(
  library: Library,
  config: HandbookConfig,
  options: BuildOptions = {},
): Promise<Handbook> {
  const w = words(DEFAULT_LANGUAGE);
  const values = variableValues(config, w);
  const selected = selectModes(library, config);
  // Frontmatter text (play steps, prompts) may use :var[...] too; bodies are resolved by the remark plugin.
  const chosen = selected.chapters.map((m) => applyVariables(m, values));
  const appendix = selected.appendix.map((m) => applyVariables(m, values));
  const chapters = await buildChapters(w, library, chosen, appendix, config, values);
  const isoDate = options.date ?? config.date;
  const logoType = options.logoPath ? logoTypeFor(options.logoPath) : undefined;
  const sessions = trainingSessions(w, chapters, config);
  return {
    language: DEFAULT_LANGUAGE,
    title: fill(w.locale, w.handbook.title, { company: config.company }),
    company: config.company,
    vision: config.vision,
    locale: config.locale,
    paper: options.paper ?? config.output.paper ?? paperForLocale(config.locale),
    ...(isoDate ? { date: { iso: isoDate, text: formatDate(isoDate, config.locale, w) } } : {}),
    audiences: (config.audiences ?? []).map((a) => w.audiences[a]),
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
    howToUse: writeHowToUse(w, config, chapters.length, appendix.length),
    chapters,
    appendix: {
      modes: appendix.map((mode) => ({
        mode,
        anchor: appendixAnchor(mode.id),
        categoryLabel: w.categories[mode.category].label,
      })),
      empowerment: config.empowerment.length > 0 ? config.empowerment : [...SAMPLE_EMPOWERMENT],
      empowermentIsSample: config.empowerment.length === 0,
    },
    training: {
      sessions,
      totalMinutes: sessions.reduce((sum, s) => sum + s.minutes, 0),
      ...(config.training?.start ? { cadence: config.training.cadence } : {}),
    },
    sources: citedSources(library, chosen, appendix),
    values,
  };
}

const chapterAnchor = (id: string) => `chapter-${id}`;
const appendixAnchor = (id: string) => `appendix-${id}`;

/** Each chosen mode as a numbered chapter: its body for both targets, its related modes as found in this handbook, its citations. */
async function buildChapters(
  w: Dictionary,
  library: Library,
  chosen: FailureMode[],
  appendix: FailureMode[],
  config: HandbookConfig,
  values: VariableValues,
): Promise<HandbookChapter[]> {
  const empowerment = config.empowerment.length > 0 ? config.empowerment : undefined;
  const chapterNumber = new Map(chosen.map((m, i) => [m.id, i + 1]));
  const inAppendix = new Set(appendix.map((m) => m.id));
  const byId = new Map(library.modes.map((m) => [m.id, m]));
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  return Promise.all(
    chosen.map(async (mode, i) => ({
      number: i + 1,
      anchor: chapterAnchor(mode.id),
      mode,
      categoryLabel: w.categories[mode.category].label,
      body: await renderBodyTrees(mode.body, mode.file, { values, empowerment }),
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
    })),
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
 * Every session training-plan.ics holds, in its order and on its dates: one per chapter and the
 * refreshers that follow (planTrainingSessions with the calendar's defaults), so the printed plan
 * and the calendar cannot disagree. Without a start date the order stands, undated.
 */
function trainingSessions(
  w: Dictionary,
  chapters: HandbookChapter[],
  config: HandbookConfig,
): TrainingSession[] {
  const start = config.training?.start;
  // Any date serves to put an undated plan in order; its dates are not shown.
  const planned = planTrainingSessions(
    chapters.map((c) => c.mode),
    { start: start ?? '2001-01-01', cadence: config.training?.cadence ?? 'weekly' },
  );
  return planned.map((p) => {
    const chapter = chapters[p.number - 1]!;
    return {
      kind: p.kind,
      number: p.number,
      chapter: chapter.number,
      anchor: chapter.anchor,
      modeTitle: chapter.mode.title,
      exercise: chapter.mode.exercise,
      minutes: p.minutes,
      ...(start ? { date: formatDate(p.start.slice(0, 10), config.locale, w) } : {}),
    };
  });
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
