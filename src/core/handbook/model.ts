/**
 * The handbook as data: the one shape every renderer (HTML, Markdown, PDF, DOCX, calendar) reads,
 * kept apart from how it is built so a renderer's author reads only this.
 */
import type { Root } from 'mdast';
import type { EmpowermentRow, VariableValues } from '../../markdown/variables.ts';
import type { Cadence } from '../../schemas/handbook-config.ts';
import type { PaperSize } from '../../schemas/paper.ts';
import type { Article } from '../../schemas/sources.ts';
import type { Exercise } from '../../schemas/failure-mode.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import type { Language } from '../../i18n/index.ts';
import type { FailureMode } from '../library/library.ts';
import type { MetricOnPage } from '../library/metric-uses.ts';
import type { StaffingSection } from '../staffing/handbook-section.ts';
import type { FirstDaysPlan } from './first-days.ts';
import type { HandbookMeasures } from './measures.ts';

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
