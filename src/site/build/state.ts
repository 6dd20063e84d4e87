/**
 * The builder's form state, and the two directions between it and a handbook config: state to
 * commented YAML (what the checker reads and what the person downloads) and parsed config data back
 * to state (an example, an upload, a saved draft). Pure: no DOM, so it is testable in Node.
 */
import { Document, isMap, isScalar, parse } from 'yaml';
import { CADENCES, type Cadence } from '../../schemas/handbook-config.ts';
import { AUDIENCE_IDS, type AudienceId } from '../../schemas/taxonomy.ts';

export interface BuilderState {
  company: string;
  vision: string;
  priorities: string[];
  include: 'priorities' | 'all';
  /** Empty means every audience (the config then has no `audiences` field). */
  audiences: AudienceId[];
  standards: { firstResponse: string; callback: string; refundLimit: string; others: { name: string; value: string }[] };
  empowerment: { role: string; decision: string; limit: string }[];
  accent: string;
  /** The logo read in the browser: its file name and bytes as base64. */
  logo?: { name: string; base64: string };
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

export function blankState(today: string): BuilderState {
  return {
    company: '',
    vision: '',
    priorities: [],
    include: 'priorities',
    audiences: [],
    standards: { firstResponse: '', callback: '', refundLimit: '', others: [] },
    empowerment: [],
    accent: '#1f5f8b',
    locale: 'en-GB',
    paper: '',
    date: today,
    trainingStart: '',
    cadence: 'weekly',
  };
}

/** Fields the form edits; anything else in an uploaded config is kept aside and written back. */
const EDITED = new Set(['company', 'vision', 'priorities', 'include', 'audiences', 'standards', 'empowerment', 'branding', 'locale', 'date', 'output', 'training']);

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v instanceof Date ? v.toISOString().slice(0, 10) : '');
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Reads whatever a config holds into the form, leniently: the checker reports what is wrong, beside
 * each field, so a broken upload still fills the form as far as it can. Returns undefined when the
 * text is not YAML at all (the checker's message then says where).
 */
export function stateFromConfigText(text: string, today: string, logo?: BuilderState['logo']): BuilderState | undefined {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return undefined;
  }
  const raw = obj(data);
  const blank = blankState(today);
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
    audiences: arr(raw.audiences).filter((a): a is AudienceId => (AUDIENCE_IDS as readonly unknown[]).includes(a)),
    standards: {
      firstResponse: str(standards.firstResponse),
      callback: str(standards.callback),
      refundLimit: str(standards.refundLimit),
      others: arr(standards.others).map((o) => ({ name: str(obj(o).name), value: str(obj(o).value) })),
    },
    empowerment: arr(raw.empowerment).map((r) => ({ role: str(obj(r).role), decision: str(obj(r).decision), limit: str(obj(r).limit) })),
    accent: str(branding.accent) || blank.accent,
    ...(logo && str(branding.logo) === logo.name ? { logo } : {}),
    locale: str(raw.locale) || blank.locale,
    paper: paper === 'A4' || paper === 'Letter' ? paper : '',
    date: 'date' in raw ? str(raw.date) : '',
    trainingStart: str(training.start),
    cadence: (CADENCES as readonly string[]).includes(cadence) ? (cadence as Cadence) : 'weekly',
    ...(Object.keys(kept).length > 0 ? { kept } : {}),
  };
}

/** The logo file a config names, if any: the browser cannot read it from beside the config, so the person picks it. */
export function logoNamed(text: string): string | undefined {
  try {
    const name = str(obj(obj(parse(text)).branding).logo).trim();
    return name || undefined;
  } catch {
    return undefined;
  }
}

/** The config as plain data, in the order a person reads it; empty optional fields are left out. */
function configData(state: BuilderState): Record<string, unknown> {
  const { standards } = state;
  return {
    company: state.company,
    vision: state.vision,
    priorities: state.priorities,
    include: state.include,
    ...(state.audiences.length > 0 ? { audiences: state.audiences } : {}),
    standards: {
      firstResponse: standards.firstResponse,
      callback: standards.callback,
      ...(standards.refundLimit.trim() ? { refundLimit: standards.refundLimit } : {}),
      ...(standards.others.length > 0 ? { others: standards.others } : {}),
    },
    ...(state.empowerment.length > 0 ? { empowerment: state.empowerment } : {}),
    branding: { accent: state.accent, ...(state.logo ? { logo: state.logo.name } : {}) },
    locale: state.locale,
    ...(state.date.trim() ? { date: state.date } : {}),
    output: {
      dir: 'handbook',
      formats: ['html', 'md', 'pdf', 'handouts', ...(state.trainingStart.trim() ? ['ics'] : [])],
      ...(state.paper ? { paper: state.paper } : {}),
    },
    ...(state.trainingStart.trim() ? { training: { start: state.trainingStart, cadence: state.cadence } } : {}),
    ...state.kept,
  };
}

const COMMENTS: Record<string, string> = {
  company: ' Your company\'s name as customers know it.',
  vision: ' The service vision: one sentence that every employee could repeat.',
  priorities: ' The chapters of your handbook, most urgent first.',
  include: ' "priorities" prints only those chapters; "all" adds a short appendix with every other failure mode.',
  audiences: ' Only show appendix entries meant for these readers.',
  standards: ' The promises you make to customers. Each one reads after "within" in a sentence.',
  empowerment: ' Who may decide what without asking. Shown in the empowerment chapter and in an appendix.',
  branding: ' Headings and the cover use this colour; a colour too light to read on white is darkened.\n The logo file must sit beside this config file.',
  locale: ' Dates are written the local way; en-US and en-CA print on US Letter, others on A4.',
  date: ' The date on the cover. Change it when you publish a new edition.',
  output: ' What `playbook generate` writes, and where (relative to the folder you run it from).',
  training: ' Dates for the training plan and training-plan.ics: one session per chapter.',
};

/**
 * The config as commented YAML: made in the browser, checked there with the CLI's checker, and run
 * later with `playbook generate --config config.yaml`. The yaml library quotes every value, so no
 * text a person types can change the file's structure.
 */
export function configYaml(state: BuilderState, titles: ReadonlyMap<string, string>): string {
  const doc = new Document(configData(state));
  doc.commentBefore = ' Handbook config, made with the handbook builder on the Service Playbook site.\n Open it in the builder again, or generate it on a computer with Node.js:\n   npx playbook generate --config config.yaml';
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, i) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!isScalar(pair.key) || !COMMENTS[key]) return;
      pair.key.commentBefore = COMMENTS[key];
      if (i > 0) pair.key.spaceBefore = true;
    });
  }
  state.priorities.forEach((id, i) => {
    const node = doc.getIn(['priorities', i], true);
    const title = titles.get(id);
    if (isScalar(node) && title) node.comment = ` ${title}`;
  });
  return doc.toString({ lineWidth: 0 });
}
