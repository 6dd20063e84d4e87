/**
 * The Arabic dictionary (Modern Standard Arabic): every word the playbook itself prints, translated
 * from src/i18n/en.ts with the same keys, placeholders and plural forms (all six of Arabic's
 * categories). Register, digits, typography and the glossary: docs/languages/ar.md.
 */
import type { Dictionary } from './index.ts';
import { pluralForms } from './format.ts';
import type { SectionId } from './keys.ts';
import { site } from './ar/site.ts';
import { builder } from './ar/builder.ts';
import { assess } from './ar/assess.ts';
import { staffing } from './ar/staffing.ts';
import { mode, metric, pulse } from './ar/mode.ts';
import { handbook, playbook } from './ar/handbook.ts';
import { kit, calendar, worksheets, firstDays } from './ar/kit.ts';
import { outputs, print, docx } from './ar/outputs.ts';

export const ar: Dictionary = {
  /** BCP 47 language of these words and of the content: `<html lang>` comes from here, never from a config's locale. */
  language: 'ar',
  /**
   * The conventions its lists, plurals and numbers follow: Arabic with Latin digits, pinned with
   * `-u-nu-latn` so every ICU (Node, Chromium) writes the same digits (docs/languages/ar.md).
   */
  locale: 'ar-u-nu-latn',
  /** Text direction of the language: `dir` on every page and document. */
  direction: 'rtl',
  siteName: 'مرجع الخدمة',
  /** A label that introduces what follows it: "Owner:". */
  labelled: '{label}:',
  /** A quotation, in the language's quotation marks. */
  quoted: '«{text}»',

  /** The heading of each section; the story (the page body) has none of its own, its prose brings its own headings. */
  sections: {
    'warning-signs': 'علامات الإنذار',
    'sounds-like': 'كيف يبدو على لسان الناس',
    story: undefined,
    'root-causes': 'الأسباب الجذرية',
    'diagnostic-questions': 'أسئلة تشخيصية',
    plays: 'الإجراءات',
    metrics: 'المؤشرات',
    exercise: 'تمرين تدريبي',
    related: 'أنماط إخفاق ذات صلة',
    sources: 'المصادر',
  } as Record<SectionId, string | undefined>,

  /** The categories a failure mode belongs to, by id (src/schemas/taxonomy.ts holds their order). */
  categories: {
    'vision-leadership': {
      label: 'الرؤية والقيادة',
      /** The name inside a sentence ("Only … has answers so far"). */
      inSentence: 'الرؤية والقيادة',
      blurb: 'ما يقوله من في القمة عن الخدمة، وما تُظهره أفعالهم عنها.',
    },
    'hiring-training': {
      label: 'التوظيف والتدريب',
      inSentence: 'التوظيف والتدريب',
      blurb: 'من ينضم إلى الفريق، وكيف يتعلم خدمة العملاء في يومه الأول وفي كل شهر بعده.',
    },
    'empowerment-communication': {
      label: 'التمكين والتواصل',
      inSentence: 'التمكين والتواصل',
      blurb: 'هل يُسمح للموظفين بالتصرف، وهل يعرفون ما يجري، وهل يُسمع صوتهم حين يتكلمون.',
    },
    'working-conditions': {
      label: 'ظروف العمل والموارد',
      inSentence: 'ظروف العمل والموارد',
      blurb: 'عدد الموظفين والأدوات، وطريقة تعامل الشركة مع من يخدمون عملاءها.',
    },
    'recognition-culture': {
      label: 'التقدير والثقافة',
      inSentence: 'التقدير والثقافة',
      blurb: 'الشكر والاحتفاء بالإنجاز والأجواء اليومية في الفريق.',
    },
    'customer-processes': {
      label: 'عمليات خدمة العملاء',
      inSentence: 'عمليات خدمة العملاء',
      blurb: 'أوقات الاستجابة، واستعادة رضا العميل بعد الخطأ، وعمليات مصممة من منظور العميل.',
    },
    'measurement-improvement': {
      label: 'القياس والتحسين',
      inSentence: 'القياس والتحسين',
      blurb: 'النظر إلى الخدمة بعين العملاء، والوصول إلى الأسباب الجذرية، والتحسن عن قصد.',
    },
  },

  /** Who a page speaks to, by id. */
  audiences: {
    executives: 'الإدارة العليا',
    managers: 'المديرون',
    frontline: 'موظفو الخط الأمامي',
    hr: 'الموارد البشرية',
    trainers: 'المدربون',
  },

  /** The same readers inside a sentence ("For executives, managers and HR."). */
  audiencesInSentence: {
    executives: 'الإدارة العليا',
    managers: 'المديرين',
    frontline: 'موظفي الخط الأمامي',
    hr: 'الموارد البشرية',
    trainers: 'المدربين',
  },

  /** The answer scale of the diagnostic statements, from 1 to 5. */
  scale: ['لا ينطبق علينا', 'نادرًا ما ينطبق', 'ينطبق أحيانًا', 'ينطبق غالبًا', 'ينطبق علينا تمامًا'],
  /** The scale's two ends inside a sentence ("from 1 (not true of us) to 5 (completely true of us)"). */
  scaleEnds: { low: 'لا ينطبق علينا', high: 'ينطبق علينا تمامًا' },

  /** A training exercise's format, as a reader says it, by id. */
  exerciseFormats: {
    'role-play': 'لعب أدوار',
    discussion: 'نقاش',
    workshop: 'ورشة عمل',
    'case-study': 'دراسة حالة',
    simulation: 'محاكاة',
    walkthrough: 'استعراض خطوة بخطوة',
  },

  /** A length of time, "1 h 30 min" or "45 min": the hours and the minutes, joined by a space. */
  duration: { hours: '{h} س', minutes: '{m} د' },

  /** What a company value reads as where no company has given one (the site's neutral edition), by variable. */
  neutral: {
    company: 'شركتك',
    vision: 'رؤيتك للخدمة في جملة واحدة',
    firstResponse: 'مدة الرد الأول التي تحددها',
    callback: 'مدة معاودة الاتصال التي تحددها',
    refundLimit: 'مبلغ متفق عليه',
  },

  /** The empowerment table shown until a company agrees its own: a sample to start from. */
  sampleEmpowerment: [
    {
      role: 'موظف الخط الأمامي',
      decision: 'رد المبلغ أو منح رصيد دون استئذان',
      limit: 'مبلغ ثابت يُحدَّد لكل عميل',
    },
    { role: 'موظف الخط الأمامي', decision: 'الإعفاء من رسوم أو إرسال بديل', limit: 'مرة واحدة لكل طلب' },
    { role: 'قائد الفريق', decision: 'بادرة حسن نية بعد شكوى', limit: 'مبلغ ثابت أعلى' },
    { role: 'مدير الخدمة', decision: 'الاستثناء من السياسة', limit: 'أي استثناء، مع تسجيل سببه' },
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
