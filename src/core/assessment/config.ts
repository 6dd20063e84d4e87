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
  /** Whose answers the ranking came from, for the header comment, e.g. "4 people's answers". */
  basis?: string;
}

/** Default number of chapters in a config made from an assessment. */
export const DEFAULT_TOP = 5;

const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;

/** The first line of every config the assessment writes; `assess --force` replaces only such a file. */
export const CONFIG_HEADER_FIRST_LINE = '# Handbook config made by the service-playbook self-assessment.';

/** The header's sentence about a tie at the cut, so a reader of the file knows no hidden order chose the chapters. */
function describeTie(tie: SplitTie<unknown>, taken: number): string {
  const n = tie.modes.length;
  const where = tie.places === 1 ? 'the last place' : `the last ${tie.places} places`;
  return taken === n
    ? `${n} failure modes tie at ${tie.need} of 100 for ${where}; the answers put none ahead of another, so all ${n} are in. Remove the ones you do not want.`
    : `${n} failure modes tie at ${tie.need} of 100 for ${where}; ${taken === 0 ? 'none' : taken} of them ${taken === 1 ? 'was' : 'were'} chosen.`;
}

/**
 * The handbook config YAML for a ranking: the top modes as `priorities` in ranked order (a tie at
 * the cut whole, or the modes chosen from it, and the header says which), the company if given (as
 * `playbook validate` accepts it: see assessment-text.ts), working defaults for every other
 * required field, and comments on what to edit, written by the one config writer. Throws when no
 * chapter is left, since a handbook needs at least one.
 */
export function buildConfigYaml(
  ranking: readonly Pick<ModeNeed, 'id' | 'title' | 'need' | 'ticked' | 'signs'>[],
  options: ConfigOptions = {},
): string {
  const { chapters: chosen, tie } = chooseChapters(
    ranking,
    options.top ?? DEFAULT_TOP,
    options.fromTie ? new Set(options.fromTie) : undefined,
  );
  if (chosen.length === 0)
    throw new Error('nothing to put in the handbook yet: answer at least one statement first');
  const tied = new Set(tie?.modes.map((m) => m.id));
  const company = toConfigText(options.company ?? '').text;
  const cadence = options.cadence ?? 'weekly';
  const data = {
    company: company || 'Your company',
    vision: 'Every customer leaves knowing exactly what happens next.',
    priorities: chosen.map((m) => m.id),
    include: 'priorities',
    standards: { firstResponse: '1 working day', callback: 'the same working day', refundLimit: '50 EUR' },
    empowerment: [],
    locale: 'en-GB',
    ...(options.date ? { date: options.date } : {}),
    output: { dir: 'handbook', formats: ['html', 'md', 'handouts'] },
    ...(options.trainingStart ? { training: { start: options.trainingStart, cadence } } : {}),
  };
  return writeConfigYaml(data, {
    header: [
      CONFIG_HEADER_FIRST_LINE.replace(/^# /, ''),
      `The chapters below are the ${chosen.length === 1 ? 'failure mode' : `${chosen.length} failure modes`} with the most need in ${options.basis ?? 'your answers'}, most need first.`,
      ...(tie ? [describeTie(tie, chosen.length - tie.above)] : []),
      'Edit the lines marked EDIT, then check and generate the handbook:',
      '  npx playbook validate --config <this file>',
      '  npx playbook generate --config <this file>',
    ].join('\n'),
    comments: [
      ...(company ? [] : [{ path: ['company'], beside: "EDIT: your company's name as customers know it" }]),
      {
        path: ['vision'],
        above: 'EDIT: the one sentence every employee should be able to repeat about the service you give.',
      },
      {
        path: ['priorities'],
        above: 'Chapters, most need first. Reorder, remove or add ids; `npx playbook list` shows them all.',
      },
      ...chosen.map((m, i) => ({
        path: ['priorities', i],
        beside: `need ${Math.round(m.need)} of 100${tied.has(m.id) ? ', tied' : ''}${m.signs > 0 ? `; ${m.ticked} warning sign${m.ticked === 1 ? '' : 's'} ticked` : ''}`,
      })),
      {
        path: ['include'],
        above:
          '"priorities" prints only those chapters; "all" adds a short appendix with every other failure mode.',
      },
      {
        path: ['standards'],
        above:
          'EDIT: the promises you make to customers. Chapters quote them after "within", e.g. "a first response within 1 hour".',
      },
      {
        path: ['standards', 'refundLimit'],
        above: 'What a frontline employee may refund without asking anyone.',
      },
      {
        path: ['empowerment'],
        above: 'Who may decide what without asking. Without rows the handbook shows a sample table instead.',
      },
      { path: ['locale'], beside: 'en-US or en-CA for US Letter paper and US dates' },
      ...(options.date ? [{ path: ['date'], beside: 'the cover date' }] : []),
      {
        path: ['output', 'formats'],
        above: 'Also possible: pdf (needs Chromium), ics (the training calendar).',
      },
      ...(options.trainingStart
        ? [
            { path: ['training'], above: 'One training session per chapter, from this date on.' },
            {
              path: ['training', 'cadence'],
              beside: `or ${CADENCES.filter((c) => c !== cadence).join(', ')}`,
            },
          ]
        : []),
    ],
    flow: [['output', 'formats']],
    ...(options.trainingStart
      ? {}
      : {
          footer:
            'Optional: put dates on the training plan, one session per chapter.\ntraining:\n  start: 2025-09-01\n  cadence: weekly   # or fortnightly, monthly',
        }),
  });
}

/**
 * A status sentence followed by what writing the company name into the config changed (invisible
 * characters left out, or cut to length), if anything; the page shows it after a download.
 */
export function withCompanyNote(status: string, what: string, company: string | undefined): string {
  const cleaned = describeConfigText(what, toConfigText(company ?? ''));
  return cleaned ? `${status} ${cleaned}.` : status;
}
