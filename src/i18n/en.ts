/**
 * The English dictionary: every word the playbook itself prints around the content (section labels,
 * table headings, the sentences of the handbook, the whole playbook, handouts, kits, the calendar and
 * the site), as whole sentences with `{placeholders}` and plural forms (src/i18n/format.ts fills
 * them). Content (the pages) and the command line's own messages are not here. A second language
 * is a copy of this file and of its folder src/i18n/en/ (one file each for the words of the site, the
 * builder, the assessment, the staffing calculator, a mode's and a metric's documents, a handbook's
 * front and back matter, its training kits and the formats it comes in), translated.
 */
import { pluralForms } from './format.ts';
import type { SectionId } from './keys.ts';
import { site } from './en/site.ts';
import { builder } from './en/builder.ts';
import { assess } from './en/assess.ts';
import { staffing } from './en/staffing.ts';
import { mode, metric, pulse } from './en/mode.ts';
import { handbook, playbook } from './en/handbook.ts';
import { kit, calendar, worksheets, firstDays } from './en/kit.ts';
import { outputs, print, docx } from './en/outputs.ts';

export const en = {
  /** BCP 47 language of these words and of the content: `<html lang>` comes from here, never from a config's locale. */
  language: 'en',
  /** The conventions its lists, plurals and numbers follow (UK English: no comma before "and"). */
  locale: 'en-GB',
  /** Text direction of the language: `dir` on every page and document. */
  direction: 'ltr' as 'ltr' | 'rtl',
  siteName: 'Service Playbook',
  /** A label that introduces what follows it: "Owner:". */
  labelled: '{label}:',
  /** A quotation, in the language's quotation marks. */
  quoted: '“{text}”',

  /** The heading of each section; the story (the page body) has none of its own, its prose brings its own headings. */
  sections: {
    'warning-signs': 'Warning signs',
    'sounds-like': 'Sounds like',
    story: undefined,
    'root-causes': 'Root causes',
    'diagnostic-questions': 'Diagnostic questions',
    plays: 'Plays',
    metrics: 'Metrics',
    exercise: 'Training exercise',
    related: 'Related failure modes',
    sources: 'Sources',
  } as Record<SectionId, string | undefined>,

  /** The categories a failure mode belongs to, by id (src/schemas/taxonomy.ts holds their order). */
  categories: {
    'vision-leadership': {
      label: 'Vision and leadership',
      /** The name inside a sentence ("Only … has answers so far"). */
      inSentence: 'vision and leadership',
      blurb: 'What the people at the top say service is, and what they show it is.',
    },
    'hiring-training': {
      label: 'Hiring and training',
      inSentence: 'hiring and training',
      blurb: 'Who joins the team and how they learn to serve, on day one and every month after.',
    },
    'empowerment-communication': {
      label: 'Empowerment and communication',
      inSentence: 'empowerment and communication',
      blurb: 'Whether people may act, know what is going on, and are heard when they speak.',
    },
    'working-conditions': {
      label: 'Working conditions and resources',
      inSentence: 'working conditions and resources',
      blurb: 'Staffing, tools and the way the company treats the people who serve.',
    },
    'recognition-culture': {
      label: 'Recognition and culture',
      inSentence: 'recognition and culture',
      blurb: 'Thanks, celebration and the everyday mood of the team.',
    },
    'customer-processes': {
      label: 'Customer processes',
      inSentence: 'customer processes',
      blurb: 'Response times, recovery and processes designed from the customer side.',
    },
    'measurement-improvement': {
      label: 'Measurement and improvement',
      inSentence: 'measurement and improvement',
      blurb: 'Seeing service as customers see it, finding root causes, and getting better on purpose.',
    },
  },

  /** Who a page speaks to, by id. */
  audiences: {
    executives: 'Executives',
    managers: 'Managers',
    frontline: 'Frontline staff',
    hr: 'HR',
    trainers: 'Trainers',
  },

  /** The same readers inside a sentence ("For executives, managers and HR."). */
  audiencesInSentence: {
    executives: 'executives',
    managers: 'managers',
    frontline: 'frontline staff',
    hr: 'HR',
    trainers: 'trainers',
  },

  /** The answer scale of the diagnostic statements, from 1 to 5. */
  scale: ['Not true of us', 'Rarely true', 'Sometimes true', 'Mostly true', 'Completely true of us'],
  /** The scale's two ends inside a sentence ("from 1 (not true of us) to 5 (completely true of us)"). */
  scaleEnds: { low: 'not true of us', high: 'completely true of us' },

  /** A training exercise's format, as a reader says it, by id. */
  exerciseFormats: {
    'role-play': 'role play',
    discussion: 'discussion',
    workshop: 'workshop',
    'case-study': 'case study',
    simulation: 'simulation',
    walkthrough: 'walkthrough',
  },

  /** A length of time, "1 h 30 min" or "45 min": the hours and the minutes, joined by a space. */
  duration: { hours: '{h} h', minutes: '{m} min' },

  /** What a company value reads as where no company has given one (the site's neutral edition), by variable. */
  neutral: {
    company: 'your company',
    vision: 'your one-sentence service vision',
    firstResponse: 'the first-response time you set',
    callback: 'the callback time you set',
    refundLimit: 'an agreed amount',
  },

  /** The empowerment table shown until a company agrees its own: a sample to start from. */
  sampleEmpowerment: [
    {
      role: 'Frontline agent',
      decision: 'Refund or credit without asking',
      limit: 'Set a fixed amount per customer',
    },
    { role: 'Frontline agent', decision: 'Waive a fee or send a replacement', limit: 'Once per order' },
    { role: 'Team leader', decision: 'Goodwill gesture after a complaint', limit: 'A higher fixed amount' },
    { role: 'Service manager', decision: 'Exceptions to policy', limit: 'Any, recorded with a reason' },
  ],

  /** The words of a failure mode's document: the site page, a handbook chapter, a handout. */
  mode,

  /** A metric's full entry, as the site's glossary and a handbook's appendix print it (src/document/metrics.ts). */
  metric,

  /** The staff pulse survey: its form (a handbook's appendix) and how it runs (the form and the site). */
  pulse,

  /** The handbook's front and back matter. */
  handbook,

  /** The whole playbook in print (/print/ and `playbook print`). */
  playbook,

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /**
   * The site's own pages and layout: navigation, home, lists, search, sources, 404, the handbook
   * guide, the handout and kit pages; and the few words the site shares with the generator (the
   * callouts in a page body, the titles of a handbook's handout and kit files).
   */
  site,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook builder (/build/): its form, messages, notes, status lines and the settings file it writes. */
  builder,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** A training kit: the facilitator sheet and the cards. */
  kit,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The training calendar (training-plan.ics): its events' titles and descriptions. */
  calendar,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Worksheets (content/worksheets/): the printed form, its site pages and a handbook's appendix of them. */
  worksheets,

  /** "Our first 90 days": the chapters' plays laid out by the week each starts. */
  firstDays,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The formats a handbook comes in (src/render/outputs.ts): their names and descriptions. */
  outputs,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Printing from the browser (/print/, the builder's Print): the paper choice and its messages. */
  print,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook in Word (handbook.docx, src/render/docx/) and its entry in the table of outputs. */
  docx,
  // ──────────────────────────────────────────────────────────────────────────────────────────────
};
