import { dirname, extname, isAbsolute, join } from 'node:path';
import type { Root } from 'mdast';
import type { Document, LineCounter } from 'yaml';
import { renderBodyTrees } from '../markdown/pipeline.ts';
import { SAMPLE_EMPOWERMENT, type EmpowermentRow, type VariableName, type VariableValues } from '../markdown/variables.ts';
import {
  HandbookConfigSchema,
  paperForLocale,
  type HandbookConfig,
  type PaperSize,
} from '../schemas/handbook-config.ts';
import type { Article } from '../schemas/sources.ts';
import type { Exercise } from '../schemas/failure-mode.ts';
import { AUDIENCES, CATEGORIES } from '../schemas/taxonomy.ts';
import { applyVariables, sortModes, suggest, type FailureMode, type Library, type SourceText } from './library.ts';
import { parseYamlDocument, problemsFromZod, type Problem } from './problems.ts';

/** Image types a logo may have, by file extension, with the media type used in the data URI. */
export const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

export interface ConfigCheckOptions {
  /** Answers whether a file exists; injected so this module stays free of I/O. */
  fileExists?: (absolutePath: string) => boolean;
}

export interface CheckedConfig {
  /** Present only when there are no problems. */
  config?: HandbookConfig;
  /** Absolute path of the logo, when the config names one. */
  logoPath?: string;
  /** Mistakes that stop generation. */
  problems: Problem[];
  /** Things worth knowing that do not stop generation (a long vision, a missing refund limit). */
  warnings: Problem[];
}

/**
 * Parses and checks a handbook config against the library: YAML syntax, the schema, unknown and
 * duplicate priority ids, the logo file. Every problem is returned at once, with field and line.
 */
