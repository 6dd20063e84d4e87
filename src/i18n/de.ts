/**
 * The German dictionary: en.ts translated, key for key (see docs/languages/de.md for the register,
 * the typography and the glossary). Formal address (Sie), de-DE conventions, „German quotes“.
 */
import { pluralForms } from './format.ts';
import type { SectionId } from './keys.ts';
import type { Dictionary } from './index.ts';
import { site } from './de/site.ts';
import { builder } from './de/builder.ts';
import { assess } from './de/assess.ts';
import { staffing } from './de/staffing.ts';
import { mode, metric, pulse } from './de/mode.ts';
import { handbook, playbook } from './de/handbook.ts';
import { kit, calendar, worksheets, firstDays } from './de/kit.ts';
import { outputs, print, docx } from './de/outputs.ts';

export const de: Dictionary = {
  /** BCP 47 language of these words and of the content: `<html lang>` comes from here, never from a config's locale. */
  language: 'de',
  /** The conventions its lists, plurals and numbers follow (Germany: decimal comma, "a, b und c"). */
  locale: 'de-DE',
  /** Text direction of the language: `dir` on every page and document. */
  direction: 'ltr' as 'ltr' | 'rtl',
  siteName: 'Service Playbook',
  /** A label that introduces what follows it: "Owner:". */
  labelled: '{label}:',
  /** A quotation, in the language's quotation marks. */
  quoted: '„{text}“',

  /** The heading of each section; the story (the page body) has none of its own, its prose brings its own headings. */
  sections: {
    'warning-signs': 'Warnsignale',
    'sounds-like': 'So klingt es',
    story: undefined,
    'root-causes': 'Ursachen',
    'diagnostic-questions': 'Diagnosefragen',
    plays: 'Maßnahmen',
    metrics: 'Kennzahlen',
    exercise: 'Trainingsübung',
    related: 'Verwandte Fehlermuster',
    sources: 'Quellen',
  } as Record<SectionId, string | undefined>,

  /** The categories a failure mode belongs to, by id (src/schemas/taxonomy.ts holds their order). */
  categories: {
    'vision-leadership': {
      label: 'Vision und Führung',
      /** The name inside a sentence ("Only … has answers so far"). */
      inSentence: 'Vision und Führung',
      blurb: 'Was die Spitze des Unternehmens über Service sagt – und was sie tatsächlich vorlebt.',
    },
    'hiring-training': {
      label: 'Einstellung und Training',
      inSentence: 'Einstellung und Training',
      blurb:
        'Wer ins Team kommt und wie alle lernen, gut zu bedienen – am ersten Tag und jeden Monat danach.',
    },
    'empowerment-communication': {
      label: 'Handlungsspielraum und Kommunikation',
      inSentence: 'Handlungsspielraum und Kommunikation',
      blurb: 'Ob Mitarbeitende handeln dürfen, wissen, was los ist, und gehört werden, wenn sie etwas sagen.',
    },
    'working-conditions': {
      label: 'Arbeitsbedingungen und Ressourcen',
      inSentence: 'Arbeitsbedingungen und Ressourcen',
      blurb:
        'Personalstärke, Werkzeuge und wie das Unternehmen mit den Menschen umgeht, die den Service leisten.',
    },
    'recognition-culture': {
      label: 'Anerkennung und Kultur',
      inSentence: 'Anerkennung und Kultur',
      blurb: 'Dank, gemeinsames Feiern und die alltägliche Stimmung im Team.',
    },
    'customer-processes': {
      label: 'Kundenprozesse',
      inSentence: 'Kundenprozesse',
      blurb: 'Reaktionszeiten, Wiedergutmachung und Abläufe, die von der Kundenseite her gedacht sind.',
    },
    'measurement-improvement': {
      label: 'Messen und Verbessern',
      inSentence: 'Messen und Verbessern',
      blurb:
        'Service so sehen, wie Kundinnen und Kunden ihn erleben, Ursachen finden und gezielt besser werden.',
    },
  },

  /** Who a page speaks to, by id. */
  audiences: {
    executives: 'Geschäftsleitung',
    managers: 'Führungskräfte',
    frontline: 'Mitarbeitende im Kundenkontakt',
    hr: 'HR',
    trainers: 'Trainerinnen und Trainer',
  },

  /** The same readers inside a sentence ("For executives, managers and HR."). */
  audiencesInSentence: {
    executives: 'die Geschäftsleitung',
    managers: 'Führungskräfte',
    frontline: 'Mitarbeitende im Kundenkontakt',
    hr: 'HR',
    trainers: 'Trainerinnen und Trainer',
  },

  /** The answer scale of the diagnostic statements, from 1 to 5. */
  scale: ['Trifft nicht zu', 'Trifft selten zu', 'Trifft teilweise zu', 'Trifft meist zu', 'Trifft voll zu'],
  /** The scale's two ends inside a sentence ("from 1 (not true of us) to 5 (completely true of us)"). */
  scaleEnds: { low: 'trifft nicht zu', high: 'trifft voll zu' },

  /** A training exercise's format, as a reader says it, by id. */
  exerciseFormats: {
    'role-play': 'Rollenspiel',
    discussion: 'Diskussion',
    workshop: 'Workshop',
    'case-study': 'Fallstudie',
    simulation: 'Simulation',
    walkthrough: 'Schritt-für-Schritt-Durchgang',
  },

  /** A length of time, "1 h 30 min" or "45 min": the hours and the minutes, joined by a space. */
  duration: { hours: '{h} Std.', minutes: '{m} Min.' },

  /** What a company value reads as where no company has given one (the site's neutral edition), by variable. */
  neutral: {
    company: 'Ihr Unternehmen',
    vision: 'Ihre Servicevision in einem Satz',
    firstResponse: 'die von Ihnen festgelegte Frist für die erste Antwort',
    callback: 'die von Ihnen festgelegte Rückruffrist',
    refundLimit: 'einen vereinbarten Betrag',
  },

  /** The empowerment table shown until a company agrees its own: a sample to start from. */
  sampleEmpowerment: [
    {
      role: 'Mitarbeitende im Kundenkontakt',
      decision: 'Erstattung oder Gutschrift ohne Rückfrage',
      limit: 'Fester Betrag pro Fall, festzulegen',
    },
    {
      role: 'Mitarbeitende im Kundenkontakt',
      decision: 'Gebühr erlassen oder Ersatz schicken',
      limit: 'Einmal pro Bestellung',
    },
    {
      role: 'Teamleitung',
      decision: 'Kulanzleistung nach einer Beschwerde',
      limit: 'Ein höherer fester Betrag',
    },
    {
      role: 'Serviceleitung',
      decision: 'Ausnahmen von Richtlinien',
      limit: 'Unbegrenzt, mit Begründung dokumentiert',
    },
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
