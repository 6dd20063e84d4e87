/**
 * Building the handbook: which modes it holds, in what order, with the company's own words, its
 * chapters, appendix and sources; the shape it fills is in model.ts, the training plan in training-plan.ts.
 */
import { renderBodyTrees } from '../../markdown/pipeline.ts';
import { type VariableName, type VariableValues } from '../../markdown/variables.ts';
import type { HandbookConfig } from '../../schemas/handbook-config.ts';
import { paperForLocale } from '../../schemas/paper.ts';
import { fill, plural } from '../../i18n/format.ts';
import { loadDictionary, words, type Dictionary } from '../../i18n/index.ts';
import { logoTypeFor } from '../config/logo.ts';
import { INTERNAL_ERRORS } from '../internal-errors.ts';
import type { FailureMode, Library } from '../library/library.ts';
import { applyVariables, sortModes } from '../library/modes.ts';
import { formatDate } from './schedule.ts';
import { planFirstDays } from './first-days.ts';
import {
  chapterOrder,
  exampleInstead,
  renderNote,
  renderOwnBody,
  withCompanyPlays,
  wordsFor,
} from './own-words.ts';
import { staffingSectionFor, type StaffingSection } from '../staffing/handbook-section.ts';
import { chapterMetrics, handbookMeasures } from './measures.ts';
import type {
  BuildOptions,
  Handbook,
  HandbookChapter,
  HandbookWorksheet,
  OwnHandbookChapter,
  RelatedLink,
  RoleDuties,
  SourceEntry,
} from './model.ts';
import { trainingSessions } from './training-plan.ts';

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
