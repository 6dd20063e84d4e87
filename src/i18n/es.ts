/**
 * The Spanish dictionary: every word the playbook itself prints around the content, translated
 * from src/i18n/en.ts with the same keys, placeholders and plural forms. Register, typography and
 * the glossary of the playbook's terms: docs/languages/es.md. Spanish for Spain and Latin America
 * alike: "tú" to one reader, "ustedes" to a group (never "vosotros").
 */
import { pluralForms } from './format.ts';
import type { SectionId } from './keys.ts';
import type { Dictionary } from './index.ts';
import { site } from './es/site.ts';
import { builder } from './es/builder.ts';
import { assess } from './es/assess.ts';
import { staffing } from './es/staffing.ts';
import { mode, metric, pulse } from './es/mode.ts';
import { handbook, playbook } from './es/handbook.ts';
import { kit, calendar, worksheets, firstDays } from './es/kit.ts';
import { outputs, print, docx } from './es/outputs.ts';

export const es: Dictionary = {
  /** BCP 47 language of these words and of the content: `<html lang>` comes from here, never from a config's locale. */
  language: 'es',
  /** The conventions its lists, plurals and numbers follow (Spain: decimal comma, "a, b y c", 50 %). */
  locale: 'es-ES',
  /** Text direction of the language: `dir` on every page and document. */
  direction: 'ltr' as 'ltr' | 'rtl',
  siteName: 'Service Playbook',
  /** A label that introduces what follows it: "Owner:". */
  labelled: '{label}:',
  /** A quotation, in the language's quotation marks (angle quotes, as the RAE recommends first). */
  quoted: '«{text}»',

  /** The heading of each section; the story (the page body) has none of its own, its prose brings its own headings. */
  sections: {
    'warning-signs': 'Señales de alerta',
    'sounds-like': 'Así suena',
    story: undefined,
    'root-causes': 'Causas raíz',
    'diagnostic-questions': 'Preguntas de diagnóstico',
    plays: 'Acciones',
    metrics: 'Indicadores',
    exercise: 'Ejercicio de formación',
    related: 'Modos de fallo relacionados',
    sources: 'Fuentes',
  } as Record<SectionId, string | undefined>,

  /** The categories a failure mode belongs to, by id (src/schemas/taxonomy.ts holds their order). */
  categories: {
    'vision-leadership': {
      label: 'Visión y liderazgo',
      /** The name inside a sentence ("Only … has answers so far"). */
      inSentence: 'visión y liderazgo',
      blurb: 'Lo que la dirección dice que es el servicio y lo que demuestra con sus actos.',
    },
    'hiring-training': {
      label: 'Selección y formación',
      inSentence: 'selección y formación',
      blurb: 'Quién entra en el equipo y cómo aprende a atender, el primer día y cada mes después.',
    },
    'empowerment-communication': {
      label: 'Autonomía y comunicación',
      inSentence: 'autonomía y comunicación',
      blurb: 'Si las personas pueden actuar, saben lo que pasa y se las escucha cuando hablan.',
    },
    'working-conditions': {
      label: 'Condiciones de trabajo y recursos',
      inSentence: 'condiciones de trabajo y recursos',
      blurb: 'Personal, herramientas y el trato que la empresa da a quienes atienden.',
    },
    'recognition-culture': {
      label: 'Reconocimiento y cultura',
      inSentence: 'reconocimiento y cultura',
      blurb: 'Agradecer, celebrar y el ambiente de cada día en el equipo.',
    },
    'customer-processes': {
      label: 'Procesos de cliente',
      inSentence: 'procesos de cliente',
      blurb: 'Tiempos de respuesta, recuperación del servicio y procesos pensados desde el lado del cliente.',
    },
    'measurement-improvement': {
      label: 'Medición y mejora',
      inSentence: 'medición y mejora',
      blurb: 'Ver el servicio como lo ven los clientes, encontrar las causas raíz y mejorar a propósito.',
    },
  },

  /** Who a page speaks to, by id. */
  audiences: {
    executives: 'Dirección',
    managers: 'Mandos intermedios',
    frontline: 'Personal de primera línea',
    hr: 'RR. HH.',
    trainers: 'Formadores',
  },

  /** The same readers inside a sentence ("For executives, managers and HR."). */
  audiencesInSentence: {
    executives: 'la dirección',
    managers: 'los mandos intermedios',
    frontline: 'el personal de primera línea',
    hr: 'Recursos Humanos',
    trainers: 'los formadores',
  },

  /** The answer scale of the diagnostic statements, from 1 to 5. */
  scale: [
    'No se cumple en absoluto',
    'Se cumple pocas veces',
    'Se cumple a veces',
    'Se cumple casi siempre',
    'Se cumple por completo',
  ],
  /** The scale's two ends inside a sentence ("from 1 (not true of us) to 5 (completely true of us)"). */
  scaleEnds: { low: 'no se cumple en absoluto', high: 'se cumple por completo' },

  /** A training exercise's format, as a reader says it, by id. */
  exerciseFormats: {
    'role-play': 'juego de roles',
    discussion: 'debate',
    workshop: 'taller',
    'case-study': 'estudio de caso',
    simulation: 'simulación',
    walkthrough: 'recorrido guiado',
  },

  /** A length of time, "1 h 30 min" or "45 min": the hours and the minutes, joined by a space. */
  duration: { hours: '{h} h', minutes: '{m} min' },

  /** What a company value reads as where no company has given one (the site's neutral edition), by variable. */
  neutral: {
    company: 'tu empresa',
    vision: 'tu visión de servicio en una sola frase',
    firstResponse: 'el plazo de primera respuesta que se haya fijado',
    callback: 'el plazo de devolución de llamada que se haya fijado',
    refundLimit: 'un importe acordado',
  },

  /** The empowerment table shown until a company agrees its own: a sample to start from. */
  sampleEmpowerment: [
    {
      role: 'Agente de primera línea',
      decision: 'Reembolso o saldo a favor sin pedir permiso',
      limit: 'Un importe fijo por cliente',
    },
    {
      role: 'Agente de primera línea',
      decision: 'Anular un cargo o enviar un reemplazo',
      limit: 'Una vez por pedido',
    },
    {
      role: 'Líder de equipo',
      decision: 'Gesto de buena voluntad tras una queja',
      limit: 'Un importe fijo mayor',
    },
    {
      role: 'Responsable de servicio',
      decision: 'Excepciones a la política',
      limit: 'Cualquiera, registrada con su motivo',
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
