/**
 * The builder's form state, and the two directions between it and handbook config data: state to
 * config data (what the checker reads) and parsed config data back to state (an example, an upload).
 * The YAML text for both lives in config-yaml.ts, loaded only when a file is read or written, so the
 * page's first script carries no YAML library. Pure: no DOM, so it is testable in Node.
 */
import { CADENCES, DEFAULT_ACCENT, OUTPUT_FORMATS, type Cadence } from '../../schemas/handbook-config.ts';
import { AUDIENCE_IDS, type AudienceId } from '../../schemas/taxonomy.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../i18n/index.ts';
import { DEFAULT_LOCALES } from './locales.ts';
import { blankOwnWords, ownWordsConfig, ownWordsFromConfig, type OwnWordsState } from './own-words-state.ts';

/** The form's content; the company's own words (role titles, words in chapters, chapters of its own) are in OwnWordsState. */
export interface BuilderState extends OwnWordsState {
  company: string;
  vision: string;
  priorities: string[];
  include: 'priorities' | 'all';
  /** Empty means every audience (the config then has no `audiences` field). */
  audiences: AudienceId[];
  standards: {
    firstResponse: string;
    callback: string;
    refundLimit: string;
    others: { name: string; value: string }[];
  };
  empowerment: { role: string; decision: string; limit: string }[];
  accent: string;
  /** The logo read in the browser: its file name and bytes as base64. */
  logo?: { name: string; base64: string };
  /** The handbook's language (a Language; an opened file's other value is kept, so the check names it). */
  language: string;
  locale: string;
  /** Empty: the locale's paper. */
  paper: '' | 'A4' | 'Letter';
  /** Cover date, YYYY-MM-DD, or empty for none. */
  date: string;
  trainingStart: string;
  cadence: Cadence;
  /** Config sections the form does not edit (e.g. staffing), kept as they were so nothing is lost. */
  kept?: Record<string, unknown>;
}

/** A blank form; its handbook in `language` (the page's), with that language's usual dates. */
export function blankState(today: string, language: Language = DEFAULT_LANGUAGE): BuilderState {
  return {
    company: '',
    vision: '',
    priorities: [],
    include: 'priorities',
    audiences: [],
    standards: { firstResponse: '', callback: '', refundLimit: '', others: [] },
    empowerment: [],
    accent: DEFAULT_ACCENT,
    language,
    locale: DEFAULT_LOCALES[language],
    paper: '',
    date: today,
    trainingStart: '',
    cadence: 'weekly',
    ...blankOwnWords(),
  };
}

/** True when the form holds nothing but the blank form's defaults (a blank form of any language). */
export function isBlankState(state: BuilderState): boolean {
  const language = isLanguage(state.language) ? state.language : DEFAULT_LANGUAGE;
  return JSON.stringify(state) === JSON.stringify(blankState(state.date, language));
}

/** Fields the form edits; anything else in an uploaded config is kept aside and written back. */
const EDITED = new Set([
  'company',
  'vision',
  'priorities',
  'include',
  'audiences',
  'standards',
  'empowerment',
  'branding',
  'language',
  'locale',
  'date',
  'output',
  'training',
  'roles',
  'chapters',
  'own',
]);

const str = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number'
      ? String(v)
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : '';
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Reads whatever config data holds into the form, leniently: the checker reports what is wrong,
 * beside each field, so a broken upload still fills the form as far as it can.
 */
export function stateFromConfigData(data: unknown, logo?: BuilderState['logo']): BuilderState {
  const raw = obj(data);
  const blank = blankState('');
  const standards = obj(raw.standards);
  const branding = obj(raw.branding);
  const output = obj(raw.output);
  const training = obj(raw.training);
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !EDITED.has(key)));
  const cadence = str(training.cadence);
  const paper = str(output.paper);
  return {
    company: str(raw.company),
    vision: str(raw.vision),
    priorities: arr(raw.priorities).map(str),
    include: raw.include === 'all' ? 'all' : 'priorities',
    audiences: arr(raw.audiences).filter((a): a is AudienceId =>
      (AUDIENCE_IDS as readonly unknown[]).includes(a),
    ),
    standards: {
      firstResponse: str(standards.firstResponse),
      callback: str(standards.callback),
      refundLimit: str(standards.refundLimit),
      others: arr(standards.others).map((o) => ({ name: str(obj(o).name), value: str(obj(o).value) })),
    },
    empowerment: arr(raw.empowerment).map((r) => ({
      role: str(obj(r).role),
      decision: str(obj(r).decision),
      limit: str(obj(r).limit),
    })),
    accent: str(branding.accent) || blank.accent,
    ...(logo && str(branding.logo) === logo.name ? { logo } : {}),
    // A config without a language is English, as `playbook generate` reads it.
    language: str(raw.language) || DEFAULT_LANGUAGE,
    locale: str(raw.locale) || blank.locale,
    paper: paper === 'A4' || paper === 'Letter' ? paper : '',
    date: 'date' in raw ? str(raw.date) : '',
    trainingStart: str(training.start),
    cadence: (CADENCES as readonly string[]).includes(cadence) ? (cadence as Cadence) : 'weekly',
    ...ownWordsFromConfig(raw),
    ...(Object.keys(kept).length > 0 ? { kept } : {}),
  };
}

/** The config as plain data, in the order a person reads it; empty optional fields are left out. */
export function configData(state: BuilderState): Record<string, unknown> {
  const { standards } = state;
  const { roles, ...inChapters } = ownWordsConfig(state, state.priorities);
  return {
    company: state.company,
    vision: state.vision,
    priorities: state.priorities,
    include: state.include,
    ...(state.audiences.length > 0 ? { audiences: state.audiences } : {}),
    ...inChapters,
    standards: {
      firstResponse: standards.firstResponse,
      callback: standards.callback,
      ...(standards.refundLimit.trim() ? { refundLimit: standards.refundLimit } : {}),
      ...(standards.others.length > 0 ? { others: standards.others } : {}),
    },
    ...(state.empowerment.length > 0 ? { empowerment: state.empowerment } : {}),
    ...(roles ? { roles } : {}),
    branding: { accent: state.accent, ...(state.logo ? { logo: state.logo.name } : {}) },
    language: state.language,
    locale: state.locale,
    ...(state.date.trim() ? { date: state.date } : {}),
    output: {
      dir: 'handbook',
      // Every format the builder offers, as generate writes them; the calendar only with a first session.
      formats: OUTPUT_FORMATS.filter((f) => f !== 'ics' || state.trainingStart.trim()),
      ...(state.paper ? { paper: state.paper } : {}),
    },
    ...(state.trainingStart.trim()
      ? { training: { start: state.trainingStart, cadence: state.cadence } }
      : {}),
    ...state.kept,
  };
}
