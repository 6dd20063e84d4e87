/**
 * The handbook config that follows from an assessment: the neediest modes as chapters, working
 * defaults for everything else, and comments on what to edit. Strings from answers files (the
 * company name) are written through the yaml package, so any character stays text. The page loads
 * this module only when someone downloads a config, which keeps yaml out of the first visit.
 */
import { stringify } from 'yaml';
import type { ModeNeed } from './assessment.ts';

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

/** One YAML double-quoted scalar on one line: control characters, quotes and line breaks escaped. */
const quote = (text: string) => stringify(text, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0, minContentWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER })
    .trimEnd()
    // yaml leaves C1 controls and line/paragraph separators raw; an editor may show them as line breaks.
    .replace(/[\u0080-\u009F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** The first line of every config the assessment writes; `assess --force` replaces only such a file. */
export const CONFIG_HEADER_FIRST_LINE = '# Handbook config made by the service-playbook self-assessment.';

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
    CONFIG_HEADER_FIRST_LINE,
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

