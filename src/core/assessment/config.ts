/**
 * The handbook config that follows from an assessment: the neediest modes as chapters, working
 * defaults for everything else, and comments on what to edit. Strings from answers files (the
 * company name) are written through the yaml package (config-writer.ts), so any character stays
 * text. The page loads this module only when someone downloads a config, which keeps yaml out of
 * the first visit.
 */
import { writeConfigYaml } from '../config/writer.ts';
import type { ModeNeed } from './score.ts';
import { chooseChapters, type SplitTie } from './ties.ts';
import { describeConfigText, toConfigText } from './text.ts';
import { fill, plural } from '../../i18n/format.ts';
import type { AssessWords } from './words.ts';
import type { Language } from '../../i18n/index.ts';

export interface ConfigOptions {
  /** The company name; without one the config says "Your company" and a comment asks for the real name. */
  company?: string;
  /** How many of the ranked modes become chapters (default 5); a tie at the cut comes in whole unless `fromTie` is given. */
  top?: number;
  /** The modes a person chose from a tie at the cut; without it, the whole tie is in. */
  fromTie?: readonly string[];
  /** Cover date (YYYY-MM-DD); left out when not given. */
  date?: string;
  /** First training session (YYYY-MM-DD); without it the training block is written commented out. */
  trainingStart?: string;
  /** How often training sessions run (default weekly). */
  cadence?: 'weekly' | 'fortnightly' | 'monthly';
  /** Whose answers the ranking came from, for the header comment, e.g. "4 people's answers" (default: the person's own). */
  basis?: string;
  /**
   * The handbook's language (the assessment page's own): written when not English, with the
   * locale of its words, so a team that answered in Spanish gets a Spanish handbook.
   */
  language?: Language;
}

/** Default number of chapters in a config made from an assessment. */
export const DEFAULT_TOP = 5;

const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
/** The cadences a config may hold besides one, as written in it (values, not words). */
const othersThan = (cadence: string) => CADENCES.filter((c) => c !== cadence).join(', ');
/** The training block a config without dates carries commented out, as an example to copy. */
const EXAMPLE_TRAINING = { start: '2025-09-01', cadence: 'weekly' } as const;

/** The first line of every config the assessment writes; `assess --force` replaces only such a file. */
export const configHeaderFirstLine = (w: AssessWords) => `# ${w.assess.config.header}`;

/** The header's sentence about a tie at the cut, so a reader of the file knows no hidden order chose the chapters. */
function describeTie(w: AssessWords, tie: SplitTie<unknown>, taken: number): string {
  const { locale } = w;
  const words = w.assess.config;
  const n = tie.modes.length;
  const values = { need: tie.need, where: plural(locale, tie.places, words.lastPlaces) };
  if (taken === n) return plural(locale, n, words.tieAll, values);
  if (taken === 0) return plural(locale, n, words.tieNoneChosen, values);
  return plural(locale, taken, words.tieChosen, { ...values, tied: n });
}

/**
 * The handbook config YAML for a ranking: the top modes as `priorities` in ranked order (a tie at
 * the cut whole, or the modes chosen from it, and the header says which), the company if given (as
 * `playbook validate` accepts it: see assessment-text.ts), working defaults for every other
 * required field, and comments on what to edit, written by the one config writer. Throws when no
 * chapter is left, since a handbook needs at least one.
 */
export function buildConfigYaml(
  w: AssessWords,
  ranking: readonly Pick<ModeNeed, 'id' | 'title' | 'need' | 'ticked' | 'signs'>[],
  options: ConfigOptions = {},
): string {
  const { chapters: chosen, tie } = chooseChapters(
    ranking,
    options.top ?? DEFAULT_TOP,
    options.fromTie ? new Set(options.fromTie) : undefined,
  );
  if (chosen.length === 0) throw new Error(w.assess.config.nothingToWrite);
  const tied = new Set(tie?.modes.map((m) => m.id));
  const company = toConfigText(options.company ?? '').text;
  const cadence = options.cadence ?? 'weekly';
  const { locale } = w;
  const words = w.assess.config;
  const data = {
    company: company || words.company,
    vision: words.vision,
    priorities: chosen.map((m) => m.id),
    include: 'priorities',
    standards: {
      firstResponse: words.firstResponse,
      callback: words.callback,
      refundLimit: words.refundLimit,
    },
    empowerment: [],
    ...(options.language && options.language !== 'en'
      ? { language: options.language, locale }
      : { locale: 'en-GB' }),
    ...(options.date ? { date: options.date } : {}),
    output: { dir: 'handbook', formats: ['html', 'md', 'handouts'] },
    ...(options.trainingStart ? { training: { start: options.trainingStart, cadence } } : {}),
  };
  const priorityNote = (m: (typeof chosen)[number]) => {
    const note = fill(locale, tied.has(m.id) ? words.priorityTied : words.priority, {
      need: Math.round(m.need),
    });
    return m.signs > 0 ? plural(locale, m.ticked, words.priorityWithSigns, { note }) : note;
  };
  return writeConfigYaml(data, {
    header: [
      words.header,
      plural(locale, chosen.length, words.chapters, { basis: options.basis ?? w.assess.results.basis }),
      ...(tie ? [describeTie(w, tie, chosen.length - tie.above)] : []),
      words.editThen,
      `  ${words.validate}`,
      `  ${words.generate}`,
    ].join('\n'),
    comments: [
      ...(company ? [] : [{ path: ['company'], beside: words.companyNote }]),
      { path: ['vision'], above: words.visionNote },
      { path: ['priorities'], above: words.prioritiesNote },
      ...chosen.map((m, i) => ({ path: ['priorities', i], beside: priorityNote(m) })),
      { path: ['include'], above: words.includeNote },
      { path: ['standards'], above: words.standardsNote },
      { path: ['standards', 'refundLimit'], above: words.refundLimitNote },
      { path: ['empowerment'], above: words.empowermentNote },
      { path: ['locale'], beside: words.localeNote },
      ...(options.date ? [{ path: ['date'], beside: words.dateNote }] : []),
      { path: ['output', 'formats'], above: words.formatsNote },
      ...(options.trainingStart
        ? [
            { path: ['training'], above: words.trainingNote },
            {
              path: ['training', 'cadence'],
              beside: fill(locale, words.cadenceNote, { values: othersThan(cadence) }),
            },
          ]
        : []),
    ],
    flow: [['output', 'formats']],
    ...(options.trainingStart
      ? {}
      : {
          footer: [
            words.trainingLater,
            'training:',
            `  start: ${EXAMPLE_TRAINING.start}`,
            `  cadence: ${EXAMPLE_TRAINING.cadence}   # ${fill(locale, words.cadenceNote, { values: othersThan(EXAMPLE_TRAINING.cadence) })}`,
          ].join('\n'),
        }),
  });
}

/**
 * A status sentence followed by what writing the company name into the config changed (invisible
 * characters left out, or cut to length), if anything; the page shows it after a download.
 */
export function withCompanyNote(
  w: AssessWords,
  status: string,
  what: string,
  company: string | undefined,
): string {
  const note = describeConfigText(w, what, toConfigText(company ?? ''));
  return note ? fill(w.locale, w.assess.configText.withNote, { status, note }) : status;
}