export function checkHandbookConfig(source: SourceText, library: Library, options: ConfigCheckOptions = {}): CheckedConfig {
  const file = source.path;
  const parsed = parseYamlDocument(file, source.text);
  if (parsed.problems.length > 0) return { problems: parsed.problems, warnings: [] };
  const raw: unknown = parsed.doc.toJS();
  if (raw === null || raw === undefined) {
    return {
      problems: [{ file, line: 1, message: 'the file is empty; expected at least company, vision, priorities and standards (run `playbook init` for a starter)' }],
      warnings: [],
    };
  }
  const at = (path: (string | number)[]) => ({ field: path.join('.'), ...locate(parsed.doc, parsed.lines, path) });

  const result = HandbookConfigSchema.safeParse(raw);
  const problems: Problem[] = result.success ? [] : problemsFromZod(file, result.error.issues, parsed.doc, parsed.lines);
  const warnings: Problem[] = [];

  // The library-dependent checks run even when the schema failed elsewhere, so every problem shows at once.
  const rawConfig = (typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const ids = library.modes.map((m) => m.id);
  const known = new Set(ids);
  if (Array.isArray(rawConfig.priorities)) {
    rawConfig.priorities.forEach((id, i) => {
      if (typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && !known.has(id)) {
        problems.push({
          file,
          ...at(['priorities', i]),
          message: `unknown failure mode "${id}"${suggest(id, ids)}; run \`playbook list\` to see every id`,
        });
      }
    });
  }

  let logoPath: string | undefined;
  const branding = rawConfig.branding as Record<string, unknown> | undefined;
  if (branding && typeof branding.logo === 'string' && branding.logo.trim() !== '') {
    const logo = branding.logo.trim();
    logoPath = isAbsolute(logo) ? logo : join(dirname(file), logo);
    const type = LOGO_TYPES[extname(logo).toLowerCase()];
    if (!type) {
      problems.push({
        file,
        ...at(['branding', 'logo']),
        message: `"${logo}" is not a supported image; expected a file ending in ${Object.keys(LOGO_TYPES).join(', ')}`,
      });
    } else if (options.fileExists && !options.fileExists(logoPath)) {
      problems.push({
        file,
        ...at(['branding', 'logo']),
        message: `logo file "${logo}" not found (looked for ${logoPath}); the path is relative to the config file. Fix the path or remove the logo line`,
      });
    }
  }

  if (!result.success || problems.length > 0) return { problems, warnings };
  const config = result.data;

  if (countSentences(config.vision) > 1) {
    warnings.push({
      file,
      ...at(['vision']),
      message: 'the vision is longer than one sentence; a single sentence is easier for everyone to remember and quote',
    });
  }
  const chapters = config.priorities.map((id) => library.modes.find((m) => m.id === id)!);
  const uses = (pattern: RegExp) => chapters.filter((m) => pattern.test(m.body)).map((m) => m.id);
  const usingRefund = uses(/:var\[\s*refundLimit\s*\]/);
  if (!config.standards.refundLimit && usingRefund.length > 0) {
    warnings.push({
      file,
      ...at(['standards']),
      message: `standards.refundLimit is not set, so ${usingRefund.join(', ')} will say "an agreed amount"; add e.g. \`refundLimit: 50 GBP\``,
    });
  }
  const usingTable = uses(/^::empowerment-table\s*$/m);
  if (config.empowerment.length === 0 && usingTable.length > 0) {
    warnings.push({
      file,
      field: 'empowerment',
      message: `no empowerment rows, so ${usingTable.join(', ')} shows a sample table; add rows with role, decision and limit`,
    });
  }
  if (config.audiences) {
    const wanted = new Set(config.audiences);
    config.priorities.forEach((id, i) => {
      const mode = chapters[i]!;
      if (!mode.audiences.some((a) => wanted.has(a))) {
        warnings.push({
          file,
          ...at(['priorities', i]),
          message: `"${id}" is written for ${mode.audiences.join(', ')}, none of the audiences listed; it is kept because you chose it`,
        });
      }
    });
  }
  return { config, logoPath, problems, warnings };
}

function locate(doc: Document, lines: LineCounter, path: (string | number)[]): { line?: number; column?: number } {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return {};
  const pos = lines.linePos(node.range[0]);
  return { line: pos.line, column: pos.col };
}

/** Counts sentences the simple way: a full stop, question or exclamation mark followed by more words. */
export function countSentences(text: string): number {
  return text.trim().split(/[.!?]+["'”’)]*\s+(?=\S)/).length;
}

/** The chapters in the config's order, and (for include: all) the rest, in library order, for the appendix. */
export function selectModes(library: Library, config: Pick<HandbookConfig, 'priorities' | 'include' | 'audiences'>) {
  const byId = new Map(library.modes.map((m) => [m.id, m]));
  const chapters = config.priorities.map((id) => {
    const mode = byId.get(id);
    if (!mode) throw new Error(`selectModes: "${id}" is not in the library; check the config first`);
    return mode;
  });
  const chosen = new Set(config.priorities);
  const wanted = config.audiences ? new Set(config.audiences) : undefined;
  const appendix =
    config.include === 'all'
      ? sortModes(library.modes.filter((m) => !chosen.has(m.id) && (!wanted || m.audiences.some((a) => wanted.has(a)))))
      : [];
  return { chapters, appendix };
}

/** The variable values a config gives the page bodies. */
export function variableValues(config: HandbookConfig): VariableValues {
  const values: Record<VariableName, string | undefined> = {
    company: config.company,
    vision: `“${config.vision.replace(/^["“']+|["”']+$/g, '')}”`,
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
  related: RelatedLink[];
  sources: SourceCitation[];
}

export interface AppendixEntry {
  mode: FailureMode;
  anchor: string;
  categoryLabel: string;
}

export interface TrainingSession {
  number: number;
  /** The chapter this session trains. */
  chapter: number;
  anchor: string;
  modeTitle: string;
  exercise: Exercise;
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
export async function buildHandbook(library: Library, config: HandbookConfig, options: BuildOptions = {}): Promise<Handbook> {
  const values = variableValues(config);
  const selected = selectModes(library, config);
  // Frontmatter text (play steps, prompts) may use :var[...] too; bodies are resolved by the remark plugin.
  const chosen = selected.chapters.map((m) => applyVariables(m, values));
  const appendix = selected.appendix.map((m) => applyVariables(m, values));
  const empowerment = config.empowerment.length > 0 ? config.empowerment : undefined;
  const chapterAnchor = (id: string) => `chapter-${id}`;
  const appendixAnchor = (id: string) => `appendix-${id}`;
  const chapterNumber = new Map(chosen.map((m, i) => [m.id, i + 1]));
  const inAppendix = new Set(appendix.map((m) => m.id));
  const byId = new Map(library.modes.map((m) => [m.id, m]));
  const articles = new Map(library.articles.map((a) => [a.id, a]));

  const chapters: HandbookChapter[] = await Promise.all(
    chosen.map(async (mode, i) => ({
      number: i + 1,
      anchor: chapterAnchor(mode.id),
      mode,
      categoryLabel: CATEGORIES[mode.category].label,
      body: await renderBodyTrees(mode.body, mode.file, { values, empowerment }),
      related: mode.related.flatMap((id): RelatedLink[] => {
        const other = byId.get(id);
        if (!other) return [];
        const number = chapterNumber.get(id);
        if (number !== undefined) return [{ id, title: other.title, where: 'chapter', anchor: chapterAnchor(id), number }];
        if (inAppendix.has(id)) return [{ id, title: other.title, where: 'appendix', anchor: appendixAnchor(id) }];
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

  const isoDate = options.date ?? config.date;
  const paper = options.paper ?? config.output.paper ?? paperForLocale(config.locale);
  const logoType = options.logoPath ? LOGO_TYPES[extname(options.logoPath).toLowerCase()] : undefined;

  const cited = [...chosen.map((m) => ({ mode: m, anchor: chapterAnchor(m.id), number: chapterNumber.get(m.id) })), ...appendix.map((m) => ({ mode: m, anchor: appendixAnchor(m.id), number: undefined }))];
  const sources: SourceEntry[] = library.articles
    .map((article) => ({
      article,
      citedBy: cited
        .filter((c) => c.mode.sources.some((s) => s.article === article.id))
        .map((c) => ({ title: c.mode.title, anchor: c.anchor, ...(c.number !== undefined ? { number: c.number } : {}) })),
    }))
    .filter((s) => s.citedBy.length > 0);

  const sessionDates = config.training?.start ? scheduleDates(config.training.start, config.training.cadence, chapters.length) : [];
  const sessions: TrainingSession[] = chapters.map((chapter, i) => ({
    number: i + 1,
    chapter: chapter.number,
    anchor: chapter.anchor,
    modeTitle: chapter.mode.title,
    exercise: chapter.mode.exercise,
    ...(sessionDates[i] ? { date: formatDate(sessionDates[i]!, config.locale) } : {}),
  }));

  return {
    title: `${config.company} service handbook`,
    company: config.company,
    vision: config.vision,
    locale: config.locale,
    paper,
    ...(isoDate ? { date: { iso: isoDate, text: formatDate(isoDate, config.locale) } } : {}),
    audiences: (config.audiences ?? []).map((a) => AUDIENCES[a]),
    accent: config.branding.accent,
    ...(options.logo && logoType ? { logo: { mediaType: logoType, data: options.logo } } : {}),
    standards: [
      { name: 'First response', value: config.standards.firstResponse },
      { name: 'Callback', value: config.standards.callback },
      ...(config.standards.refundLimit ? [{ name: 'Frontline refund without asking', value: config.standards.refundLimit }] : []),
      ...config.standards.others,
    ],
    howToUse: writeHowToUse(config, chapters.length, appendix.length),
    chapters,
    appendix: {
      modes: appendix.map((mode) => ({ mode, anchor: appendixAnchor(mode.id), categoryLabel: CATEGORIES[mode.category].label })),
      empowerment: config.empowerment.length > 0 ? config.empowerment : SAMPLE_EMPOWERMENT,
      empowermentIsSample: config.empowerment.length === 0,
    },
    training: {
      sessions,
      totalMinutes: sessions.reduce((sum, s) => sum + s.exercise.minutes, 0),
      ...(config.training?.start ? { cadence: config.training.cadence } : {}),
    },
    sources,
    values,
  };
}

/** The "how to use this handbook" paragraphs, in our own words, tuned to what the handbook contains. */
function writeHowToUse(config: HandbookConfig, chapterCount: number, appendixCount: number): string[] {
  const chapters = chapterCount === 1 ? 'one chapter' : `${chapterCount} chapters`;
  const paragraphs = [
    `${config.company} picked ${chapters} for this handbook: the service problems we most want to fix, in the order we plan to work on them. Each chapter describes one way good service slips, how to spot it here, and what we will do about it.`,
    'Before a chapter’s training session, read it on your own. Start with the warning signs; if several of them sound like last week, the chapter is about us. Then score each diagnostic statement from 1 (not true of us) to 5 (completely true of us). Compare scores as a team and put your effort where they are lowest.',
    'The plays are the actions. Every play names an owner and a timeframe, so leave each session knowing who has taken which play on. The metrics show whether the change is working: note where they stand today and look again after a month.',
    `The training plan turns each chapter’s exercise into one session. Our standards (a first response within ${config.standards.firstResponse}, callbacks within ${config.standards.callback}) and the empowerment table are promises: the table says what each role may decide without asking anyone.`,
  ];
  if (appendixCount > 0) {
    paragraphs.push(`The appendix summarises ${appendixCount} further failure modes in a few lines each. If one of them fits better than a chapter, swap it into the priorities and generate the handbook again.`);
  }
  return paragraphs;
}

/** Formats an ISO date for a locale, in UTC so the day never shifts with the machine's time zone. */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Session dates from a start date: every 7 or 14 days, or the same day each month (clamped to the month's end). */
export function scheduleDates(start: string, cadence: 'weekly' | 'fortnightly' | 'monthly', count: number): string[] {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => {
    if (cadence === 'monthly') {
      const lastDay = new Date(Date.UTC(y, m - 1 + i + 1, 0)).getUTCDate();
      return new Date(Date.UTC(y, m - 1 + i, Math.min(d, lastDay))).toISOString().slice(0, 10);
    }
    const step = cadence === 'weekly' ? 7 : 14;
    return new Date(Date.UTC(y, m - 1, d + i * step)).toISOString().slice(0, 10);
  });
}

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h > 0 ? `${h} h` : '', m > 0 || h === 0 ? `${m} min` : ''].filter(Boolean).join(' ');
}
