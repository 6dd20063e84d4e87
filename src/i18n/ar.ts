/**
 * The Arabic dictionary (Modern Standard Arabic): every word the playbook itself prints, translated
 * from src/i18n/en.ts with the same keys, placeholders and plural forms (all six of Arabic's
 * categories). Register, digits, typography and the glossary: docs/languages/ar.md.
 */
import type { Dictionary } from './index.ts';
import type { Plural } from './format.ts';
import type { SectionId } from './keys.ts';
import { site } from './ar/site.ts';
import { builder } from './ar/builder.ts';
import { assess } from './ar/assess.ts';
import { staffing } from './ar/staffing.ts';

const plural = (forms: Plural): Plural => forms;

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
  mode: {
    diagnosticIntro:
      'قيّم كل عبارة من {low} ({lowLabel}) إلى {high} ({highLabel}). الدرجات المنخفضة تدلّك على نقطة البداية.',
    metricColumns: ['المؤشر', 'ما يقيسه', 'المستهدف'],
    /** A metric's definition with what holds only on this page after it. */
    metricNote: '{definition} {note}',
    owner: 'المسؤول',
    /** A play's owner and the role they work with. */
    ownerWith: '{owner}، بالتعاون مع {with}',
    when: 'التوقيت',
    format: 'الشكل',
    time: 'المدة',
    group: 'المجموعة',
    setup: 'التحضير',
    /** The setup's label, run into its paragraph: "Setup. Split the room…". */
    setupLead: '{label}.',
    roles: 'الأدوار',
    prompts: 'محاور النقاش',
    debrief: 'استخلاص الدروس',
    /** The audiences, as a list in lower case. */
    audiences: 'موجَّه إلى {list}.',
    printHandout: 'طباعة النشرة',
    printKit: 'طباعة الحقيبة التدريبية',
    printThisKit: 'طباعة هذه الحقيبة',
    qrLabel: 'رمز QR لهذه الصفحة على الإنترنت: {address}',
    beforeYouStart: 'قبل أن تبدأ',
    handoutKicker: 'نشرة تدريبية · {category}',
    chapterKicker: 'الفصل {n} · {category}',
    chapterTitle: '{n}. {title}',
    relatedChapter: 'الفصل {n}: {title}',
    relatedAppendix: '{title} (في الملحق)',
    relatedElsewhere: '{title} (في المرجع الكامل، لا في هذا الدليل)',
    /** Under a play: the worksheets it asks a team to fill in, as links. */
    playWorksheets: plural({
      zero: 'أوراق العمل',
      one: 'ورقة العمل',
      two: 'ورقتا العمل',
      few: 'أوراق العمل',
      many: 'أوراق العمل',
      other: 'أوراق العمل',
    }),
  },

  /** A metric's full entry, as the site's glossary and a handbook's appendix print it (src/document/metrics.ts). */
  metric: {
    /** The label of each fact of an entry, in the order printed. */
    facts: {
      target: 'المستهدف',
      targetReason: 'سبب هذا المستهدف',
      counts: 'ما يُحتسب',
      window: 'فترة الاحتساب',
      unit: 'الوحدة',
      scale: 'المقياس',
      minimumSample: 'أصغر عينة تستحق القراءة',
      cadence: 'وتيرة القراءة',
      pulse: 'عبارة الاستبيان',
      source: 'المصدر',
      /** The pages (on the site) or chapters (in a handbook) that use the metric. */
      usedOn: 'يرد في',
      usedIn: 'يرد في',
    },
    /** What a metric's figure is, by unit id (src/schemas/metrics.ts). */
    units: {
      percent: 'نسبة مئوية',
      count: 'عدد',
      ratio: 'نسبة',
      score: 'درجة',
      minutes: 'دقائق',
      seconds: 'ثوانٍ',
      days: 'أيام',
    },
    /** How often a figure is read or the survey runs, by cadence id, as it reads on its own. */
    cadences: {
      weekly: 'كل أسبوع',
      monthly: 'كل شهر',
      quarterly: 'كل ربع سنة',
      'half-yearly': 'كل ستة أشهر',
      yearly: 'كل سنة',
    },
    /** A handbook chapter that uses the metric: "Chapter 3". */
    chapterRef: 'الفصل {n}',
    /** Under the heading of a handbook's appendix of metrics. */
    appendixIntro:
      'كل رقم تطلب منك الفصول متابعته، معرَّفًا مرة واحدة: ما يُحتسب وعلى أي فترة، وأصغر عينة تستحق القراءة، والمستهدف مع سببه. ويحيل جدول المؤشرات في كل فصل إلى مدخلاته هنا.',
  },

  /** The staff pulse survey: its form (a handbook's appendix) and how it runs (the form and the site). */
  pulse: {
    title: 'استبيان نبض الموظفين',
    /** Above the form's statements. */
    formIntro: 'لا تكتب اسمك على هذا النموذج. ضع علامة في خانة واحدة لكل عبارة، بحسب حالك في الوقت الحالي.',
    /** The line to fill in above the statements: the team, so its result can be counted. */
    formFields: 'الفريق: {line}   التاريخ: {line}',
    statementColumn: 'العبارة',
    /** How the results are read; {agree} is the answers that count, {threshold} the smallest team shown, {cadence} how often it runs. */
    howItRuns:
      'تُحتسب الإجابة {agree} موافقةً. لا تعرضوا نتيجة الفريق إلا إذا أجاب {threshold} على الأقل من أفراده، حتى لا تبرز إجابات أحد. واجمعوا النماذج بطريقة لا يُعرف بها صاحب كل نموذج، في صندوق مغلق مثلًا. وتُطرح العبارات نفسها من جديد {cadence}.',
  },

  /** The handbook's front and back matter. */
  handbook: {
    kicker: 'دليل الخدمة',
    title: 'دليل الخدمة في {company}',
    visionLabel: 'رؤيتنا للخدمة',
    contents: 'المحتويات',
    /** The running footer of a printed page. */
    pageOf: 'الصفحة {n} من {total}',
    howToUse: 'كيف تستخدم هذا الدليل',
    /** The "How to use this handbook" paragraphs; {company} is the company, {chapters} how many chapters it picked. */
    howToUseParagraphs: [
      'اختارت {company} لهذا الدليل {chapters}: مشكلات الخدمة التي نريد إصلاحها قبل غيرها، بالترتيب الذي نعتزم العمل به. يصف كل فصل طريقة واحدة تتراجع بها الخدمة الجيدة، وكيف نلاحظها عندنا، وما الذي سنفعله حيالها.',
      'قبل الجلسة التدريبية الخاصة بأي فصل، اقرأه بمفردك. ابدأ بعلامات الإنذار؛ فإن بدا كثير منها وصفًا لما جرى في الأسبوع الماضي، فالفصل يتحدث عنا. ثم أعطِ كل عبارة تشخيصية درجة من 1 (لا ينطبق علينا) إلى 5 (ينطبق علينا تمامًا). قارنوا الدرجات معًا كفريق، ووجّهوا جهدكم إلى حيث تكون أدنى.',
      'الإجراءات هي ما سنفعله. لكل إجراء مسؤول ومدة زمنية، فاحرصوا على أن تخرجوا من كل جلسة وأنتم تعرفون من تولّى كل إجراء. وتُظهر المؤشرات هل ينجح التغيير: سجّلوا قيمها اليوم، ثم عودوا إليها بعد شهر.',
      'تحوّل خطة التدريب تمرين كل فصل إلى جلسة واحدة. معاييرنا (رد أول خلال {firstResponse}، ومعاودة الاتصال خلال {callback}) وجدول التمكين وعودٌ نلتزم بها: يبيّن الجدول ما يحق لكل دور أن يقرره دون الرجوع إلى أحد.',
    ],
    howToUseChapters: plural({
      zero: 'لا فصول',
      one: 'فصلًا واحدًا',
      two: 'فصلين',
      few: '{n} فصول',
      many: '{n} فصلًا',
      other: '{n} فصل',
    }),
    howToUseAppendix:
      'يلخّص الملحق أنماط إخفاق أخرى عددها {n}، في بضعة أسطر لكل منها. إن كان أحدها أنسب من أحد الفصول، فضعه ضمن الأولويات وأنشئ الدليل من جديد.',
    standards: 'معايير خدمتنا',
    /** {company} is the company's own name, kept apart from the sentence around it. */
    standardsIntro: 'هذه هي الوعود التي تقطعها {company} لكل عميل. وتشير إليها الفصول بأسمائها.',
    standardColumns: ['المعيار', 'وعدنا'],
    firstResponse: 'الرد الأول',
    callback: 'معاودة الاتصال',
    refundLimit: 'الاسترداد في الخط الأمامي دون استئذان',
    training: 'خطة التدريب',
    trainingColumns: {
      session: 'الجلسة',
      date: 'التاريخ',
      chapter: 'الفصل',
      exercise: 'التمرين',
      format: 'الشكل',
      duration: 'المدة',
    },
    total: 'الإجمالي',
    /** The training plan's opening: what it holds, in all, and how often. */
    trainingIntro:
      '{sessions}{refreshers}، بإجمالي {total}{cadence}. تُنفَّذ في كل جلسة تمرين فصلها؛ اطبع نشرة ذلك الفصل لكل المشاركين، واطلب منهم قراءة الفصل قبل الجلسة.',
    trainingSessions: plural({
      zero: 'لا جلسات',
      one: 'جلسة واحدة',
      two: 'جلستان',
      few: '{n} جلسات',
      many: '{n} جلسة',
      other: '{n} جلسة',
    }),
    trainingRefreshers: plural({
      zero: ' دون جلسات تذكيرية',
      one: ' وجلسة تذكيرية واحدة',
      two: ' وجلستان تذكيريتان',
      few: ' و{n} جلسات تذكيرية',
      many: ' و{n} جلسة تذكيرية',
      other: ' و{n} جلسة تذكيرية',
    }),
    trainingCadence: '، تُعقد {cadence}',
    trainingCadenceNames: { weekly: 'أسبوعيًا', fortnightly: 'كل أسبوعين', monthly: 'شهريًا' },
    refresherIntro:
      'تعود الجلسة التذكيرية إلى جلسة سابقة بعد أن تليها جلسات عددها {after} (مدتها {minutes}، مباشرة بعد جلسة ذلك اليوم، أو وحدها بعد انتهاء الفصول): راجعوا ما تغيّر منذ ذلك الحين بأسئلة استخلاص الدروس في ذلك الفصل.',
    calendarNote: 'يضم تقويم التدريب المرفق بهذا الدليل الجلسات والجلسات التذكيرية نفسها في المواعيد نفسها.',
    refresherRow: 'جلسة تذكيرية للجلسة {n}',
    refresherFormat: 'جلسة تذكيرية',
    otherModes: 'الملحق {letter}: أنماط إخفاق أخرى',
    otherModesIntro: 'بقية المرجع باختصار. يمكن لأي منها أن يصبح فصلًا في إصدار لاحق.',
    firstStep: 'خطوة أولى:',
    empowerment: 'الملحق {letter}: من يقرر ماذا',
    metricsAppendix: 'الملحق {letter}: المؤشرات',
    pulseAppendix: 'الملحق {letter}: استبيان نبض الموظفين',
    empowermentSample:
      'لم يُتفق على أي حدود بعد، لذا فهذا نموذج للانطلاق منه. اتفقوا على حدود فعلية مع من سيعملون بها، ثم أضيفوها إلى الدليل في خانة «من يقرر ماذا دون استئذان».',
    /** {company} is the company's own name, kept apart from the sentence around it. */
    empowermentIntro:
      'ما يحق لكل دور في {company} أن يقرره دون الرجوع إلى أحد، وإلى أي حد. القرارات المتخذة ضمن هذه الحدود لا يُحاسَب عليها أحد لاحقًا.',
    empowermentColumns: ['الدور', 'يحق له أن يقرر', 'الحد الأقصى'],
    sources: 'المصادر',
    sourcesIntro: 'كُتبت الفصول بصياغة المرجع الخاصة، استنادًا إلى هذه المقالات.',
    drawnOnIn: 'استُند إليه في: {chapters}',
    chapterRef: 'الفصل {n}',
    logoAlt: 'شعار {company}',
    /** The head of the company's note at the top of a chapter. */
    companyNote: 'في {company}',
    /** The head of the company's own example, which stands where the library's stood. */
    companyExample: 'مثال من {company}',
    /** Above a play the company added to a chapter. */
    ownPlay: 'إجراء من إعداد {company}',
    /** The kicker of a chapter the company wrote itself. */
    ownChapterKicker: 'الفصل {n} · من إعداد {company}',
    /** The session on a chapter the company wrote itself. */
    ownSession: {
      title: 'قراءة ونقاش: {title}',
      setup: 'يقرأ الجميع الفصل قبل الجلسة. ناقشوه بالترتيب الذي كُتب به، ثم اتفقوا على من يبدأ بماذا.',
      prompts: ['ماذا يطلب منك هذا الفصل في دورك؟', 'أين يختلف ما نفعله اليوم عمّا يطلبه؟'],
      debrief: ['ماذا سيفعل كل منا أولًا، ومتى؟', 'ما الذي قد يعوقنا، ومن يستطيع إزالته؟'],
    },
    /** "Who does what": the roles, each with the chapters its plays are in. */
    whoDoesWhat: 'من يفعل ماذا',
    whoDoesWhatIntro: 'كل دور بالمسمى المستخدم هنا، والفصول التي يتولى فيها إجراءً أو يشارك فيه.',
    whoDoesWhatColumns: ['الدور', 'الفصول التي فيها إجراءاته'],
    playsInChapter: plural({
      zero: '{chapter} (لا إجراءات)',
      one: '{chapter} (إجراء واحد)',
      two: '{chapter} (إجراءان)',
      few: '{chapter} ({n} إجراءات)',
      many: '{chapter} ({n} إجراءً)',
      other: '{chapter} ({n} إجراء)',
    }),
    /** The audiences, as a list in lower case. */
    forAudiences: 'موجَّه إلى {list}',
  },

  /** The whole playbook in print (/print/ and `playbook print`). */
  playbook: {
    kicker: 'المرجع كاملًا',
    title: 'مرجع الخدمة',
    intro:
      'الأسباب الهيكلية التي تُخفق بسببها الشركات في خدمة العملاء، وعددها {modes}، موزعة على فئات عددها {categories}، ولكل منها علامات الإنذار والأسباب الجذرية والعبارات التشخيصية والإجراءات والمؤشرات وتمرين تدريبي. تظهر البيانات الخاصة بالشركة هنا بصيغ محايدة؛ وتملؤها أداة إنشاء الدليل في موقع المرجع ببياناتك أنت.',
    contents: 'المحتويات',
    metrics: 'المؤشرات',
    pulse: 'استبيان نبض الموظفين',
    sources: 'المصادر',
    sourcesIntro: 'كُتب المرجع بصياغته الخاصة، استنادًا إلى هذه المقالات.',
    subject: 'الأسباب الهيكلية لإخفاق الشركات في خدمة العملاء، وما يمكن فعله حيال كل منها',
    /** On screen only, above /print/'s cover: the way back, and how to print. */
    siteNav: 'موقع المرجع',
    backToSite: '→ العودة إلى المرجع',
    printHint:
      'للطباعة، استخدم أمر الطباعة في متصفحك (Ctrl+P أو ⌘P): يبدأ كل فصل في صفحة جديدة، والصفحات مرقّمة.',
    /** On screen only, once the page's script runs: the paper the contents is numbered for. */
    paperLegend: 'الورق',
    paperNames: { A4: 'A4', Letter: 'Letter الأمريكي' },
    printButton: 'طباعة',
  },

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
  kit: {
    /** Between the parts of a footer: the company, the playbook, the mode. */
    separator: ' · ',
    kicker: 'الحقيبة التدريبية · ورقة الميسّر · {category}',
    forMode: 'لنمط الإخفاق «{title}»: {summary}',
    facts: { format: 'الشكل', length: 'المدة', group: 'المجموعة', prep: 'التحضير', cards: 'البطاقات' },
    minutes: plural({
      zero: '{n} دقيقة',
      one: 'دقيقة واحدة',
      two: 'دقيقتان',
      few: '{n} دقائق',
      many: '{n} دقيقة',
      other: '{n} دقيقة',
    }),
    noCards: 'لا شيء',
    cardsOnSheets: '{cards} على {sheets}',
    /** After a preposition ("على"), so two is the oblique dual. */
    sheets: plural({
      zero: 'لا أوراق',
      one: 'ورقة واحدة',
      two: 'ورقتين',
      few: '{n} أوراق',
      many: '{n} ورقة',
      other: '{n} ورقة',
    }),
    /** Printed in bold, as a label, before the list of missing parts. */
    missingLabel: 'لم يُكتب بعد',
    missing: '{parts}. تطبع هذه الحقيبة ما هو متوفر حتى الآن.',
    /** The parts a complete kit has, by exercise field, as a trainer names them (and a page's author reads them). */
    parts: {
      prepMinutes: 'مدة التحضير',
      materials: 'قائمة المواد',
      agenda: 'الجدول الزمني',
      cards: 'البطاقات',
      facilitator: 'ملاحظات الميسّر',
      remote: 'صيغة التنفيذ عن بُعد',
      followUp: 'المتابعة',
    },
    beforeSession: 'قبل الجلسة',
    cardsToPrint: 'بطاقات للطباعة',
    printCutOut: 'اطبع البطاقات المعدّة للقص التي تلي هذه الورقة، وقصّها على امتداد الخطوط المتقطعة.',
    fullPages: plural({
      zero: 'لا أوراق تُطبع في صفحة مستقلة: {titles}.',
      one: 'ورقة واحدة تُطبع في صفحة مستقلة، لتُنسخ كما تذكر القائمة أعلاه: {titles}.',
      two: 'ورقتان تُطبع كل منهما في صفحة مستقلة، لتُنسخا كما تذكر القائمة أعلاه: {titles}.',
      few: '{n} أوراق تُطبع كل منها في صفحة مستقلة، لتُنسخ كما تذكر القائمة أعلاه: {titles}.',
      many: '{n} ورقة تُطبع كل منها في صفحة مستقلة، لتُنسخ كما تذكر القائمة أعلاه: {titles}.',
      other: '{n} ورقة تُطبع كل منها في صفحة مستقلة، لتُنسخ كما تذكر القائمة أعلاه: {titles}.',
    }),
    agenda: 'جدول الجلسة',
    roles: 'الأدوار',
    prompts: 'محاور النقاش',
    facilitatorNotes: 'ملاحظات الميسّر',
    debrief: 'أسئلة استخلاص الدروس',
    remote: 'تنفيذها عن بُعد',
    /** A call that takes a different time from the room: its length and the page's reason. */
    remoteLength: 'في مكالمة الفيديو تستغرق الجلسة {minutes}: {why}',
    beforeCall: 'قبل المكالمة',
    onTheCall: 'أثناء المكالمة',
    afterSession: 'بعد الجلسة',
    next30Days: 'خلال الثلاثين يومًا القادمة',
    atRefresher: 'في الجلسة التذكيرية',
    agendaColumns: { clock: 'التوقيت', minutes: 'الدقائق', step: 'ما يحدث' },
    /** A step's place on the session clock: "0:05–0:20". */
    clockRange: '{start}–{end}',
    deckColumns: { deck: 'الحزمة', cards: 'البطاقات', sets: 'من يتسلم نسخة' },
    setsSeparator: '؛ ',
    noSets: 'لم يُحدَّد بعد في المواد',
    watchFor: 'انتبه إلى',
    quietGroup: 'إن كانت المجموعة صامتة',
    defensiveGroup: 'إن اتخذت المجموعة موقفًا دفاعيًا',
    debriefPoint: 'الفكرة التي يجب أن يوصلها استخلاص الدروس',
    cutOutCards: 'بطاقات للقص',
    cutNote: plural({
      zero: 'لا بطاقات، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
      one: 'بطاقة واحدة، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
      two: 'بطاقتان، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
      few: '{n} بطاقات، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
      many: '{n} بطاقة، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
      other: '{n} بطاقة، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
    }),
    cutSheets: plural({
      zero: 'لا أوراق',
      one: 'ورقة واحدة',
      two: 'ورقتين',
      few: '{n} أوراق',
      many: '{n} ورقة',
      other: '{n} ورقة',
    }),
    sheetLabel: 'ورقة البطاقات {n} من {total}',
    /** A card's deck and place in it: "Customer messages · 3 of 8". */
    roleBriefsDeck: 'بطاقات الأدوار',
    cardPosition: '{deck} · {n} من {of}',
    /** Who is handed a set of cards, by the material's `per`. */
    holders: {
      room: 'للقاعة كلها',
      trainer: 'للمدرب وحده',
      person: 'لكل شخص',
      pair: 'لكل ثنائي',
      group: 'لكل مجموعة',
      table: 'لكل طاولة',
    },
    /**
     * Sets of a deck are counted in words up to ten: "two sets per group". Arabic counts both sets
     * and copies with نسخة, a feminine noun, so these are the forms that go with it.
     */
    numberWords: ['واحدة', 'اثنتان', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'],
    /** {count} is the number in words. A deck of one card is a sheet to copy, not a set to sort. */
    sets: plural({
      zero: '{count} نسخة من الحزمة',
      one: 'نسخة {count} من الحزمة',
      two: 'نسختان {count} من الحزمة',
      few: '{count} نسخ من الحزمة',
      many: '{count} نسخة من الحزمة',
      other: '{count} نسخة من الحزمة',
    }),
    copies: plural({
      zero: '{count} نسخة',
      one: 'نسخة {count}',
      two: 'نسختان {count}',
      few: '{count} نسخ',
      many: '{count} نسخة',
      other: '{count} نسخة',
    }),
    setsFor: '{sets} {holder}',
    partOfDeck: '{count} من بطاقات الحزمة الـ{size} {holder}',
    partOfDeckSets: '{count} من بطاقات الحزمة الـ{size} {holder}، {sets}',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The training calendar (training-plan.ics): its events' titles and descriptions. */
  calendar: {
    /** The calendar's product identifier (RFC 5545 PRODID); its last part names the language of its text. */
    productId: '-//service-playbook//training plan//AR',
    /** The calendar's name, with the company's name or without. */
    name: 'التدريب على الخدمة في {company}',
    nameWithoutCompany: 'التدريب على الخدمة',
    sessionTitle: 'التدريب على الخدمة، الجلسة {n}: {exercise}',
    refresherTitle: 'جلسة تذكيرية: {title}',
    categories: { session: 'تدريب', refresher: 'جلسة تذكيرية' },
    mode: 'نمط الإخفاق: {title}. {summary}',
    exercise: 'التمرين: {title} ({format}، {length}{group}).',
    group: '، {group}',
    setup: 'التحضير: {setup}',
    debrief: 'استخلاص الدروس:\n{questions}',
    /** One line of a list in an event's text. */
    listItem: '- {item}',
    refresherIntro: 'عودة قصيرة إلى الجلسة {n}، «{title}»، ليترسّخ ما تدرّبتم عليه فيها.',
    refresherCheck: 'تحقّقوا من أنه ترسّخ: {check}',
    /** A refresher's check when the exercise has none of its own: a general retrospective. */
    refresherRetrospective:
      'اطلب من كل شخص موقفًا واحدًا منذ الجلسة أحدث فيه ما تعلّمه فرقًا، وموقفًا لم يُحدث فيه فرقًا. ثم انظروا معًا إلى مؤشرات الفصل: هل تحركت؟ اختاروا أمرًا واحدًا تحاولونه من جديد قبل الجلسة التالية.',
    agreed: 'ما اتُّفق عليه للثلاثين يومًا التالية للجلسة:\n{actions}',
    revisit: 'أسئلة للمراجعة:\n{questions}',
    readMore: 'للمزيد: {link}',
    /** A play's review (from its review week in "Our first 90 days"), an all-day event. */
    reviewTitle: 'مراجعة: {play}',
    reviewCategory: 'مراجعة',
    reviewDescription:
      'الأسبوع {week} من خطة الدليل: انظروا هل ينجح «{play}» (الفصل {n}، {chapter})، وقرروا ما تُبقون عليه أو تغيّرونه أو توقفونه. المسؤول: {owner}.',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Worksheets (content/worksheets/): the printed form, its site pages and a handbook's appendix of them. */
  worksheets: {
    /** The line above a worksheet's title. */
    kicker: 'ورقة عمل',
    /** The heading of the paragraph on how to fill it in. */
    howTo: 'طريقة التعبئة',
    /** A blank to write on after a label, as text (Markdown, Word); HTML draws a line instead. Dots, as Markdown would escape underscores. */
    blank: '..............................',
    /** A line to write on, as text. */
    line: '..........................................................................................',
    /** A box to tick before a checklist item. */
    tickBox: '☐ {item}',
    /** The footer of a printed worksheet: where it comes from. */
    footer: '{site} · {title}',
    footerWithCompany: '{company} · {site} · {title}',
    /** The site's index of every worksheet (/worksheets/). */
    index: {
      title: 'أوراق العمل',
      description: 'كل نموذج تطلب إجراءات المرجع من الفريق تعبئته، كل منها في صفحة مطبوعة واحدة.',
      lede: 'النماذج التي تطلب منك الإجراءات تعبئتها: سجلات وقوائم تحقق وخطط وأوراق مراجعة. يُطبع كل منها على صفحة واحدة بمقاس A4 أو Letter الأمريكي.',
      /** Before the plays that use a worksheet, as links. */
      usedIn: 'تُستخدم في',
      /** The link to the index from the list of failure modes. */
      link: 'أوراق العمل: كل نموذج تطلب منك الإجراءات تعبئته، جاهزًا للطباعة',
    },
    /** One worksheet's page (/worksheets/<id>/). */
    page: {
      title: 'ورقة عمل: {title}',
      back: '→ كل أوراق العمل',
      print: 'طباعة ورقة العمل هذه',
      printNote:
        'تُطبع على صفحة واحدة بمقاس A4 أو Letter الأمريكي. استخدم أمر الطباعة في متصفحك (Ctrl+P أو ⌘P).',
      usedBy: 'الإجراءات التي تستخدمها',
      /** One play that uses it: the play's title and the failure mode it belongs to. */
      usedByPlay: '{play}، ضمن {mode}',
    },
    /** A handbook's appendix of the worksheets its chapters use. */
    appendix: {
      heading: 'الملحق {letter}: أوراق العمل',
      intro:
        'النماذج التي تطلب منك إجراءات هذا الدليل تعبئتها، كل منها في صفحة واحدة. انسخها كلما احتجت إليها.',
      /** Under each worksheet: the plays that use it, as links. */
      usedIn: 'تُستخدم في {plays}.',
      /** One play in that list: the play's title and its chapter. */
      play: '«{play}» (الفصل {n})',
    },
    /** The title of the worksheets file of a handbook. */
    fileTitle: 'أوراق العمل · {company}',
  },

  /** "Our first 90 days": the chapters' plays laid out by the week each starts. */
  firstDays: {
    heading: 'أيامنا التسعون الأولى',
    /** With a start date; the calendar note is added when the training calendar holds the reviews. */
    introDated:
      'أسبوعًا بأسبوع ابتداءً من {date} (الأسبوع 0): كل إجراء في هذه الفصول في الأسبوع الذي يبدأ فيه، مع الشخص المسؤول عنه، ثم في الأسبوع الذي يعيد فيه الفريق النظر في نجاحه.',
    introUndated:
      'أسبوعًا بأسبوع ابتداءً من يوم البدء (الأسبوع 0): كل إجراء في هذه الفصول في الأسبوع الذي يبدأ فيه، مع الشخص المسؤول عنه، ثم في الأسبوع الذي يعيد فيه الفريق النظر في نجاحه. حدّد تاريخ بدء لخطة التدريب لترى هنا تاريخ كل أسبوع.',
    calendarNote: 'يضم تقويم التدريب المرفق بهذا الدليل مواعيد المراجعات أيضًا.',
    /** A week's heading. */
    week: 'الأسبوع {n}',
    weekDated: 'الأسبوع {n} · ابتداءً من {date}',
    /** A play that starts in the week: {play} is its title, {owner} its owner (and whoever helps). */
    starts: 'بدء {play} (الفصل {n}). المسؤول: {owner}.',
    /** The same, with the week it is reviewed in. */
    startsWithReview: 'بدء {play} (الفصل {n}). المسؤول: {owner}. المراجعة في الأسبوع {review}.',
    /** A play due for review in the week. */
    review: 'مراجعة {play} (الفصل {n}): هل ينجح؟ المسؤول: {owner}.',
    /** The heading over the weeks after week 12. */
    later: 'بعد الأيام التسعين الأولى',
    unscheduled: 'إجراءاتنا الخاصة، بلا أسبوع محدد بعد',
    unscheduledIntro: 'اتفقوا مع المسؤول عن كل منها على أسبوع للبدء وأسبوع للمراجعة.',
    unscheduledPlay: '{play} (الفصل {n}). المسؤول: {owner}.',
    /** A handbook whose chapters have no plays with weeks. */
    empty: 'لم يُحدَّد بعد أسبوع بدء لأي إجراء في هذه الفصول.',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The formats a handbook comes in (src/render/outputs.ts): their names and descriptions. */
  outputs: {
    // By format: its heading, what a person gets (the help and the builder), its PDFs' titles and
    // subjects, and the command line's progress lines about it, which the table holds too.
    html: {
      title: 'الدليل',
      summary: 'الدليل في صفحة ويب واحدة: يُفتح في أي متصفح ويُطبع جيدًا',
      wrote: 'كُتب الملف handbook.html',
    },
    md: {
      title: 'الدليل لموقع ويكي',
      summary: 'الدليل بتنسيق Markdown، لموقع ويكي',
      wrote: 'كُتب الملف handbook.md',
    },
    pdf: {
      title: 'الدليل بصيغة PDF',
      summary: 'الدليل في ملف PDF بفهرس مرقّم وإشارات مرجعية (يُطبع باستخدام Chromium)',
      subject: 'دليل الخدمة',
      /** {installHint} says how to install Chromium (src/render/pdf/install-hint.ts). */
      withoutChromium: '{installHint} أو افتح handbook.html في متصفح واطبعه بصيغة PDF.',
    },
    handouts: {
      title: 'النشرات',
      summary: 'نشرة تدريبية من صفحة واحدة لكل فصل (HTML، وPDF باستخدام Chromium)',
      chapterLabel: 'النشرة {n}: {title}',
      files: 'handouts/NN-<id>.html و.pdf',
      wrote: plural({
        zero: 'لم تُكتب أي نشرة (HTML)',
        one: 'كُتبت نشرة واحدة (HTML)',
        two: 'كُتبت نشرتان (HTML)',
        few: 'كُتبت {n} نشرات (HTML)',
        many: 'كُتبت {n} نشرة (HTML)',
        other: 'كُتبت {n} نشرة (HTML)',
      }),
      pdfTitle: 'نشرة: {title}',
      subject: 'نشرة تدريبية',
      withoutChromium: 'لم يُعثر على Chromium؛ ويمكن طباعة نشرات HTML من أي متصفح.',
    },
    kits: {
      title: 'الحقائب التدريبية',
      summary: 'ورقة للميسّر وبطاقات للقص لكل فصل (HTML، وPDF باستخدام Chromium)',
      chapterLabel: 'الحقيبة {n}: {title}',
      files: 'kits/NN-<id>.html و.pdf',
      wrote: plural({
        zero: 'لم تُكتب أي حقيبة تدريبية (HTML)',
        one: 'كُتبت حقيبة تدريبية واحدة (HTML)',
        two: 'كُتبت حقيبتان تدريبيتان (HTML)',
        few: 'كُتبت {n} حقائب تدريبية (HTML)',
        many: 'كُتبت {n} حقيبة تدريبية (HTML)',
        other: 'كُتبت {n} حقيبة تدريبية (HTML)',
      }),
      pdfTitle: 'الحقيبة التدريبية: {title}',
      subject: 'ورقة الميسّر والبطاقات',
      withoutChromium: 'لم يُعثر على Chromium؛ ويمكن طباعة حقائب HTML من أي متصفح.',
    },
    ics: {
      title: 'تقويم التدريب',
      summary: 'الجلسات التدريبية وجلساتها التذكيرية، لإضافتها إلى التقويم',
      cannotMake:
        'يحتاج التقويم إلى تاريخ الجلسة الأولى، مثلًا "training: { start: 2025-09-08, cadence: weekly }"',
      wrote: plural({
        zero: 'كُتب الملف training-plan.ics (لا جلسات)',
        one: 'كُتب الملف training-plan.ics (جلسة واحدة، ثم الجلسات التذكيرية)',
        two: 'كُتب الملف training-plan.ics (جلستان، ثم الجلسات التذكيرية)',
        few: 'كُتب الملف training-plan.ics ({n} جلسات، ثم الجلسات التذكيرية)',
        many: 'كُتب الملف training-plan.ics ({n} جلسة، ثم الجلسات التذكيرية)',
        other: 'كُتب الملف training-plan.ics ({n} جلسة، ثم الجلسات التذكيرية)',
      }),
    },
    worksheets: {
      title: 'أوراق العمل',
      summary:
        'النماذج التي تطلب منك إجراءات الفصول تعبئتها، كل منها في صفحة مطبوعة واحدة (HTML، وPDF باستخدام Chromium)',
      wrote: plural({
        zero: 'كُتب الملف worksheets.html (لا أوراق عمل)',
        one: 'كُتب الملف worksheets.html (ورقة عمل واحدة)',
        two: 'كُتب الملف worksheets.html (ورقتا عمل)',
        few: 'كُتب الملف worksheets.html ({n} أوراق عمل)',
        many: 'كُتب الملف worksheets.html ({n} ورقة عمل)',
        other: 'كُتب الملف worksheets.html ({n} ورقة عمل)',
      }),
      none: 'لم تُكتب أوراق عمل: إجراءات الفصول لا تستخدم أيًّا منها',
      pdfTitle: 'أوراق العمل: {company}',
      subject: 'أوراق العمل',
      withoutChromium: 'لم يُعثر على Chromium؛ ويمكن طباعة worksheets.html من أي متصفح.',
    },
    /** Keywords written into every PDF's properties. */
    keywords: {
      all: 'خدمة العملاء',
      handbook: 'دليل',
      training: 'تدريب',
      kit: 'حقيبة تدريبية',
      worksheet: 'ورقة عمل',
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Printing from the browser (/print/, the builder's Print): the paper choice and its messages. */
  print: {
    /** The hidden frame the builder prints the handbook from, named for assistive technology. */
    handbookFrame: 'الدليل كما يُطبع',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook in Word (handbook.docx, src/render/docx/) and its entry in the table of outputs. */
  docx: {
    title: 'الدليل لبرنامج Word',
    summary:
      'الدليل في مستند Word قابل للتعديل، للمراجعة بخاصية تتبع التغييرات؛ ويُفتح أيضًا في LibreOffice وGoogle Docs',
    wrote: 'كُتب الملف handbook.docx',
    /** The progress line when the logo cannot go into a Word document; {type} is e.g. "SVG". */
    wroteWithoutLogo:
      'كُتب الملف handbook.docx دون الشعار: يحتاج Word إلى شعار بصيغة PNG أو JPEG أو GIF، وهذا الشعار بصيغة {type}؛ صدّره بصيغة PNG ليظهر على الغلاف',
    /** Every page's footer but the cover's; {n} and {total} become Word's page fields. */
    pageOf: 'الصفحة {n} من {total}',
    /** The first column of a table of diagnostic statements with tick boxes. */
    statement: 'العبارة',
    /** The document's subject, in File > Properties. */
    subject: 'دليل الخدمة',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────
};
