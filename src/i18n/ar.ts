/**
 * The Arabic dictionary (Modern Standard Arabic): every word the playbook itself prints, translated
 * from src/i18n/en.ts with the same keys, placeholders and plural forms (all six of Arabic's
 * categories). Register, digits, typography and the glossary: docs/languages/ar.md.
 */
import type { Dictionary } from './index.ts';
import type { Plural } from './format.ts';
import type { SectionId } from './keys.ts';

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
  site: {
    /** The title of every page but the home page: the page's own title, then the site's name. */
    pageTitle: '{title} · {site}',
    skipLink: 'الانتقال إلى المحتوى',
    /** The main navigation, at the top of every page; `label` names it for assistive technology. */
    nav: {
      label: 'القائمة الرئيسية',
      modes: 'أنماط الإخفاق',
      search: 'البحث',
      assess: 'التقييم الذاتي',
      tools: 'حاسبة عدد الموظفين',
      build: 'أداة إنشاء الدليل',
      handbook: 'عن دليل الشركة',
      sources: 'المصادر',
    },
    /** The footer of every page; {sources} and {print} are links, worded below. */
    footer: 'كُتب بصياغتنا الخاصة استنادًا إلى خمس مقالات عن خدمة العملاء؛ انظر {sources}. {print}.',
    footerSources: 'المصادر',
    footerPrint: 'المرجع كاملًا، جاهزًا للطباعة',
    /** The search box of the home and 404 pages (the search page's button too). */
    searchBox: { label: 'البحث في المرجع', button: 'بحث' },

    home: {
      title: '{site}: لماذا تُخفق خدمة العملاء، وماذا تفعل حيال ذلك',
      description:
        'مرجع عملي للأسباب الهيكلية التي تُخفق بسببها الشركات في خدمة العملاء، مع إجراءات ومؤشرات وتمارين تدريبية.',
      heading: 'لماذا تُخفق خدمة العملاء، وماذا تفعل حيال ذلك',
      /** The opening paragraph; {n} is how many failure modes the playbook has. */
      lede: plural({
        zero: 'معظم ضعف الخدمة متأصل في طريقة إدارة الشركة، لا في مقدار ما يبذله موظفوها من جهد. وهذا المرجع لا يضم بعد أيًّا من هذه الإخفاقات الهيكلية.',
        one: 'معظم ضعف الخدمة متأصل في طريقة إدارة الشركة، لا في مقدار ما يبذله موظفوها من جهد. يسمّي هذا المرجع واحدًا من هذه الإخفاقات الهيكلية، ويقدّم له علامات إنذار وإجراءات ومؤشرات وتمرينًا تدريبيًا يمكنك تنفيذه غدًا.',
        two: 'معظم ضعف الخدمة متأصل في طريقة إدارة الشركة، لا في مقدار ما يبذله موظفوها من جهد. يسمّي هذا المرجع اثنين من هذه الإخفاقات الهيكلية، ويقدّم لكل منهما علامات إنذار وإجراءات ومؤشرات وتمرينًا تدريبيًا يمكنك تنفيذه غدًا.',
        few: 'معظم ضعف الخدمة متأصل في طريقة إدارة الشركة، لا في مقدار ما يبذله موظفوها من جهد. يسمّي هذا المرجع {n} من هذه الإخفاقات الهيكلية، ويقدّم لكل منها علامات إنذار وإجراءات ومؤشرات وتمرينًا تدريبيًا يمكنك تنفيذه غدًا.',
        many: 'معظم ضعف الخدمة متأصل في طريقة إدارة الشركة، لا في مقدار ما يبذله موظفوها من جهد. يسمّي هذا المرجع {n} من هذه الإخفاقات الهيكلية، ويقدّم لكل منها علامات إنذار وإجراءات ومؤشرات وتمرينًا تدريبيًا يمكنك تنفيذه غدًا.',
        other:
          'معظم ضعف الخدمة متأصل في طريقة إدارة الشركة، لا في مقدار ما يبذله موظفوها من جهد. يسمّي هذا المرجع {n} من هذه الإخفاقات الهيكلية، ويقدّم لكل منها علامات إنذار وإجراءات ومؤشرات وتمرينًا تدريبيًا يمكنك تنفيذه غدًا.',
      }),
      searchPlaceholder: 'ابحث، مثلًا: الاسترداد، عدد الموظفين، التدريب',
      /** Two links under the search box. */
      browse: '{modes} · {print}',
      browseModes: 'تصفّح كل أنماط الإخفاق مع عوامل التصفية',
      browsePrint: 'اطبع المرجع كاملًا',
      assessHeading: 'لا تعرف من أين تبدأ؟',
      assessText:
        'كثيرًا ما يقيّم القادة خدمتهم أعلى مما يقيّمها العملاء وموظفو الخط الأمامي. يقيس التقييم الذاتي وضع مؤسستك في كل نمط إخفاق، ويقارن آراء جميع أعضاء فريقك، ويختار فصول دليلك بناءً على الفجوات الحقيقية. تبقى إجاباتك في متصفحك.',
      assessLink: 'ابدأ التقييم الذاتي',
      handbookHeading: 'دليل شركتك الخاص',
      handbookText:
        'تحوّل أداة إنشاء الدليل هذه المكتبة إلى دليل لشركة بعينها، هنا في متصفحك: اسمها، ورؤيتها للخدمة، وأولوياتها في صورة فصول، ومعايير الاستجابة لديها، ومن يحق له اعتماد ماذا. اطبعه أو احفظه بصيغة PDF، ونزّل ملف HTML وملف Markdown ونشرة لكل فصل وتقويمًا للتدريب. لا يغادر شيء مما تكتبه متصفحك.',
      /** Two links: the builder, and the example handbook. */
      handbookLinks: '{build} · أو {example}',
      handbookBuild: 'أنشئ دليلك',
      handbookExample: 'اطّلع أولًا على دليل نموذجي',
    },

    notFound: {
      title: 'الصفحة غير موجودة',
      description: 'هذه الصفحة غير موجودة في {site}.',
      heading: 'لم نعثر على هذه الصفحة',
      lede: 'ربما يكون الرابط قديمًا، أو نُقلت الصفحة إلى مكان آخر.',
      searchPlaceholder: 'البحث في المرجع',
      /** {modes} and {home} are links, worded below. */
      elsewhere: 'أو ابدأ من {modes} أو من {home}.',
      elsewhereModes: 'قائمة أنماط الإخفاق',
      elsewhereHome: 'الصفحة الرئيسية',
    },

    /** The list of every failure mode (/modes/), with its filters. */
    modes: {
      title: 'كل أنماط الإخفاق',
      description: 'كل أنماط الإخفاق في المرجع، مع إمكانية التصفية حسب الفئة والجمهور.',
      lede: plural({
        zero: 'لا توجد أنماط إخفاق بعد.',
        one: 'طريقة واحدة تتعطل بها الخدمة، مع علامات الإنذار والإجراءات وتمرين تدريبي.',
        two: 'طريقتان تتعطل بهما الخدمة، لكل منهما علامات إنذار وإجراءات وتمرين تدريبي.',
        few: '{n} طرق تتعطل بها الخدمة، لكل منها علامات إنذار وإجراءات وتمرين تدريبي.',
        many: '{n} طريقةً تتعطل بها الخدمة، لكل منها علامات إنذار وإجراءات وتمرين تدريبي.',
        other: '{n} طريقة تتعطل بها الخدمة، لكل منها علامات إنذار وإجراءات وتمرين تدريبي.',
      }),
      categoryLegend: 'الفئة',
      audienceLegend: 'الجمهور',
      /** The status line under the filters; {n} is how many modes there are in all, {shown} how many the filters show. */
      showingAll: plural({
        zero: 'لا توجد أنماط إخفاق لعرضها.',
        one: 'يُعرض نمط الإخفاق الوحيد.',
        two: 'يُعرض نمطا الإخفاق كلاهما.',
        few: 'تُعرض أنماط الإخفاق كلها، وعددها {n}.',
        many: 'تُعرض أنماط الإخفاق كلها، وعددها {n}.',
        other: 'تُعرض أنماط الإخفاق كلها، وعددها {n}.',
      }),
      showingSome: plural({
        zero: 'يُعرض {shown} من أنماط الإخفاق.',
        one: 'يُعرض {shown} من أصل نمط إخفاق واحد.',
        two: 'يُعرض {shown} من أصل نمطَي إخفاق.',
        few: 'يُعرض {shown} من أصل {n} أنماط إخفاق.',
        many: 'يُعرض {shown} من أصل {n} نمطَ إخفاق.',
        other: 'يُعرض {shown} من أصل {n} نمط إخفاق.',
      }),
    },

    /** A category's page: the link back to the list of every mode. */
    category: { allModes: 'كل أنماط الإخفاق' },

    /** A failure mode's page, around its article. */
    modePage: {
      /** The previous and next mode in the same category; the arrows point the way a right-to-left reader goes. */
      pager: 'المزيد في فئة {category}',
      previous: '→ {title}',
      next: '{title} ←',
      /** Under "Warning signs" on the modes a tool works out numbers for: {link} opens the tool. */
      toolPitch: '{link}: {pitch}',
      /** {tool} is the tool's name as it reads mid-sentence. */
      openTool: 'افتح {tool}',
    },

    /** A mode's handout page (/modes/<id>/handout/), and a handbook's handout file. */
    handoutPage: {
      title: 'نشرة: {title}',
      description: 'نشرة تدريبية من صفحة واحدة: {summary}',
      back: '→ العودة إلى {title}',
      kitLink: 'الحقيبة التدريبية: ورقة الميسّر والبطاقات',
      printNote:
        'تُطبع على صفحة واحدة بمقاس A4 أو Letter الأمريكي. استخدم أمر الطباعة في متصفحك (Ctrl+P أو ⌘P).',
      /** The title of a handout file in a handbook: the mode's title and the company's name. */
      fileTitle: 'نشرة: {title} · {company}',
    },

    /** A mode's training kit page (/modes/<id>/kit/), and a handbook's kit file. */
    kitPage: {
      title: 'الحقيبة التدريبية: {title}',
      /** {title} is the mode's title as it reads mid-sentence. */
      description: 'ورقة للميسّر وبطاقات للقص لجلسة تدريبية حول {title}.',
      back: '→ العودة إلى {title}',
      handoutLink: 'نشرة من صفحة واحدة',
      printNote:
        'تُطبع على ورق A4 أو Letter الأمريكي بأمر الطباعة في متصفحك (Ctrl+P أو ⌘P): ورقة الميسّر أولًا، ثم البطاقات، ثماني بطاقات في كل صفحة، مع خطوط متقطعة للقص.',
      /** The title of a kit file in a handbook: the exercise's title and the company's name. */
      fileTitle: 'الحقيبة التدريبية: {title} · {company}',
    },

    search: {
      title: 'البحث',
      description: 'ابحث في النص الكامل لكل أنماط الإخفاق في المرجع.',
      heading: 'البحث في المرجع',
      wordsLabel: 'كلمات البحث',
      placeholder: 'مثلًا: استرداد، نقص الموظفين، لعب أدوار',
      categoryLabel: 'الفئة',
      allCategories: 'كل الفئات',
      /** Without JavaScript; {modes} is a link, worded below. */
      noScript: 'يحتاج البحث إلى JavaScript. وتجد كل أنماط الإخفاق أيضًا في {modes}.',
      noScriptModes: 'قائمة أنماط الإخفاق',
      /**
       * The status line once the reader searches: {query} is what they typed, {category} the
       * category they chose (the "…In" sentences), {n} how many pages were found.
       */
      status: {
        searching: 'جارٍ البحث…',
        none: 'لا توجد صفحات تطابق «{query}». جرّب كلمة أقصر أو مختلفة.',
        noneIn: 'لا توجد صفحات تطابق «{query}» في فئة {category}. جرّب كلمة أقصر أو مختلفة.',
        /** No page holds every word of the query, but some hold some of them. */
        partial: plural({
          zero: 'لا توجد صفحة تحتوي على كل كلمات «{query}».',
          one: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن صفحة واحدة تحتوي على بعضها.',
          two: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن صفحتين تحتويان على بعضها، الأقرب أولًا.',
          few: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن {n} صفحات تحتوي على بعضها، الأقرب أولًا.',
          many: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن {n} صفحةً تحتوي على بعضها، الأقرب أولًا.',
          other: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن {n} صفحة تحتوي على بعضها، الأقرب أولًا.',
        }),
        partialIn: plural({
          zero: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}».',
          one: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن صفحة واحدة تحتوي على بعضها.',
          two: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن صفحتين تحتويان على بعضها، الأقرب أولًا.',
          few: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن {n} صفحات تحتوي على بعضها، الأقرب أولًا.',
          many: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن {n} صفحةً تحتوي على بعضها، الأقرب أولًا.',
          other:
            'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن {n} صفحة تحتوي على بعضها، الأقرب أولًا.',
        }),
        found: plural({
          zero: 'لا توجد صفحات تطابق «{query}».',
          one: 'صفحة واحدة تطابق «{query}».',
          two: 'صفحتان تطابقان «{query}».',
          few: '{n} صفحات تطابق «{query}».',
          many: '{n} صفحةً تطابق «{query}».',
          other: '{n} صفحة تطابق «{query}».',
        }),
        foundIn: plural({
          zero: 'لا توجد صفحات تطابق «{query}» في فئة {category}.',
          one: 'صفحة واحدة تطابق «{query}» في فئة {category}.',
          two: 'صفحتان تطابقان «{query}» في فئة {category}.',
          few: '{n} صفحات تطابق «{query}» في فئة {category}.',
          many: '{n} صفحةً تطابق «{query}» في فئة {category}.',
          other: '{n} صفحة تطابق «{query}» في فئة {category}.',
        }),
      },
    },

    sources: {
      title: 'المصادر',
      description: 'المقالات الخمس التي يستند إليها المرجع، وأنماط الإخفاق التي تستخدم كلًّا منها.',
      lede: 'يستمد المرجع حقائقه وأفكاره من خمس مقالات عن خدمة العملاء، ويعيد صياغتها بكلماته الخاصة. ويذكر كل نمط إخفاق النقاط التي يستند إليها.',
      /** Between an article's author, publisher and date. */
      bylineSeparator: ' · ',
      unknownByline: 'المؤلف والتاريخ غير معروفين',
      pointsHeading: 'النقاط ومواضع استخدامها',
      /** One of an article's points, and the failure modes that draw on it (a list of links). */
      point: '{point}: {modes}',
    },

    /** The glossary of metrics (/metrics/). */
    metrics: {
      title: 'المؤشرات',
      description:
        'كل مؤشر يستخدمه المرجع، معرَّفًا مرة واحدة: ما يُحتسب، وعلى أي فترة، وأصغر عينة تستحق القراءة، ومستهدف واحد مع سببه.',
      /** {pulse} is a link to the staff pulse survey, worded as pulseLink. */
      lede: 'كل رقم تطلب منك أنماط الإخفاق متابعته معرَّف هنا مرة واحدة، بمستهدف واحد، فلا يمكن أن تختلف عليه صفحتان. ويحيل جدول المؤشرات في كل صفحة إلى المدخلات أدناه، وقد يضيف ملاحظة تخص تلك الصفحة وحدها. والمؤشرات التي تبدأ بعبارة «الموظفون الذين يوافقون» تُقرأ من {pulse}.',
      pulseLink: 'استبيان نبض الموظفين',
      /** Names the row of letters at the top, for assistive technology. */
      lettersLabel: 'المؤشرات حسب الحرف الأول',
    },

    /** The staff pulse survey (/pulse/). */
    pulse: {
      title: 'استبيان نبض الموظفين',
      description:
        'الاستبيان القصير، الذي يُجاب عنه دون أسماء، وراء كل مؤشر من مؤشرات «الموظفون الذين يوافقون»: عباراته، ومقياسه، وما يُحتسب موافقةً، ووتيرة إجرائه.',
      /** {metrics} is a link to the glossary of metrics, worded as metricsLink. */
      lede: 'استبيان واحد قصير، يُجاب عنه دون أسماء، يعطي كل رقم من أرقام «الموظفون الذين يوافقون» في المرجع. اطرح العبارات نفسها في كل مرة، في وقت العمل، ولا تقارن الفريق إلا بنفسه. ويقابل كل عبارةٍ مؤشرٌ واحد في {metrics}، وفيه مستهدفها.',
      metricsLink: 'مسرد المؤشرات',
      howItRunsHeading: 'كيف يُجرى',
      scaleIntro: 'يُجاب عن كل عبارة بالمقياس نفسه:',
      statementsHeading: 'العبارات',
      /** After a statement: its metric's target, and {entry}, a link to that metric's entry worded as metricEntry. */
      reportedBy: 'المستهدف: {target}. {entry}.',
      metricEntry: 'طريقة الاحتساب',
      formHeading: 'النموذج المعدّ للطباعة',
    },

    /** The handbook guide (/handbook/), around its prose (src/guides/generator.mdx). */
    handbookGuide: {
      title: 'دليل شركتك الخاص',
      exampleSummary: 'لفريق تقنية المعلومات: ملف إعدادات متجر التجزئة النموذجي',
      /** {file} is the settings file's path in the project. */
      exampleLabel: 'ملف إعدادات متجر التجزئة النموذجي، {file}',
    },

    /** The heading of a callout in a page body (`:::note`, `:::example`) whose author gave it none. */
    callouts: { note: 'ملاحظة', example: 'مثال' },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook builder (/build/): its form, messages, notes, status lines and the settings file it writes. */
  builder: {
    /** The page around the form: its title, its introduction, the start and the output panels. */
    page: {
      title: 'أداة إنشاء الدليل',
      description:
        'أنشئ دليل الخدمة لشركتك في المتصفح: اختر الفصول، وحدّد معاييرك وهويتك البصرية، ثم استعرض الدليل واطبعه ونزّله. لا يغادر شيء متصفحك.',
      heading: 'أنشئ دليل الخدمة لشركتك',
      lede: 'املأ النموذج فيتشكّل دليلك بجانبه؛ ثم اطبعه أو نزّل ملفاته. يبقى كل شيء في هذا المتصفح: لا يُرسَل شيء مما تكتبه إلى أي مكان، وتبقى مسودتك محفوظة هنا إلى أن تبدأ من جديد.',
      /** Shown when JavaScript is off; {modes} is the link `noScriptModes`. */
      noScript:
        'تعمل الأداة في متصفحك وتحتاج إلى JavaScript: فعّله لهذا الموقع لتستخدمها. أما {modes} ونشراتها القابلة للطباعة فتعمل من دونه.',
      noScriptModes: 'صفحات أنماط الإخفاق',
      /** Shown when the list of failure modes the builder fetches as it starts does not arrive. */
      libraryUnavailable:
        'تعذّر على الأداة تحميل قائمة أنماط الإخفاق، لذا لا يمكنها أن تبدأ. تحقق من الاتصال وأعد تحميل الصفحة.',
      startFrom: 'البدء من',
      startBlank: 'نموذج فارغ',
      startFile: 'ملف إعدادات حفظته…',
      /** {assessment} is the link `fromAssessmentLink`; the quoted words are the assessment's link to this page. */
      fromAssessment: 'هل أتيت من {assessment}؟ في نتائجه رابط «إنشاء هذا الدليل» ينقل أولوياتك إلى هنا.',
      fromAssessmentLink: 'التقييم الذاتي',
      output: 'دليلك',
      print: 'طباعة / حفظ بصيغة PDF',
      toDownloads: 'التنزيلات',
      previewPlaceholder: 'يظهر دليلك هنا كلما ملأت النموذج.',
      files: 'تنزيل الملفات',
      /** A download: {file} is its button (the file's name), {summary} what it holds. */
      file: '{file} ({summary})',
      icsNeedsDate: '(يحتاج إلى تاريخ أول جلسة تدريبية)',
      configSummary: 'إعداداتك: ملف يمكنك فتحه هنا لاحقًا لتكمل من حيث توقفت',
      /** The heading over a per-chapter format's downloads: "Handouts, one per chapter". */
      perChapter: '{title}، واحدة لكل فصل',
      startOver: 'البدء من جديد',
    },

    /** The form's fields as its labels name them, by the field's name in the config: messages use the same words. */
    fields: {
      company: 'اسم الشركة',
      vision: 'رؤية الخدمة',
      priorities: 'الفصول',
      include: 'بقية المرجع',
      audiences: 'القرّاء',
      'standards.firstResponse': 'الرد الأول',
      'standards.callback': 'معاودة الاتصال',
      'standards.refundLimit': 'حد الاسترداد',
      standards: 'معايير أخرى',
      empowerment: 'من يقرر ماذا',
      'branding.accent': 'اللون المميز',
      'branding.logo': 'الشعار',
      locale: 'طريقة كتابة التواريخ',
      output: 'الورق',
      date: 'التاريخ على الغلاف',
      'training.start': 'أول جلسة تدريبية',
      training: 'وتيرة الجلسات',
    },

    /** The form around its fields: the groups' legends, the labels' added hints, the buttons and the choices. */
    form: {
      yourCompany: 'شركتك',
      /** {label} is the field's label (`fields`). */
      visionLabel: '{label} (جملة واحدة يستطيع الجميع ترديدها)',
      chaptersHelp: 'الأكثر إلحاحًا أولًا. انقل الفصل بأزراره، أو اسحبه من مقبضه.',
      filter: 'إضافة فصول: تصفية أنماط الإخفاق',
      includePriorities: 'هذه الفصول فقط',
      includeAll: 'إضافة كل أنماط الإخفاق الأخرى في ملحق مختصر',
      audiencesLegend: '{label} (اترك الخيارات كلها فارغة ليكون الدليل للجميع)',
      standards: 'المعايير (يُقرأ كل منها بعد كلمة «خلال»)',
      firstResponsePlaceholder: 'ساعة واحدة',
      callbackPlaceholder: 'يوم العمل نفسه',
      refundLimitLabel: '{label} (اختياري)',
      refundLimitHint: 'المبلغ الذي يحق لموظف الخط الأمامي أن يردّه دون استئذان، مثلًا 200 درهم.',
      refundLimitPlaceholder: '200 درهم',
      addStandard: 'إضافة معيار',
      empowermentLegend: '{label} دون استئذان',
      addRow: 'إضافة صف',
      lookAndDates: 'المظهر والتواريخ',
      logoLabel: '{label} (PNG أو JPEG أو SVG أو WebP أو GIF، بحد أقصى 1 ميغابايت)',
      removeLogo: 'إزالة الشعار',
      dateLabel: '{label} (اتركه فارغًا إن لم ترد تاريخًا)',
      trainingStartLabel: '{label} (اتركه فارغًا لخطة بلا تواريخ)',
      /** What goes before a note beside a field (a problem has a warning sign instead). */
      noteLabel: 'ملاحظة: ',
    },

    /** The date conventions offered, by locale: where, and the paper and date they give. */
    locales: {
      'en-GB': 'المملكة المتحدة (A4، اليوم قبل الشهر: 1 سبتمبر 2025)',
      'en-IE': 'أيرلندا (A4)',
      'en-AU': 'أستراليا (A4)',
      'en-NZ': 'نيوزيلندا (A4)',
      'en-US': 'الولايات المتحدة (Letter، الشهر قبل اليوم: سبتمبر 1، 2025)',
      'en-CA': 'كندا (Letter)',
    },
    /** The paper choices; `auto` leaves it to the date convention. */
    paper: { auto: 'المقاس المعتاد مع هذه التواريخ', A4: 'A4', Letter: 'Letter الأمريكي' },
    /** How often the training sessions are held, by cadence. */
    cadences: { weekly: 'أسبوعيًا', fortnightly: 'كل أسبوعين', monthly: 'شهريًا' },

    /** The examples to start from, by id: the button, and what the status line says once started. */
    examples: {
      retailer: { label: 'مثال: متجر تجزئة صغير', started: 'بدأت من مثال: متجر تجزئة صغير.' },
      'contact-centre': {
        label: 'مثال: مركز اتصال',
        started: 'بدأت من مثال: مركز اتصال.',
      },
    },

    /** The editable rows (further standards, empowerment rows): one row's name, its fields and its messages. */
    rows: {
      others: {
        /** One row, as its group, its problems and the status line name it. */
        name: 'المعيار {n}',
        label: '{label} (المعيار {n})',
        remove: 'إزالة المعيار {n}',
        removed: 'أُزيل المعيار {n}.',
        fields: { name: 'الاسم', value: 'الوعد' },
        /** What a row lacks, as a problem names it; {parts} is a list of `parts`. */
        needs: plural({
          zero: 'يحتاج المعيار {row} إلى {parts}: املأ الخانات أو أزل المعيار.',
          one: 'يحتاج المعيار {row} إلى {parts}: املأ الخانة أو أزل المعيار.',
          two: 'يحتاج المعيار {row} إلى {parts}: املأ الخانتين أو أزل المعيار.',
          few: 'يحتاج المعيار {row} إلى {parts}: املأ الخانات أو أزل المعيار.',
          many: 'يحتاج المعيار {row} إلى {parts}: املأ الخانات أو أزل المعيار.',
          other: 'يحتاج المعيار {row} إلى {parts}: املأ الخانات أو أزل المعيار.',
        }),
        parts: { name: 'اسم', value: 'وعد' } as Record<string, string>,
      },
      empowerment: {
        name: 'الصف {n}',
        label: '{label} (الصف {n})',
        remove: 'إزالة الصف {n}',
        removed: 'أُزيل الصف {n}.',
        fields: { role: 'الدور', decision: 'القرار', limit: 'الحد' },
        needs: plural({
          zero: 'يحتاج الصف {row} إلى {parts}: املأ الخانات أو أزل الصف.',
          one: 'يحتاج الصف {row} إلى {parts}: املأ الخانة أو أزل الصف.',
          two: 'يحتاج الصف {row} إلى {parts}: املأ الخانتين أو أزل الصف.',
          few: 'يحتاج الصف {row} إلى {parts}: املأ الخانات أو أزل الصف.',
          many: 'يحتاج الصف {row} إلى {parts}: املأ الخانات أو أزل الصف.',
          other: 'يحتاج الصف {row} إلى {parts}: املأ الخانات أو أزل الصف.',
        }),
        parts: { role: 'دور', decision: 'قرار', limit: 'حد' } as Record<string, string>,
      },
    },

    /**
     * The company's own words: what it calls each role, its words in each chosen chapter (a note,
     * plays left out, plays and an example of its own), and chapters it writes itself. {n} is a
     * chapter's number in the list, {p} a play's number within its chapter.
     */
    ownWords: {
      rolesLegend: 'المسمى الذي تستخدمه لكل دور (اختياري)',
      rolesHelp:
        'تحدد الإجراءات من ينفذها بهذه الأدوار. اكتب المسمى الوظيفي المستخدم لديكم لأي دور فيستخدمه الدليل في كل مكان، أو اتركه فارغًا لإبقاء الاسم المعروض.',
      /** The list of roles, folded away until opened; {n} is how many there are. */
      rolesShow: 'مسمياتك للأدوار، وعددها {n}',
      /** {role} is the role's name in the playbook. */
      roleTitle: 'مسمّاك لدور {role}',
      /** Who usually fills the role, by the size of the company. */
      roleUsually: 'في الشركة الصغيرة: {small}. في المتوسطة: {mid}. في الكبيرة: {large}.',

      chaptersLegend: 'كلماتك في كل فصل (اختياري)',
      chaptersHelp:
        'افتح فصلًا لتضيف ملاحظة في أعلاه، أو تستبعد إجراءات لن تنفذها شركتك، أو تضيف إجراءات خاصة بك، أو تقدّم مثالًا من عندك.',
      chaptersNone: 'أضف فصولًا في الأعلى أولًا؛ وبعدها يحصل كل فصل هنا على مكان لكلماتك.',
      /** A chapter's fold: its number and title, and whether it has words of yours yet. */
      chapterSummary: '{n}. {title}',
      chapterSummaryWithWords: '{n}. {title} (مع كلماتك)',
      /** A field in a chapter's fold, named with the chapter's number: "Note at the top (chapter 2)". */
      inChapter: '{label} (الفصل {n})',
      /** A field of a play of your own: "When (chapter 2, your play 1)". */
      inPlay: '{label} (الفصل {n}، إجراؤك {p})',
      note: 'ملاحظة في الأعلى',
      noteHint:
        'تُطبع في أعلى الفصل، في إطار يحمل اسم شركتك. يمكنك استخدام Markdown: **غامق** و*مائل* والقوائم والروابط.',
      skip: 'إجراءات تُستبعد',
      skipHint: 'ضع علامة على أي إجراء لن تنفذه شركتك: فيُحذف من الفصل ومن نشرته ومن «من يفعل ماذا».',
      /** A play to leave out: its title and who owns it. */
      skipPlay: '{title} ({owner})',
      plays: 'إجراءات خاصة بك',
      /** One play of your own, as its group, its problems and the status line name it. */
      play: 'إجراؤك {p} في الفصل {n}',
      playTitle: 'ما يجب فعله',
      playOwner: 'من ينفذه',
      playWith: 'بالتعاون مع',
      playWhen: 'التوقيت',
      playSteps: 'الخطوات، خطوة في كل سطر',
      chooseRole: 'اختر دورًا',
      nobody: 'لا أحد غيره',
      /** A role in a list of roles, by the company's title with the playbook's name after it. */
      roleAs: '{title} ({role})',
      /** A role id the playbook does not have, as a list shows it. */
      notARole: '{id} (ليس دورًا في المرجع)',
      addPlay: 'إضافة إجراء خاص بك',
      removePlay: 'إزالة إجرائك {p}',
      playRemoved: 'أُزيل إجراؤك {p} من الفصل {n}.',
      undoPlay: 'تراجع: أعد إجراءك {p} إلى الفصل {n}',
      playBack: 'عاد إجراؤك {p} إلى الفصل {n}.',
      example: 'مثالك الخاص',
      exampleHint:
        'يحل محل مثال الفصل، تحت عنوان «مثال من» متبوعًا باسم شركتك. يمكنك استخدام Markdown هنا أيضًا.',

      ownLegend: 'فصول من إعدادك (اختياري)',
      ownHelp:
        'اكتب فصلًا من عندك، مثل وعدك بشأن المرتجعات أو بمن يُتصل حين تسوء الأمور، وضعه بين الفصول الأخرى.',
      /** One chapter of your own, as its group, its problems and the status line name it. */
      own: 'فصلك {n}',
      /** A field of a chapter of your own: "Title (your chapter 1)". */
      inOwn: '{label} (فصلك {n})',
      ownTitle: 'العنوان',
      ownId: 'الاسم المختصر',
      ownIdHint:
        'يُستخدم في الروابط داخل الدليل: كلمات بأحرف لاتينية صغيرة تصل بينها شرطات. يُشتق من العنوان ما دمت لم تغيّره، وإن لم يكن في العنوان حرف لاتيني صار «our-chapter»؛ فاكتب اسمًا يدل على الفصل، مثل «our-returns-promise».',
      ownAfter: 'يأتي بعد',
      atTheEnd: 'في النهاية، بعد الفصل الأخير',
      afterChapter: 'الفصل {n}: {title}',
      /** A chapter an own chapter was placed after that is no longer in the list. */
      afterGone: '{title} (لم يعد في القائمة)',
      ownBody: 'النص',
      ownBodyHint:
        'بتنسيق Markdown: ## قبل العنوان، و**غامق**، وشرطة قبل كل بند في القائمة، والروابط. تعرضه المعاينة أثناء الكتابة.',
      /** {file} is the file's name in quotation marks. */
      ownFile: 'يحفظ الملف الذي فتحته نص هذا الفصل في {file}، ولا تستطيع هذه الصفحة فتحه. الصق النص هنا.',
      addOwn: 'إضافة فصل من إعدادك',
      /** {name} is the chapter's title in quotation marks, or "Your chapter {n}" while it has none. */
      moveUp: 'نقل {name} إلى الأعلى',
      moveDown: 'نقل {name} إلى الأسفل',
      remove: 'إزالة {name}',
      moved: 'نُقل {name} إلى الموضع {n} من {total}.',
      alreadyFirst: '{name} في الموضع الأول بالفعل.',
      alreadyLast: '{name} في الموضع الأخير بالفعل.',
      removed: 'أُزيل {name}.',
      undoRemove: 'تراجع: أعد {name}',
      back: 'عاد {name}.',
      added: 'أُضيف فصلك {n}: اكتب له عنوانًا ونصًّا.',
      /** Said when the part of the page that reads Markdown could not be fetched. */
      parserFailed:
        'لم يُحمَّل الجزء من هذه الصفحة الذي يقرأ نصوصك الخاصة (الملاحظات والأمثلة والفصول). تحقق من الاتصال وأعد تحميل الصفحة؛ مسودتك محفوظة.',
    },

    /** The chapter list and the library to add from; {title} is a chapter's title in quotation marks. */
    chapters: {
      numbered: '{n}. {title}',
      dragHandle: 'اسحب لتغيير الترتيب',
      up: '↑ للأعلى',
      down: '↓ للأسفل',
      remove: 'إزالة',
      add: 'إضافة',
      /** The accessible names of the buttons; {title} is the chapter's title as it is. */
      moveUp: 'نقل {title} إلى الأعلى',
      moveDown: 'نقل {title} إلى الأسفل',
      removeNamed: 'إزالة {title}',
      addNamed: 'إضافة {title}',
      /** A library entry already chosen: its chapter number in place of its Add button. */
      chosenAs: 'الفصل {n}',
      none: 'لا فصول بعد: أضف بعضها من القائمة أدناه.',
      noMatch: 'لا يوجد نمط إخفاق يطابق هذه الكلمات.',
      alreadyFirst: '{title} في الموضع الأول بالفعل.',
      alreadyLast: '{title} في الموضع الأخير بالفعل.',
      moved: 'نُقل {title} إلى الموضع {n} من {total}.',
      removed: 'أُزيل {title} من الفصول.',
      /** The removal's Undo button; {title} is the chapter's title as it is. */
      undoRemove: 'تراجع: أعد {title} بوصفه الفصل {n}',
      alreadyChapter: '{title} هو الفصل {n} بالفعل.',
      back: 'عاد {title} بوصفه الفصل {n}.',
      added: 'أُضيف {title} بوصفه الفصل {n}.',
      dragStays: 'يبقى {title} في الموضع {n}: أفلِته فوق القائمة لنقل الفصل.',
    },

    /** Starting again: from an example, a blank form, a saved file, last time's draft or the self-assessment. */
    start: {
      replace: 'استبدال مسودتي',
      keep: 'الإبقاء على مسودتي',
      merge: 'دمج: إضافة الفصول الجديدة إلى فصولي',
      unchanged: 'لم تتغير مسودتك.',
      replaceWithExample: 'هل تريد استبدال مسودتك بالمثال؟ يمكنك التراجع عن ذلك مباشرة بعده.',
      replaceWithBlank: 'هل تريد استبدال مسودتك بنموذج فارغ؟ يمكنك التراجع عن ذلك مباشرة بعده.',
      startedBlank: 'بدأت نموذجًا فارغًا.',
      startOverQuestion: 'هل تريد البدء من جديد بنموذج فارغ؟ يمكنك التراجع عن ذلك مباشرة بعده.',
      startedOver: 'بدأت من جديد بنموذج فارغ.',
      undo: 'تراجع: استعد المسودة التي كانت لديك',
      draftBack: 'عادت مسودتك كما كانت.',
      /** {size} is in KB. */
      fileTooBig:
        'حجم {file} هو {size} كيلوبايت، بينما لا يتجاوز ملف الإعدادات من هذه الصفحة بضعة كيلوبايتات. اختر الملف الذي نزّلته من هنا.',
      replaceWithFile: 'هل تريد استبدال مسودتك بالملف {file}؟ يمكنك التراجع عن ذلك مباشرة بعده.',
      fileUnreadable: 'تعذرت قراءة {file}، لذا لم تتغير مسودتك. ستجد ما فيه من أخطاء فوق النموذج.',
      opened: 'فُتح الملف {file}.',
      openedWithProblems: plural({
        zero: 'فُتح الملف {file}: لا مشكلات فيه.',
        one: 'فُتح الملف {file}: فيه مشكلة واحدة تظهر في النموذج.',
        two: 'فُتح الملف {file}: فيه مشكلتان تظهران في النموذج.',
        few: 'فُتح الملف {file}: فيه {n} مشكلات تظهر في النموذج.',
        many: 'فُتح الملف {file}: فيه {n} مشكلةً تظهر في النموذج.',
        other: 'فُتح الملف {file}: فيه {n} مشكلة تظهر في النموذج.',
      }),
      /** Said after `opened` when the file names a logo; {field} is the logo field's label. */
      openedLogo: 'يذكر الملف الشعار «{logo}»: اختر ذلك الملف في خانة {field} ليظهر على الغلاف.',
      /** Two sentences said one after the other. */
      sentences: '{first} {second}',
      draftUnreadable:
        'تعذرت قراءة مسودة محفوظة في هذا المتصفح، لذا يبدأ النموذج فارغًا. المسودة القديمة محفوظة باسم «{key}» في مساحة تخزين هذا الموقع، ولم تُحذف.',
      /** {startOver} is the Start over button's label in quotation marks. */
      draftRestored: 'عادت مسودتك من المرة السابقة. يمسحها زر {startOver} في أسفل الصفحة.',
      handOverTaken: plural({
        zero: 'لم تُنقل أي أولوية من تقييمك الذاتي. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        one: 'نُقلت أولوية واحدة من تقييمك الذاتي، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        two: 'نُقلت أولويتان من تقييمك الذاتي، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        few: 'نُقلت {n} أولويات من تقييمك الذاتي، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        many: 'نُقلت {n} أولويةً من تقييمك الذاتي، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        other:
          'نُقلت {n} أولوية من تقييمك الذاتي، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
      }),
      handOverTakenWithCompany: plural({
        zero: 'نُقل اسم الشركة من تقييمك الذاتي، دون أي أولوية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        one: 'نُقلت من تقييمك الذاتي أولوية واحدة واسم الشركة، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        two: 'نُقلت من تقييمك الذاتي أولويتان واسم الشركة، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        few: 'نُقلت من تقييمك الذاتي {n} أولويات واسم الشركة، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        many: 'نُقلت من تقييمك الذاتي {n} أولويةً واسم الشركة، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
        other:
          'نُقلت من تقييمك الذاتي {n} أولوية واسم الشركة، حسب ترتيب الأهمية. راجع الفصول أدناه؛ فالدليل الجيد يضم من ثلاثة إلى ستة فصول.',
      }),
      handOverMerged: plural({
        zero: 'لم يُضف أي فصل من تقييمك الذاتي؛ وبقي ترتيبك واسم شركتك كما هما.',
        one: 'أُضيف فصل واحد من تقييمك الذاتي بعد فصولك؛ وبقي ترتيبك واسم شركتك كما هما.',
        two: 'أُضيف فصلان من تقييمك الذاتي بعد فصولك؛ وبقي ترتيبك واسم شركتك كما هما.',
        few: 'أُضيفت {n} فصول من تقييمك الذاتي بعد فصولك؛ وبقي ترتيبك واسم شركتك كما هما.',
        many: 'أُضيف {n} فصلًا من تقييمك الذاتي بعد فصولك؛ وبقي ترتيبك واسم شركتك كما هما.',
        other: 'أُضيف {n} فصل من تقييمك الذاتي بعد فصولك؛ وبقي ترتيبك واسم شركتك كما هما.',
      }),
      /** The question when a hand-over would overwrite a draft: what it brings, what the draft has, and the question. */
      handOverQuestion: '{brings} {draft} ماذا تريد أن تفعل بمسودتك؟',
      /** {chapters} is the list of the chapters' titles in quotation marks. */
      handOverBrings: plural({
        zero: 'لا يأتي التقييم الذاتي بأي فصل ({chapters}).',
        one: 'يأتي التقييم الذاتي بفصل واحد حسب ترتيب الأهمية ({chapters}).',
        two: 'يأتي التقييم الذاتي بفصلين حسب ترتيب الأهمية ({chapters}).',
        few: 'يأتي التقييم الذاتي بـ{n} فصول حسب ترتيب الأهمية ({chapters}).',
        many: 'يأتي التقييم الذاتي بـ{n} فصلًا حسب ترتيب الأهمية ({chapters}).',
        other: 'يأتي التقييم الذاتي بـ{n} فصل حسب ترتيب الأهمية ({chapters}).',
      }),
      handOverBringsWithCompany: plural({
        zero: 'يأتي التقييم الذاتي باسم الشركة «{company}»، دون أي فصل ({chapters}).',
        one: 'يأتي التقييم الذاتي بفصل واحد حسب ترتيب الأهمية ({chapters}) وباسم الشركة «{company}».',
        two: 'يأتي التقييم الذاتي بفصلين حسب ترتيب الأهمية ({chapters}) وباسم الشركة «{company}».',
        few: 'يأتي التقييم الذاتي بـ{n} فصول حسب ترتيب الأهمية ({chapters}) وباسم الشركة «{company}».',
        many: 'يأتي التقييم الذاتي بـ{n} فصلًا حسب ترتيب الأهمية ({chapters}) وباسم الشركة «{company}».',
        other: 'يأتي التقييم الذاتي بـ{n} فصل حسب ترتيب الأهمية ({chapters}) وباسم الشركة «{company}».',
      }),
      draftHasChapters: plural({
        zero: 'لا فصول في مسودتك.',
        one: 'في مسودتك فصل واحد بترتيبك الخاص.',
        two: 'في مسودتك فصلان بترتيبك الخاص.',
        few: 'في مسودتك {n} فصول بترتيبك الخاص.',
        many: 'في مسودتك {n} فصلًا بترتيبك الخاص.',
        other: 'في مسودتك {n} فصل بترتيبك الخاص.',
      }),
      draftHasCompany: 'في مسودتك اسم الشركة «{company}».',
      draftHasBoth: plural({
        zero: 'في مسودتك اسم الشركة «{company}»، ولا فصول فيها.',
        one: 'في مسودتك فصل واحد بترتيبك الخاص واسم الشركة «{company}».',
        two: 'في مسودتك فصلان بترتيبك الخاص واسم الشركة «{company}».',
        few: 'في مسودتك {n} فصول بترتيبك الخاص واسم الشركة «{company}».',
        many: 'في مسودتك {n} فصلًا بترتيبك الخاص واسم الشركة «{company}».',
        other: 'في مسودتك {n} فصل بترتيبك الخاص واسم الشركة «{company}».',
      }),
      handOverKept: 'لم تتغير مسودتك؛ ولم يُنقل شيء من التقييم الذاتي.',
    },

    /** What the status line and the notes beside the fields say as the form is edited. */
    edits: {
      notSaved:
        'لم يحفظ هذا المتصفح المسودة (تصفح خاص أو مساحة تخزين ممتلئة): نزّل ملف إعداداتك (آخر عنصر في قائمة التنزيلات) لتحتفظ بعملك.',
      visionEmpty: 'الجملة الواحدة هي الأفضل.',
      visionSentences: plural({
        zero: 'لا جمل بعد؛ والجملة الواحدة أسهل للحفظ والاقتباس.',
        one: 'هذه جملة واحدة، وهي أسهل للحفظ والاقتباس.',
        two: 'هاتان جملتان؛ والجملة الواحدة أسهل للحفظ والاقتباس.',
        few: 'هذه {n} جمل؛ والجملة الواحدة أسهل للحفظ والاقتباس.',
        many: 'هذه {n} جملةً؛ والجملة الواحدة أسهل للحفظ والاقتباس.',
        other: 'هذه {n} جملة؛ والجملة الواحدة أسهل للحفظ والاقتباس.',
      }),
      visionOne: 'جملة واحدة: ممتاز.',
      logoRemoved: 'أُزيل الشعار.',
      logoRefused: 'لم يُقبل الشعار؛ والسبب مذكور بجانبه.',
      logoAdded: 'أُضيف الشعار {file}.',
      logoNamed: 'الشعار: {file}.',
      noLogo: 'لا شعار.',
      /** {ratio} is the contrast against white, such as "4.5". */
      accentAsChosen: 'مستخدَم كما اخترته: {colour}، بتباين {ratio}:1 على الأبيض.',
      accentDarkened: 'فاتح جدًا للقراءة على الأبيض، لذا يستخدم الدليل {colour} (بتباين {ratio}:1).',
      fixFirst: 'أصلح أولًا المشكلات المحددة في النموذج.',
      /** The Undo button after a change that took something away. */
      undo: 'تراجع',
    },

    /** The preview's frame and its status line. */
    preview: {
      frameTitle: 'معاينة الدليل',
      chapters: plural({
        zero: 'المعاينة: لا فصول.',
        one: 'المعاينة: فصل واحد.',
        two: 'المعاينة: فصلان.',
        few: 'المعاينة: {n} فصول.',
        many: 'المعاينة: {n} فصلًا.',
        other: 'المعاينة: {n} فصل.',
      }),
      /** The per-chapter downloads while there is no handbook yet. */
      chapterFilesWaiting: 'تظهر هذه الملفات بعد أن يخلو النموذج من المشكلات.',
      /** {fields} is a list of the form's labels. */
      lastGood: plural({
        zero: 'تعرض المعاينة والطباعة والتنزيلات آخر نسخة سليمة ما دامت هذه الخانات تحتاج إلى مراجعة: {fields}.',
        one: 'تعرض المعاينة والطباعة والتنزيلات آخر نسخة سليمة ما دامت هذه الخانة تحتاج إلى مراجعة: {fields}.',
        two: 'تعرض المعاينة والطباعة والتنزيلات آخر نسخة سليمة ما دامت هاتان الخانتان تحتاجان إلى مراجعة: {fields}.',
        few: 'تعرض المعاينة والطباعة والتنزيلات آخر نسخة سليمة ما دامت هذه الخانات تحتاج إلى مراجعة: {fields}.',
        many: 'تعرض المعاينة والطباعة والتنزيلات آخر نسخة سليمة ما دامت هذه الخانات تحتاج إلى مراجعة: {fields}.',
        other:
          'تعرض المعاينة والطباعة والتنزيلات آخر نسخة سليمة ما دامت هذه الخانات تحتاج إلى مراجعة: {fields}.',
      }),
      lastGoodForm: 'تعرض المعاينة والطباعة والتنزيلات آخر نسخة سليمة ما دام النموذج يحتاج إلى مراجعة.',
      waitingForFixes: 'تظهر المعاينة بعد إصلاح المشكلات المحددة في النموذج.',
      waitingForFields: 'تظهر المعاينة بعد ملء هذه الخانات: {fields}.',
      waitingForBoth: 'تظهر المعاينة بعد إصلاح المشكلات المحددة في النموذج وملء هذه الخانات: {fields}.',
      /** Where a problem no field shows is listed, as the status line names it. */
      topList: 'القائمة في أعلى الصفحة',
    },

    /**
     * The checker's problems and notes as the form says them (src/site/builder/form-wording.ts):
     * {field} is a field's label, {title} a chapter's title in quotation marks, {file} an uploaded file's name.
     * Arabic puts {field} before a colon where a verb or adjective would have to agree with it.
     */
    problems: {
      /** What to write in a field the form needs and finds empty. */
      whenEmpty: {
        company: 'اكتب اسم شركتك كما يعرفه العملاء.',
        vision: 'اكتب جملة واحدة عن الخدمة يستطيع الجميع ترديدها.',
        'standards.firstResponse': 'حدّد متى يتلقى العميل أول رد، مثلًا «ساعة واحدة».',
        'standards.callback': 'حدّد متى تتم معاودة الاتصال الموعودة، مثلًا «يوم العمل نفسه».',
        'standards.refundLimit': 'اكتب مبلغًا مثل «200 درهم»، أو اترك الخانة فارغة.',
      } as Record<string, string>,
      /** A chapter named by its place, with its title in quotation marks when it has one. */
      chapter: 'الفصل {n}',
      chapterTitled: 'الفصل {n} ({title})',
      /** What a message says in place of a field, a chapter, a date or a file it cannot name. */
      someField: 'إحدى الخانات',
      someChapter: 'أحد الفصول',
      someDate: 'أحد التواريخ',
      someFile: 'الملف',
      noChapters: 'لا فصول بعد. أضف فصلًا واحدًا على الأقل من القائمة أدناه.',
      /** {id} is what the chapter was written as, in quotation marks. */
      unknownChapter: '{field} ({id}): غير موجود في المرجع. أزله وأضف الفصل الذي تقصده من القائمة أدناه.',
      unknownChapterMeant:
        '{field} ({id}): غير موجود في المرجع. هل تقصد {meant}؟ أزله وأضف الفصل الذي تقصده من القائمة أدناه.',
      twice: '{title} مذكور في القائمة مرتين، بوصفه الفصل {n} ومرة أخرى هنا. أزل أحدهما.',
      notAChapter: '{field}: ليس فصلًا في المرجع. أزله وأضف الفصل الذي تقصده من القائمة أدناه.',
      empty: '{field}: الخانة فارغة. {hint}',
      fillIn: 'املأ هذه الخانة.',
      tooLong: '{field}: يبلغ النص {length} من الأحرف؛ اختصره إلى ما دون {max}.',
      invisible:
        '{field}: يحتوي على حرف غير مرئي بعد {text}، وغالبًا ما يأتي من النسخ من برنامج آخر. احذف ذلك الموضع واكتبه من جديد.',
      accent: 'تعذرت قراءة اللون المميز. اختر لونًا بأداة اختيار الألوان.',
      notADate: '{field}: ليس تاريخًا صحيحًا. اختر تاريخًا من التقويم، أو اترك الخانة فارغة.',
      /** {field} is the date field's label in quotation marks. */
      locale: 'تعذرت قراءة طريقة كتابة التواريخ. اختر إحداها في خانة {field}.',
      /** {name} is the setting, {meant} the one it may be a misspelling of, each in quotation marks. */
      unknownSetting:
        'في {file} إعداد {name} لا تعرفه هذه الصفحة. صحّحه أو احذفه من الملف، ثم افتح الملف هنا من جديد.',
      unknownSettingMeant:
        'في {file} إعداد {name} لا تعرفه هذه الصفحة، ولعله خطأ إملائي في {meant}. صحّحه أو احذفه من الملف، ثم افتح الملف هنا من جديد.',
      unreadable: 'تعذرت قراءة {file}. اختر ملف إعدادات نُزّل من هذه الصفحة، أو افحص ذلك السطر في محرر نصوص.',
      unreadableAt:
        'تعذرت قراءة {file} عند السطر {line}. اختر ملف إعدادات نُزّل من هذه الصفحة، أو افحص ذلك السطر في محرر نصوص.',
      emptyFile: 'الملف {file} فارغ. اختر ملف إعدادات نُزّل من هذه الصفحة.',
      notSettings: 'لا يحتوي {file} على إعدادات دليل. اختر ملف إعدادات نُزّل من هذه الصفحة.',
      /** A checker's message the form has no words of its own for, after the field's label or the file and the field's place in it. */
      other: '{field}: {message}',
      otherInFile: '{file}، {path}: {message}',
      /** Between the parts of a field's place in a file: "standards › others" (mirrored in right-to-left text). */
      pathSeparator: ' › ',
      /** An uploaded file's line, after the message. */
      atLine: '{message} (السطر {line} من {file}.)',
      /** {name} is the logo file's name in quotation marks; {kind} and {actual} are image formats, such as PNG. */
      logoNotImage:
        'الشعار {name} ليس صورة يستطيع الدليل عرضها. اختر ملفًا بصيغة PNG أو JPEG أو SVG أو WebP أو GIF.',
      logoEmpty: 'ملف الشعار فارغ. صدّر الشعار من جديد واختر الملف الجديد.',
      logoTooBig:
        'حجم الشعار {size}، والحد الأقصى للشعار {max}. صدّر ملف PNG أصغر (عرض 600 بكسل يكفي تمامًا) أو ملف SVG.',
      logoNoImage:
        'اسم ملف الشعار يدل على صورة {kind}، لكنه لا يحتوي على صورة يتعرف عليها الدليل. صدّر الشعار من جديد بصيغة PNG أو JPEG أو SVG أو WebP أو GIF.',
      logoOtherImage:
        'اسم ملف الشعار يدل على صورة {kind}، لكنه يحتوي على بيانات {actual}. غيّر اسمه بما يطابق محتواه، ثم اختره من جديد.',
      logoNotPlain:
        'يحتوي الشعار على {what}، والشعار يجب أن يكون رسمًا بسيطًا. صدّره من جديد بصيغة SVG بسيطة، أو استخدم PNG.',
      logoOutside: 'يشير الملف إلى شعاره بمسار خارج مجلده. اختر ملف الشعار في خانة {field} بدلًا من ذلك.',
      /** What to write in a field of a play or a chapter of your own that is empty, by the field. */
      whenEmptyOwn: {
        'play.title': 'اكتب ما يجب فعله، مثلًا «افتح صندوق دفع ثانيًا حين ينتظر خمسة عملاء».',
        'play.owner': 'اختر من ينفذه.',
        'play.when': 'اكتب متى يحدث، مثلًا «ابتداءً من السبت القادم».',
        'play.steps': 'اكتب خطوة واحدة على الأقل، خطوة في كل سطر.',
        'own.title': 'اكتب عنوانًا للفصل.',
        'own.id': 'اكتب بضع كلمات بأحرف لاتينية صغيرة تصل بينها شرطات، مثل «our-returns-promise».',
        'own.body': 'اكتب نص الفصل.',
      } as Record<string, string>,
      /** Markdown the handbook will not print; {field} is the text box's label. */
      markdownLink:
        '{field}: فيه رابط إلى عنوان لا يبدأ بـ https: أو http: أو mailto:. غيّر العنوان أو أزل الرابط.',
      markdownImage: '{field}: فيه صورة، والصور لا تدخل في نص الدليل. أزلها (مكان الشعار في خانة {logo}).',
      markdownHtml:
        '{field}: فيه وسوم HTML (مثل <b>) لا تُطبع. اكتب بتنسيق Markdown بدلًا منها: **غامق**، والقوائم، والجداول.',
      /** {written} is what was written, {known} a list of what works, each in quotation marks. */
      unknownVariable: '{field}: يستخدم {written}، ولا يستطيع الدليل ملأه. استخدم {known}.',
      unknownDirective:
        '{field}: يستخدم {written}، ولا يعرفه الدليل. استخدم {known}، أو احذف النقطتين الرأسيتين.',
      /** The line within a text box, after the message. */
      textLine: '{message} (السطر {line} من النص.)',
      /** {id} is a role's id in quotation marks; {meant} the role it may be a misspelling of. */
      unknownRole: '{field}: ليس من أدوار المرجع. اختر دورًا من القائمة.',
      unknownRoleTitle:
        'يعطي {file} مسمًّى للدور {id}، وهو ليس من أدوار المرجع. لم يُؤخذ به هنا: اكتب المسمى بجانب الدور الذي تقصده.',
      unknownRoleTitleMeant:
        'يعطي {file} مسمًّى للدور {id}، وهو ليس من أدوار المرجع (لعلك تقصد {meant}). لم يُؤخذ به هنا: اكتب المسمى بجانب الدور الذي تقصده.',
      wordsNotInChapters:
        'في {file} كلمات للفصل {title}، وهو ليس من فصوله. احتفظنا بها هنا: أضف الفصل إلى القائمة لتُطبع.',
      /** {id} is the play's id in the file, in quotation marks. */
      noSuchPlay:
        'يستبعد {file} إجراءً {id} لا يوجد في {title}. لم يُؤخذ به هنا: ضع علامة على الإجراءات المراد استبعادها تحت الفصل.',
      noSuchPlayUnnamed:
        'يستبعد {file} إجراءً لا يوجد في {title}. لم يُؤخذ به هنا: ضع علامة على الإجراءات المراد استبعادها تحت الفصل.',
      /** {id} is the short name typed, {suggestion} one that is free; both in quotation marks. */
      ownIdTaken: '{field}: {id} هو بالفعل الاسم المختصر لفصل في المرجع. استخدم اسمًا آخر، مثل {suggestion}.',
      ownIdTwice: '{field}: لفصل آخر من فصولك الاسم المختصر {id} أيضًا. أعطِ كلًّا منهما اسمًا خاصًّا به.',
      ownIdFormat:
        '{field}: لا يقبل إلا أحرفًا لاتينية صغيرة وأرقامًا وشرطات بين الكلمات، مثل «our-returns-promise».',
      ownAfterGone: '{field}: {title} ليس من الفصول الموجودة في القائمة. اختر موضع هذا الفصل.',
      ownAfterUnknown: '{field}: يشير إلى فصل غير موجود في القائمة. اختر موضع هذا الفصل.',
      /** {text} is the text box's label in quotation marks. */
      ownBodyOrFile:
        'يجب أن يعطي {file} في {field} إما النص نفسه وإما ملفًا يحتوي عليه، لا الاثنين معًا ولا أن يخلو منهما. اكتب النص هنا أو الصقه في خانة {text}.',
      /** Notes: {chapters} is a list of chapters' titles; {amount} what the handbook says in place of a limit, in quotation marks. */
      noRefundLimit:
        'من دون حد للاسترداد، ستظهر عبارة {amount} في {chapters}. اكتب الحد هنا إن كان لفريقك حد، مثلًا «200 درهم».',
      noEmpowerment:
        'ما دام هذا الجدول بلا صفوف، سيظهر جدول نموذجي في {chapters}. أضف صفًّا لكل دور وما يحق له أن يقرره دون استئذان.',
      /** {readers} is a list of audiences. */
      otherReaders: '{title} موجَّه إلى {readers}، لا إلى القرّاء الذين اخترتهم؛ ويبقى لأنك اخترته.',
    },

    /**
     * The comments in the config.yaml the builder writes (through src/core/config/writer.ts, which
     * writes no words of its own): the lines at the top, and one above each field. {site} is the
     * site's name. Setting names and values stay in English quotes: they are what the file holds.
     */
    configFile: {
      header:
        'إعدادات الدليل، أُعدّت بأداة إنشاء الدليل في موقع {site}.\nافتحها في الأداة من جديد، أو أنشئ الدليل على حاسوب مثبّت عليه Node.js:\n  npx playbook generate --config config.yaml',
      comments: {
        company: 'اسم شركتك كما يعرفه العملاء.',
        vision: 'رؤية الخدمة: جملة واحدة يستطيع كل موظف ترديدها.',
        priorities: 'فصول دليلك، الأكثر إلحاحًا أولًا.',
        include:
          'القيمة "priorities" تطبع تلك الفصول فقط؛ والقيمة "all" تضيف ملحقًا مختصرًا بكل أنماط الإخفاق الأخرى.',
        audiences: 'لا تُعرض في الملحق إلا الأنماط الموجهة إلى هؤلاء القرّاء.',
        standards: 'الوعود التي تقطعها لعملائك. يُقرأ كل منها بعد كلمة «خلال» في الجملة.',
        empowerment: 'من يقرر ماذا دون استئذان. يظهر في فصل التمكين وفي ملحق.',
        branding:
          'تستخدم العناوين والغلاف هذا اللون؛ واللون الفاتح جدًا الذي تصعب قراءته على الأبيض يُعتَّم.\nيجب أن يكون ملف الشعار بجانب ملف الإعدادات هذا.',
        locale:
          'تُكتب التواريخ بالطريقة المحلية؛ مع en-US وen-CA يُطبع الدليل على ورق Letter الأمريكي، ومع غيرهما على A4.',
        date: 'التاريخ على الغلاف. غيّره حين تنشر إصدارًا جديدًا.',
        output: 'ما يكتبه الأمر `playbook generate`، وأين (بالنسبة إلى المجلد الذي تشغّله منه).',
        training: 'مواعيد خطة التدريب والملف training-plan.ics: جلسة واحدة لكل فصل.',
        chapters:
          'كلماتك الخاصة في الفصول، فصلًا فصلًا: ملاحظة في الأعلى، وإجراءات مستبعدة (بمعرّفاتها)،\nوإجراءات خاصة بك (قيمتا owner وwith معرّفا أدوار)، ومثال من عندك.',
        own: 'فصول كتبتها، يوضع كل منها بعد الفصل المذكور في "after" (أو في النهاية).',
        roles: 'مسمياتك لأدوار المرجع، حسب معرّف الدور؛ والدور غير المذكور يحتفظ باسمه.',
      } as Record<string, string>,
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess: {
    /** The page's own markup (/assess/), rendered at build time; the page's scripts never need these. */
    page: {
      title: 'التقييم الذاتي',
      description:
        'مسح سريع لخدمتك في خمس دقائق، بعبارة واحدة لكل نمط إخفاق؛ تعمّق حيث يلزم، وقارن آراء فريقك دون أسماء.',
      heading: 'ما مدى جودة خدمتك فعلًا؟',
      /** {minutes} is a bare number, so the minutes are abbreviated (د) rather than agreed with it. */
      lede: plural({
        zero: 'يتكون المسح السريع من {n} عبارة، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
        one: 'يتكون المسح السريع من عبارة واحدة، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
        two: 'يتكون المسح السريع من عبارتين، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
        few: 'يتكون المسح السريع من {n} عبارات، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
        many: 'يتكون المسح السريع من {n} عبارةً، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
        other:
          'يتكون المسح السريع من {n} عبارة، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
      }),
      howToAnswer:
        'أجب بحسب واقع الحال اليوم، لا بحسب ما يُفترض أن يكون. تبقى إجاباتك في هذا المتصفح وتُحفظ أولًا بأول؛ ولا يُرسَل شيء إلى أي مكان.',
      /** "Who sees your answers": {min} is the fewest people whose answers are ever shown together. */
      anonymity: {
        title: 'من يرى إجاباتك',
        stay: 'تبقى إجاباتك في هذا المتصفح، ولا تغادره إلا إذا نسخت رمز إجاباتك (أو صدّرت إجاباتك في ملف) وأرسلته بنفسك إلى أحد. ذكر اسمك اختياري.',
        /** {inATeam} is `inATeam`, in bold. */
        collector: '{inATeam}، يرسل الجميع رموزهم إلى شخص واحد يجمع الرموز ويلصقها في عرض الفريق. هذا الشخص:',
        inATeam: 'في الفريق',
        collectorSees: [
          'لا يرى شيئًا قبل أن تصل رموز {min} أشخاص على الأقل: الرمز الملصق وحده، أو رمزان، لا يُظهران أي إجابات في هذه الصفحة؛',
          'ثم لا يرى إلا المتوسطات، أي حاجة الفريق في كل نمط إخفاق وكل فئة، ولا يرى أبدًا إجابات شخص بعينه ولا قائمة بمن أجاب بماذا؛',
          'لا يرى القيادة (القادة والمديرين) والخط الأمامي منفصلين إلا إذا ضمّت كل منهما {min} أشخاص على الأقل، ولم يكن في دور «آخر» أحد أو كان فيه {min} على الأقل؛ وإلا فيُعرض الجميع معًا.',
        ],
        /** {lead} is `limitsLead`, in bold. */
        limits:
          '{lead} رمز الإجابات غير مشفّر. فهو يحمل دورك وإجاباتك، ويستطيع من لديه مهارة تقنية أن يقرأها من الرمز دون هذه الصفحة. ومع {min} أشخاص فقط يظل المتوسط يكشف شيئًا عن كل منهم، ويستطيع جامع الرموز الذي يضيف رموزًا من عنده، أو يقارن النتائج مع رمزك وبدونه، أن يستنتج أكثر. لذا لا ترسل رمزك إلا إلى شخص تأتمنه على إجاباتك: والأفضل جامع محايد من خارج تسلسلك الإداري، كأحد موظفي الموارد البشرية أو شخص من فريق آخر.',
        limitsLead: 'ما لا يستطيع هذا حمايته:',
        /** {lead} is `whyTeamLead`, in bold; {teamView} links to the team view, reading `teamViewLink`. */
        whyTeam:
          '{lead} كثيرًا ما يقيّم القادة الخدمة أفضل مما يقيّمها من يخدمون العملاء. أرسل هذه الصفحة إلى زملائك (قادة وقادة فرق وأشخاص من الخط الأمامي، {min} على الأقل من كل فئة لإجراء المقارنة). يجري كل منهم المسح السريع ويرسل رمز إجاباته إلى جامع الرموز، الذي يلصق الرموز في {teamView} ليرى أين تختلفون.',
        whyTeamLead: 'لماذا الفريق:',
        teamViewLink: 'عرض الفريق',
      },
      noScript:
        'يمكن قراءة العبارات أدناه دون JavaScript، لكن احتساب الدرجات يجري في متصفحك، لذا تحتاج النتائج والحفظ والرموز إليه.',
      aboutYou: 'عنك',
      roleLegend: 'دورك (مطلوب لمقارنة القيادة بالخط الأمامي)',
      /** The roles a person answers as, by id. */
      roles: { leader: 'قائد', manager: 'مدير', frontline: 'الخط الأمامي', other: 'آخر' },
      nameField: 'اسمك (اختياري؛ لا يرى الفريق الأسماء إلا في قائمة المشاركين، وبشرط أن يذكر الجميع أسماءهم)',
      companyField: 'اسم الشركة (اختياري؛ يُطبع على الدليل)',
      progressLabel: 'المسح السريع',
      /** The progress bar's own text, for browsers that show no bar. */
      progressValue: '{answered} من {total}',
      /** The answer scale in one line: "Scale: 1 not true of us · 2 rarely true …". */
      scaleKey: 'المقياس: {steps}.',
      scaleStep: '{value} {label}',
      scaleSeparator: ' · ',
      /** The scale's labels as they read inside the line above, from 1 to 5. */
      scaleInline: ['لا ينطبق علينا', 'نادرًا ما ينطبق', 'ينطبق أحيانًا', 'ينطبق غالبًا', 'ينطبق علينا تمامًا'],
      deeperNote: 'للتعمق: بقية العبارات وعلامات الإنذار.',
      signsSummary: 'علامات إنذار تلاحظها (اختياري)',
      signsLegend: 'علامات الإنذار التي تلاحظها في «{mode}»',
      showResults: 'عرض نتائجي',
      showAll: 'عرض كل العبارات، وعددها {total} (نحو {minutes} د)',
      startOver: 'البدء من جديد',
      confirmClear: 'هل تريد مسح كل الإجابات المحفوظة في هذا المتصفح؟',
      confirmYes: 'نعم، امسح كل الإجابات',
      confirmNo: 'الإبقاء على إجاباتي',
      resultsTitle: 'نتائجك',
      goDeeperThese: 'تعمّق في هذه الأنماط',
      shareTitle: 'أرسل إجاباتك إلى فريقك',
      answerCode: 'رمز إجاباتك',
      copyCode: 'نسخ الرمز',
      copyLink: 'نسخ رابط عرض الفريق',
      chartCaption: 'الحاجة حسب الفئة، من 0 (في حالة جيدة) إلى 100 (عاجل)',
      rankingTitle: 'أنماط الإخفاق، الأحوج أولًا',
      rankingNote: 'أنماط الإخفاق التي لها الدرجة نفسها تتشارك المرتبة: إجاباتك لا تقدّم أحدها على الآخر.',
      handbookTitle: 'دليلك',
      chapterCount: 'عدد فصول الدليل',
      buildHandbook: 'إنشاء هذا الدليل',
      downloadConfig: 'تنزيل إعدادات الدليل',
      exportAnswers: 'تصدير إجاباتي في ملف',
      print: 'طباعة',
      changeAnswers: 'تعديل الإجابات',
      /** {guide} links to the handbook guide, reading `guideLink`. */
      buildNote:
        'يفتح زر «إنشاء هذا الدليل» هذه الفصول في أداة إنشاء الدليل، في هذا المتصفح؛ وتعرض {guide} مثالًا.',
      guideLink: 'صفحة «عن دليل الشركة»',
      teamTitle: 'عرض الفريق',
      /** {link} links to "Who sees your answers", reading `teamIntroLink`. */
      teamIntro:
        'يجري كل شخص المسح السريع على جهازه، ويختار دوره، ويرسل إليك رمز إجاباته (أو الرابط المرفق به). الصق الرموز هنا؛ ولا بأس بعدة رموز دفعة واحدة. تُقرأ كلها في هذا المتصفح ولا تُرفع إلى أي مكان. تظهر النتائج بعد وصول رموز من {min} أشخاص على الأقل، ولا تظهر أبدًا إجابات شخص بعينه: راجع {link} لتعرف ما يحميه ذلك وما لا يحميه.',
      teamIntroLink: 'من يرى إجاباتك',
      teamCodes: 'رموز الإجابات من فريقك',
      addCodes: 'إضافة هذه الرموز',
      addMine: 'إضافة إجاباتي',
      teamFiles: 'أو اختر ملفات إجابات صُدّرت من هذه الصفحة (ملفات json.)',
      clearTeam: 'إزالة كل إجابات الفريق',
      teamChartCaption: 'حاجة الفريق حسب الفئة، من 0 (في حالة جيدة) إلى 100 (عاجل)',
      disagreementsTitle: 'أين يختلف فريقك أكثر',
      teamHandbookTitle: 'دليل الفريق',
      printTeam: 'طباعة التقرير في صفحة واحدة',
      downloadTeamConfig: 'تنزيل إعدادات دليل الفريق',
    },

    /** A need as every output shows it. */
    outOf100: '{n} من 100',
    /** A figure not shown (too few people, or nothing rated). */
    noFigure: '–',
    /** A sentence made of a phrase that has no stop of its own (a headline). */
    sentence: '{text}.',
    /** What a need score means, by how high it is (60 and up, 40, 20, below 20). */
    need: {
      urgent: 'عاجل',
      soon: 'يستحق الإصلاح قريبًا',
      some: 'فيه مجال للتحسين',
      good: 'في حالة جيدة',
    },
    /** How a mode was scored, in full (results) and in a table cell. */
    depth: {
      quick: 'مسح سريع (عبارة واحدة)',
      mixed: 'مسح سريع وتعمق معًا',
      deep: 'تعمق (العبارات: {answered} من {questions}، وعلامات الإنذار: {ticked} من {signs})',
    },
    depthShort: { quick: 'مسح سريع', deep: 'تعمق', mixed: 'مختلط' },
    /** Countable phrases several sentences share (Arabic sentences put them after a preposition). */
    failureModes: plural({
      zero: 'لا أنماط إخفاق',
      one: 'نمط إخفاق واحد',
      two: 'نمطَي إخفاق',
      few: '{n} أنماط إخفاق',
      many: '{n} نمطَ إخفاق',
      other: '{n} نمط إخفاق',
    }),
    people: plural({
      zero: 'لا أحد',
      one: 'شخص واحد',
      two: 'شخصان',
      few: '{n} أشخاص',
      many: '{n} شخصًا',
      other: '{n} شخص',
    }),

    /** The questionnaire's progress line and the messages of its buttons (the page's first script). */
    form: {
      progress: 'المسح السريع: العبارات المجاب عنها {answered} من {total}.',
      progressDone: plural({
        zero: 'اكتمل المسح السريع: لا عبارات.',
        one: 'اكتمل المسح السريع: أُجيب عن العبارة الوحيدة.',
        two: 'اكتمل المسح السريع: أُجيب عن العبارتين كلتيهما.',
        few: 'اكتمل المسح السريع: أُجيب عن جميع العبارات، وعددها {n}.',
        many: 'اكتمل المسح السريع: أُجيب عن جميع العبارات، وعددها {n}.',
        other: 'اكتمل المسح السريع: أُجيب عن جميع العبارات، وعددها {n}.',
      }),
      deeper: 'التعمق: بقي {n}.',
      notSaved: 'لا يمكن حفظ الإجابات في هذا المتصفح، لذا أبقِ هذه الصفحة مفتوحة.',
      cleared: 'مُسحت كل الإجابات. {progress}',
      codeCopied: 'نُسخ الرمز. الصقه في رسالة إلى من يجمع الإجابات.',
      codeSelected: 'الرمز محدد: انسخه بالضغط على Ctrl+C (أو ⌘C على Mac).',
      linkCopied:
        'نُسخ الرابط. من يفتحه يضيف إجاباتك إلى عرض فريقه، الذي يُظهر النتائج بعد وصول إجابات {min} أشخاص.',
      copyThisLink: 'انسخ هذا الرابط: {link}',
      roleFirst: 'اختر دورك أولًا في قسم «عنك»، ليتمكن عرض الفريق من مقارنة القيادة بالخط الأمامي.',
      exported: plural({
        zero: 'صُدّرت إجاباتك (لا عبارات). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
        one: 'صُدّرت إجاباتك (عبارة واحدة). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
        two: 'صُدّرت إجاباتك (عبارتان). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
        few: 'صُدّرت إجاباتك ({n} عبارات). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
        many: 'صُدّرت إجاباتك ({n} عبارةً). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
        other: 'صُدّرت إجاباتك ({n} عبارة). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
      }),
      roleFirstMine: 'اختر دورك أولًا في قسم «عنك»، ثم أضف إجاباتك.',
    },

    /** One person's results. */
    results: {
      tieWhy: 'إجاباتك لا تقدّم أيًّا منها على غيره، فاختر ما تبدأ به، أو تعمّق فيها للتمييز بينها.',
      rateFirst: 'قيّم عبارة واحدة على الأقل أولًا: يحتاج الدليل إلى فصل واحد على الأقل.',
      tickFirst: 'حدّد أولًا أنماط الإخفاق المتعادلة التي تريد البدء بها: يحتاج الدليل إلى فصل واحد على الأقل.',
      downloaded: 'نُزّل الملف handbook.yaml، وهو إعدادات دليلك: افتحه في أداة إنشاء الدليل لتكمل.',
      /** The subject of a sentence from configText, about the company name the person typed. */
      companyName: 'اسم شركتك',
      /** Whose answers the downloaded config's chapters come from. */
      basis: 'إجاباتك',
      nothingYet: 'لا شيء لاحتسابه بعد. قيّم بعض العبارات في الأعلى، ثم عد إلى هنا.',
      signsOnly: plural({
        zero: 'حددت علامات إنذار في {modes} لكنك لم تقيّم أيًّا من عباراتها، لذا لا درجة لها بعد: قيّم عبارة واحدة على الأقل.',
        one: 'حددت علامات إنذار في {modes} لكنك لم تقيّم أيًّا من عباراته، لذا لا درجة له بعد: قيّم عبارة واحدة على الأقل.',
        two: 'حددت علامات إنذار في {modes} لكنك لم تقيّم أيًّا من عباراتهما، لذا لا درجة لهما بعد: قيّم عبارة واحدة على الأقل.',
        few: 'حددت علامات إنذار في {modes} لكنك لم تقيّم أيًّا من عباراتها، لذا لا درجة لها بعد: قيّم عبارة واحدة على الأقل.',
        many: 'حددت علامات إنذار في {modes} لكنك لم تقيّم أيًّا من عباراتها، لذا لا درجة لها بعد: قيّم عبارة واحدة على الأقل.',
        other:
          'حددت علامات إنذار في {modes} لكنك لم تقيّم أيًّا من عباراتها، لذا لا درجة لها بعد: قيّم عبارة واحدة على الأقل.',
      }),
      ratedQuick: 'العبارات التي قيّمتها: {answered} من {questions}، أي المسح السريع.',
      ratedDeep: 'العبارات التي قيّمتها: {answered} من {questions}، أي تعمقًا في كل نمط منحته درجة.',
      ratedMixed: plural({
        zero: 'العبارات التي قيّمتها: {answered} من {questions}، أي المسح السريع.',
        one: 'العبارات التي قيّمتها: {answered} من {questions}، أي المسح السريع وتعمقًا في نمط إخفاق واحد.',
        two: 'العبارات التي قيّمتها: {answered} من {questions}، أي المسح السريع وتعمقًا في نمطَي إخفاق.',
        few: 'العبارات التي قيّمتها: {answered} من {questions}، أي المسح السريع وتعمقًا في {n} أنماط إخفاق.',
        many: 'العبارات التي قيّمتها: {answered} من {questions}، أي المسح السريع وتعمقًا في {n} نمطَ إخفاق.',
        other: 'العبارات التي قيّمتها: {answered} من {questions}، أي المسح السريع وتعمقًا في {n} نمط إخفاق.',
      }),
      average: 'في كل ما قيّمته، متوسط الحاجة {need} من 100: {reading}.',
      /** {mode} links to the failure mode. */
      startWith: 'ابدأ بنمط {mode} ({need} من 100): فهو الموضع الذي تُظهر فيه إجاباتك أكبر حاجة.',
      /** A tie at the top, and a tie right after the one mode at the top; {modes} links to each. */
      topTie: plural({
        zero: 'أكبر حاجة في إجاباتك: لا أنماط متعادلة عند {need} من 100.',
        one: 'أكبر حاجة في إجاباتك: نمط إخفاق واحد عند {need} من 100.',
        two: 'أكبر حاجة في إجاباتك: يتعادل نمطا إخفاق عند {need} من 100.',
        few: 'أكبر حاجة في إجاباتك: تتعادل {n} أنماط إخفاق عند {need} من 100.',
        many: 'أكبر حاجة في إجاباتك: يتعادل {n} نمطَ إخفاق عند {need} من 100.',
        other: 'أكبر حاجة في إجاباتك: يتعادل {n} نمط إخفاق عند {need} من 100.',
      }),
      topTieNamed: plural({
        zero: 'أكبر حاجة في إجاباتك: لا أنماط متعادلة عند {need} من 100: {modes}.',
        one: 'أكبر حاجة في إجاباتك: نمط إخفاق واحد عند {need} من 100: {modes}.',
        two: 'أكبر حاجة في إجاباتك: يتعادل نمطا إخفاق عند {need} من 100: {modes}.',
        few: 'أكبر حاجة في إجاباتك: تتعادل {n} أنماط إخفاق عند {need} من 100: {modes}.',
        many: 'أكبر حاجة في إجاباتك: يتعادل {n} نمطَ إخفاق عند {need} من 100: {modes}.',
        other: 'أكبر حاجة في إجاباتك: يتعادل {n} نمط إخفاق عند {need} من 100: {modes}.',
      }),
      nextTie: plural({
        zero: 'بعده، لا أنماط متعادلة عند {need} من 100.',
        one: 'بعده، نمط إخفاق واحد عند {need} من 100.',
        two: 'بعده، يتعادل نمطا إخفاق عند {need} من 100.',
        few: 'بعده، تتعادل {n} أنماط إخفاق عند {need} من 100.',
        many: 'بعده، يتعادل {n} نمطَ إخفاق عند {need} من 100.',
        other: 'بعده، يتعادل {n} نمط إخفاق عند {need} من 100.',
      }),
      nextTieNamed: plural({
        zero: 'بعده، لا أنماط متعادلة عند {need} من 100: {modes}.',
        one: 'بعده، نمط إخفاق واحد عند {need} من 100: {modes}.',
        two: 'بعده، يتعادل نمطا إخفاق عند {need} من 100: {modes}.',
        few: 'بعده، تتعادل {n} أنماط إخفاق عند {need} من 100: {modes}.',
        many: 'بعده، يتعادل {n} نمطَ إخفاق عند {need} من 100: {modes}.',
        other: 'بعده، يتعادل {n} نمط إخفاق عند {need} من 100: {modes}.',
      }),
      tieApart: 'إجاباتك لا تقدّم أيًّا منها على غيره: اختر من بينها للدليل أدناه، أو تعمّق فيها للتمييز بينها.',
      /** {category} is a category's name as it reads inside a sentence. */
      onlyCategory: 'لا توجد إجابات حتى الآن إلا في فئة {category}.',
      categoriesClose:
        'درجات الفئات متقاربة لا يفصل بينها إلا بضع نقاط، لذا انظر إلى أنماط الإخفاق منفردة أدناه.',
      /** {most} and {least} are a category's name, or `categoriesAt`; the form follows how many are at the top. */
      byCategory: plural({
        zero: 'حسب الفئة، الأحوج إلى الاهتمام: {most}، والأقل حاجة: {least}.',
        one: 'حسب الفئة، الأحوج إلى الاهتمام: {most}، والأقل حاجة: {least}.',
        two: 'حسب الفئة، الأحوج إلى الاهتمام: {most}، والأقل حاجة: {least}.',
        few: 'حسب الفئة، الأحوج إلى الاهتمام: {most}، والأقل حاجة: {least}.',
        many: 'حسب الفئة، الأحوج إلى الاهتمام: {most}، والأقل حاجة: {least}.',
        other: 'حسب الفئة، الأحوج إلى الاهتمام: {most}، والأقل حاجة: {least}.',
      }),
      categoriesAt: 'فئات عددها {n} ({need} من 100)',
      rankingItem: 'الحاجة {need} من 100، {reading}. طريقة التقييم: {depth}.',
      rankingItemTied: plural({
        zero: 'الحاجة {need} من 100، {reading}. طريقة التقييم: {depth}.',
        one: 'الحاجة {need} من 100، {reading}، متعادل مع نمط إخفاق آخر. طريقة التقييم: {depth}.',
        two: 'الحاجة {need} من 100، {reading}، متعادل مع نمطَي إخفاق آخرين. طريقة التقييم: {depth}.',
        few: 'الحاجة {need} من 100، {reading}، متعادل مع {n} أنماط إخفاق أخرى. طريقة التقييم: {depth}.',
        many: 'الحاجة {need} من 100، {reading}، متعادل مع {n} نمطَ إخفاق آخر. طريقة التقييم: {depth}.',
        other: 'الحاجة {need} من 100، {reading}، متعادل مع {n} نمط إخفاق آخر. طريقة التقييم: {depth}.',
      }),
      /** The offer to go deeper on the chapters scored from one statement; {items} statements and signs, {minutes} to answer them. */
      goDeeper: plural({
        zero: 'أنماط الإخفاق في أعلى نتائجك ({n}) يستند كل منها إلى عبارة واحدة: {modes}. تعمّق فيها (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجاتها أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        one: 'نمط إخفاق واحد في أعلى نتائجك يستند إلى عبارة واحدة: {modes}. تعمّق فيه (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجته أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        two: 'نمطا إخفاق في أعلى نتائجك يستند كل منهما إلى عبارة واحدة: {modes}. تعمّق فيهما (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجتاهما أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        few: '{n} أنماط إخفاق في أعلى نتائجك يستند كل منها إلى عبارة واحدة: {modes}. تعمّق فيها (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجاتها أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        many: '{n} نمطَ إخفاق في أعلى نتائجك يستند كل منها إلى عبارة واحدة: {modes}. تعمّق فيها (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجاتها أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        other:
          '{n} نمط إخفاق في أعلى نتائجك يستند كل منها إلى عبارة واحدة: {modes}. تعمّق فيها (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجاتها أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
      }),
      goDeeperUnnamed: plural({
        zero: 'أنماط الإخفاق في أعلى نتائجك ({n}) يستند كل منها إلى عبارة واحدة. تعمّق فيها (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجاتها أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        one: 'نمط إخفاق واحد في أعلى نتائجك يستند إلى عبارة واحدة. تعمّق فيه (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجته أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        two: 'نمطا إخفاق في أعلى نتائجك يستند كل منهما إلى عبارة واحدة. تعمّق فيهما (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجتاهما أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        few: '{n} أنماط إخفاق في أعلى نتائجك يستند كل منها إلى عبارة واحدة. تعمّق فيها (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجاتها أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        many: '{n} نمطَ إخفاق في أعلى نتائجك يستند كل منها إلى عبارة واحدة. تعمّق فيها (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجاتها أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
        other:
          '{n} نمط إخفاق في أعلى نتائجك يستند كل منها إلى عبارة واحدة. تعمّق فيها (عبارات وعلامات إنذار إضافية عددها {items}، في نحو {minutes} د) لتصبح درجاتها أمتن قبل أن تتصرف؛ والتعمق الذي يؤكد المشكلة يُبقيها في موضعها.',
      }),
      goDeeperOn: 'تعمّق في {mode}',
      goDeeperOnThese: 'تعمّق في هذه الأنماط ({n})',
      shareIntro: 'انسخ الرمز (أو الرابط) في بريد إلكتروني أو رسالة محادثة إلى من يجمع إجابات فريقك.',
      /** What the code holds: with or without the company name and the person's name ({name}). */
      shareHolds: {
        plain: 'يحمل الرمز دورك ({role}) وإجاباتك.',
        company: 'يحمل الرمز دورك ({role}) وإجاباتك، واسم الشركة.',
        name: 'يحمل الرمز دورك ({role}) وإجاباتك واسمك ({name})، الذي لا يراه الفريق إلا في قائمة المشاركين، وبشرط أن يذكر الجميع أسماءهم.',
        both: 'يحمل الرمز دورك ({role}) وإجاباتك، واسم الشركة واسمك ({name})، الذي لا يراه الفريق إلا في قائمة المشاركين، وبشرط أن يذكر الجميع أسماءهم.',
      },
      shareSafety:
        'لا يُظهر عرض الفريق شيئًا قبل وصول رموز {min} أشخاص، ولا يُظهر أبدًا إجابات شخص بعينه؛ لكن الرمز غير مشفّر، فيستطيع من لديه مهارة تقنية أن يقرأ إجاباتك منه. أرسله إلى شخص تأتمنه عليها.',
      shareNoRole:
        'اختر دورك أولًا في قسم «عنك»: يحتاج الرمز إليه ليتمكن عرض الفريق من مقارنة القيادة بالخط الأمامي.',
      /** The roles as they read inside a sentence. */
      roleInSentence: { leader: 'قائد', manager: 'مدير', frontline: 'الخط الأمامي', other: 'آخر' },
    },

    /** The choice among tied failure modes at the handbook's last places (results and team view). */
    ties: {
      chapters: plural({
        zero: 'لا فصول',
        one: 'فصل واحد',
        two: 'فصلان',
        few: '{n} فصول',
        many: '{n} فصلًا',
        other: '{n} فصل',
      }),
      /** Where the tie falls: all the handbook's places, or its last ones. */
      places: plural({
        zero: 'لا مواضع',
        one: 'الموضع الوحيد',
        two: 'الموضعين كليهما',
        few: 'المواضع كلها ({n})',
        many: 'المواضع كلها ({n})',
        other: 'المواضع كلها ({n})',
      }),
      lastPlaces: plural({
        zero: 'لا مواضع',
        one: 'الموضع الأخير',
        two: 'الموضعين الأخيرين',
        few: 'المواضع الأخيرة ({n})',
        many: 'المواضع الأخيرة ({n})',
        other: 'المواضع الأخيرة ({n})',
      }),
      above: plural({
        zero: 'لا شيء مما فوقها',
        one: 'نمط الإخفاق الذي فوقها',
        two: 'النمطين اللذين فوقها',
        few: 'الأنماط التي فوقها ({n})',
        many: 'الأنماط التي فوقها ({n})',
        other: 'الأنماط التي فوقها ({n})',
      }),
      legend: plural({
        zero: 'لا أنماط متعادلة عند {need} من 100 على {where} في الدليل',
        one: 'نمط إخفاق واحد عند {need} من 100 على {where} في الدليل',
        two: 'يتعادل نمطا إخفاق عند {need} من 100 على {where} في الدليل',
        few: 'تتعادل {n} أنماط إخفاق عند {need} من 100 على {where} في الدليل',
        many: 'يتعادل {n} نمطَ إخفاق عند {need} من 100 على {where} في الدليل',
        other: 'يتعادل {n} نمط إخفاق عند {need} من 100 على {where} في الدليل',
      }),
      noChapter: 'لا فصول في الدليل بعد: حدّد ما تريد البدء به (يتسع عدد الفصول المختار لـ{places} منها).',
      takesAbove: 'يأخذ الدليل {above}، فيصبح فيه {chapters}، إلى أن تحدد بعض هذه الأنماط.',
      takesTicked: 'يأخذ الدليل الأنماط التي حددتها ({taken})، فيصبح فيه {chapters}.',
      takesAboveAndTicked: 'يأخذ الدليل {above} والأنماط التي حددتها ({taken})، فيصبح فيه {chapters}.',
      tickAll: 'تحديد الكل',
      untickAll: 'إلغاء تحديد الكل',
    },

    /** The bar chart of need by category, as a screen reader hears it. */
    chart: {
      title: 'الحاجة حسب الفئة، من 0 إلى 100',
      category: '{category}: {need} من 100',
      notAssessed: '{category}: لم تُقيَّم',
      separator: '؛ ',
      description: '{categories}.',
    },

    /** The team view: adding people's answers, its status line, and the figures. */
    team: {
      nothingAdded: 'لم يُضف شيء:',
      someAdded: 'أُضيفت بعض الرموز، لكن ليس هذه:',
      noCodeFound: 'لم يوجد رمز إجابات في النص؛ الرموز تبدأ بـ{prefix}',
      pasteFirst: 'الصق رمز إجابات واحدًا أو أكثر أولًا',
      /** One code among those pasted, as the notes name it. */
      codeSource: 'الرمز {n}',
      codeProblem: 'الرمز {n} ({start}…): {problem}.',
      addedLink: 'أُضيفت الإجابات من الرابط الذي فتحته.',
      addedMine: 'أُضيفت إجاباتك.',
      addedPeople: plural({
        zero: 'لم تُضف إجابات أحد.',
        one: 'أُضيفت إجابات شخص واحد.',
        two: 'أُضيفت إجابات شخصين.',
        few: 'أُضيفت إجابات {n} أشخاص.',
        many: 'أُضيفت إجابات {n} شخصًا.',
        other: 'أُضيفت إجابات {n} شخص.',
      }),
      fileTooLarge: '{file}: حجمه {size} كيلوبايت، وملفات الإجابات لا تتجاوز {max} كيلوبايت',
      fileProblem: '{file}: {message}',
      fileFieldProblem: '{file}، {field}: {message}',
      filesRefused: plural({
        zero: 'في بعض الملفات مشكلات، لذا لم يُضف شيء:',
        one: 'في ملف واحد مشكلة، لذا لم يُضف شيء:',
        two: 'في ملفين مشكلات، لذا لم يُضف شيء:',
        few: 'في بعض الملفات مشكلات، لذا لم يُضف شيء:',
        many: 'في بعض الملفات مشكلات، لذا لم يُضف شيء:',
        other: 'في بعض الملفات مشكلات، لذا لم يُضف شيء:',
      }),
      addedFiles: plural({
        zero: 'لم يُضف أي ملف.',
        one: 'أُضيف ملف واحد.',
        two: 'أُضيف ملفان.',
        few: 'أُضيفت {n} ملفات.',
        many: 'أُضيف {n} ملفًا.',
        other: 'أُضيف {n} ملف.',
      }),
      noAnswers: 'لا إجابات بعد.',
      combined: plural({
        zero: 'لم تُجمع إجابات أحد.',
        one: 'جُمعت إجابات شخص واحد.',
        two: 'جُمعت إجابات شخصين.',
        few: 'جُمعت إجابات {n} أشخاص.',
        many: 'جُمعت إجابات {n} شخصًا.',
        other: 'جُمعت إجابات {n} شخص.',
      }),
      removed: 'أُزيلت كل إجابات الفريق.',
      tieWhy:
        'إجابات الفريق لا تقدّم أيًّا منها على غيره، فاختر ما تبدأ به، أو اطلب من الزملاء التعمق فيها وإرسال رموزهم من جديد للتمييز بينها.',
      basis: plural({
        zero: 'الإجابات المجمّعة',
        one: 'الإجابات المجمّعة من شخص واحد',
        two: 'الإجابات المجمّعة من شخصين',
        few: 'الإجابات المجمّعة من {n} أشخاص',
        many: 'الإجابات المجمّعة من {n} شخصًا',
        other: 'الإجابات المجمّعة من {n} شخص',
      }),
      downloaded: 'نُزّل ملف الفريق handbook.yaml، وهو إعدادات دليله: افتحه في أداة إنشاء الدليل لتكمل.',
      companyName: 'اسم الشركة',
      /** {link} links to the failure mode about this gap, reading `gapModeLink`. */
      gapMode: 'فجوة كهذه نمط إخفاق قائم بذاته: {link}. عالجها أولًا، وإلا فستستهدف الخطة المشكلات الخطأ.',
      gapModeLink: 'القادة يقيّمون الخدمة أعلى مما يقيّمها العملاء والموظفون',
      disagreement: 'تتباعد درجات الأشخاص {points} نقطة أو أكثر؛ ناقشوا هذا النمط قبل أن تقرروا.',
      /** The table's caption: {what} says which rows it holds, on screen and in print. */
      tableCaption: '{what} (الحاجة من 0 إلى 100؛ 2= تعني التعادل)',
      tableOnScreen: 'كل نمط إخفاق قيّمه {min} أشخاص أو أكثر، الأحوج لدى الفريق أولًا',
    },

    /** The headline of a team view: how far leadership and the front line are apart. */
    gap: {
      tooFew: plural({
        zero: 'لا إجابات حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
        one: 'إجابات من شخص واحد حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
        two: 'إجابات من شخصين حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
        few: 'إجابات من {n} أشخاص حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
        many: 'إجابات من {n} شخصًا حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
        other:
          'إجابات من {n} شخص حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
      }),
      merged: 'تُعرض القيادة والخط الأمامي معًا، لأنه {why}',
      mergedWhy: 'لم يُجب إلا {groups}',
      /** A group too small to show apart, with how many people are in it. */
      groupCounts: {
        leadership: plural({
          zero: 'لا أحد في القيادة',
          one: 'شخص واحد في القيادة',
          two: 'شخصان في القيادة',
          few: '{n} أشخاص في القيادة',
          many: '{n} شخصًا في القيادة',
          other: '{n} شخص في القيادة',
        }),
        frontline: plural({
          zero: 'لا أحد من الخط الأمامي',
          one: 'شخص واحد من الخط الأمامي',
          two: 'شخصان من الخط الأمامي',
          few: '{n} أشخاص من الخط الأمامي',
          many: '{n} شخصًا من الخط الأمامي',
          other: '{n} شخص من الخط الأمامي',
        }),
        other: plural({
          zero: 'لا أحد بدور «آخر»',
          one: 'شخص واحد بدور «آخر»',
          two: 'شخصان بدور «آخر»',
          few: '{n} أشخاص بدور «آخر»',
          many: '{n} شخصًا بدور «آخر»',
          other: '{n} شخص بدور «آخر»',
        }),
      },
      mergedDetail:
        'لا تُعرض المجموعة منفصلة إلا ابتداءً من {min} أشخاص، حتى لا يمكن استنتاج إجابات أحد من أرقامها؛ وإجابات الجميع تُحتسب في أرقام الفريق أدناه.',
      noFrontline: 'لا إجابات من الخط الأمامي بعد، لذا لا يمكن مقارنة القيادة بالخط الأمامي',
      noLeadership: 'لا إجابات من القادة أو المديرين بعد، لذا لا يمكن مقارنة القيادة بالخط الأمامي',
      noOverlap: 'قيّمت القيادة والخط الأمامي أنماط إخفاق مختلفة، لذا لا يمكن المقارنة بينهما بعد',
      apart: plural({
        zero: 'دون فارق في المتوسط لكل نمط إخفاق',
        one: 'بفارق نقطة واحدة في المتوسط لكل نمط إخفاق',
        two: 'بفارق نقطتين في المتوسط لكل نمط إخفاق',
        few: 'بفارق {n} نقاط في المتوسط لكل نمط إخفاق',
        many: 'بفارق {n} نقطة في المتوسط لكل نمط إخفاق',
        other: 'بفارق {n} نقطة في المتوسط لكل نمط إخفاق',
      }),
      /** {apart} is `apart`; {wide} of {compared} modes are {points} or more points apart. */
      agree:
        'تتفق القيادة والخط الأمامي إلى حد كبير: {apart}، ولا يختلف أي نمط إخفاق بـ{points} نقطة أو أكثر',
      frontlineHigher:
        'يرى الخط الأمامي حاجة أكبر مما تراها القيادة: {apart}، وفي {wide} من أصل {compared} من أنماط الإخفاق يبلغ الفارق {points} نقطة أو أكثر',
      leadershipHigher:
        'ترى القيادة حاجة أكبر مما يراها الخط الأمامي: {apart}، وفي {wide} من أصل {compared} من أنماط الإخفاق يبلغ الفارق {points} نقطة أو أكثر',
      bothWays:
        'تختلف القيادة والخط الأمامي في الاتجاهين: {apart}، وفي {wide} من أصل {compared} من أنماط الإخفاق يبلغ الفارق {points} نقطة أو أكثر',
      averages:
        'متوسط الحاجة في {modes} (ما قيّمته المجموعتان كلتاهما): القيادة {leadership} من 100 ({leadershipPeople})، والخط الأمامي {frontline} من 100 ({frontlinePeople}).',
      /** The widest gaps in one direction; {modes} counts the wide ones, {widest} names them. */
      frontlineWide: 'يرى الخط الأمامي حاجة أكبر بـ{points} نقطة أو أكثر في {modes}. الأوسع فارقًا: {widest}.',
      frontlineSome: 'يرى الخط الأمامي حاجة أكبر بعض الشيء في بعض أنماط الإخفاق. الأوسع فارقًا: {widest}.',
      leadershipWide: 'ترى القيادة حاجة أكبر بـ{points} نقطة أو أكثر في {modes}. الأوسع فارقًا: {widest}.',
      leadershipSome: 'ترى القيادة حاجة أكبر بعض الشيء في بعض أنماط الإخفاق. الأوسع فارقًا: {widest}.',
      widest: '{mode} (القيادة {leadership}، الخط الأمامي {frontline})',
      widestSeparator: '؛ ',
    },

    /** The team's figures as the page and the one-page report word them. */
    report: {
      title: 'التقييم الذاتي للخدمة: تقرير الفريق',
      titleFor: 'التقييم الذاتي للخدمة: تقرير الفريق في {company}',
      respondents: 'أجاب {people}: {groups}.',
      respondentsNamed: 'أجاب {people}: {groups}. وذكر الجميع أسماءهم: {names}.',
      groups: {
        leadership: '{n} في القيادة',
        frontline: '{n} من الخط الأمامي',
        other: '{n} بدور «آخر»',
      },
      fewRaters: plural({
        zero: 'لم يُستبعد أي نمط إخفاق لقلة من قيّموه (أقل من {min} أشخاص).',
        one: 'نمط إخفاق واحد قيّمه أقل من {min} أشخاص، فاستُبعد.',
        two: 'نمطا إخفاق قيّمهما أقل من {min} أشخاص، فاستُبعدا.',
        few: '{n} أنماط إخفاق قيّمها أقل من {min} أشخاص، فاستُبعدت.',
        many: '{n} نمطَ إخفاق قيّمها أقل من {min} أشخاص، فاستُبعدت.',
        other: '{n} نمط إخفاق قيّمها أقل من {min} أشخاص، فاستُبعدت.',
      }),
      dash: 'الشرطة تعني أن أقل من {min} أشخاص في تلك المجموعة قيّموا النمط (أو أن مجموعة أخرى بهذا الصغر)، لذا لا يظهر إلا رقم الفريق.',
      cutTie: plural({
        zero: 'لا أنماط إخفاق أخرى بدرجة {need}: {modes}.',
        one: 'نمط إخفاق آخر درجته {need} أيضًا، متعادل مع الصفوف الأخيرة: {modes}.',
        two: 'نمطا إخفاق آخران درجتهما {need} أيضًا، متعادلان مع الصفوف الأخيرة: {modes}.',
        few: '{n} أنماط إخفاق أخرى درجتها {need} أيضًا، متعادلة مع الصفوف الأخيرة: {modes}.',
        many: '{n} نمطَ إخفاق آخر درجتها {need} أيضًا، متعادلة مع الصفوف الأخيرة: {modes}.',
        other: '{n} نمط إخفاق آخر درجتها {need} أيضًا، متعادلة مع الصفوف الأخيرة: {modes}.',
      }),
      topModes: plural({
        zero: 'لا أنماط إخفاق',
        one: 'نمط الإخفاق الأحوج',
        two: 'نمطا الإخفاق الأحوج',
        few: 'أنماط الإخفاق الـ{n} الأحوج',
        many: 'أنماط الإخفاق الـ{n} الأحوج',
        other: 'أنماط الإخفاق الـ{n} الأحوج',
      }),
      noDisagreement: 'لا يوجد نمط إخفاق يتباعد فيه الفريق بـ{points} نقطة أو أكثر.',
      columns: {
        rank: '#',
        mode: 'نمط الإخفاق',
        team: 'الفريق',
        leadership: 'القيادة',
        frontline: 'الخط الأمامي',
        gap: 'الفجوة',
        scoredBy: 'طريقة التقييم',
      },
    },

    /** Only in the Markdown report (`playbook assess --format md`). */
    markdown: {
      countedOnce: plural({
        zero: 'لم ترد أي مجموعة إجابات مرتين.',
        one: 'مجموعة إجابات واحدة وردت مرتين فاحتُسبت مرة واحدة.',
        two: 'مجموعتا إجابات وردتا مرتين فاحتُسبتا مرة واحدة.',
        few: '{n} مجموعات إجابات وردت مرتين فاحتُسبت مرة واحدة.',
        many: '{n} مجموعةَ إجابات وردت مرتين فاحتُسبت مرة واحدة.',
        other: '{n} مجموعة إجابات وردت مرتين فاحتُسبت مرة واحدة.',
      }),
      byCategory: 'الحاجة حسب الفئة',
      categoryColumns: { category: 'الفئة', need: 'الحاجة' },
      modeWithNeed: '{mode} ({reading})',
      disagreementsTitle: 'أين يختلف الفريق أكثر',
      disagreement: '{mode}: تتباعد درجات الأشخاص {points} نقطة أو أكثر',
      needScale: 'تمتد الحاجة من 0 (في حالة جيدة) إلى 100 (عاجل).',
      needScaleTied:
        'تمتد الحاجة من 0 (في حالة جيدة) إلى 100 (عاجل)؛ وتعني «2=» أن أنماط الإخفاق متعادلة في الدرجة نفسها.',
      gapMeaning:
        'الفجوة هي حاجة الخط الأمامي مطروحًا منها حاجة القيادة: تكون موجبة حيث يرى الخط الأمامي حاجة أكبر.',
    },

    /** Why an answer code cannot be read, for the person who pasted it. */
    code: {
      notACode: 'ليس رمز إجابات: الرموز تبدأ بـ{prefix}',
      otherVersion: 'أُنشئ بإصدار آخر من التقييم ({version})؛ اطلب الإجابات من جديد من هذه الصفحة',
      stray: 'يحتوي على «{character}»، وهو ما لا يحتويه أي رمز؛ انسخ الرمز من جديد',
      aSpace: 'مسافة',
      incomplete:
        'ناقص أو فيه خطأ في الكتابة (مجموع التحقق غير مطابق)؛ اطلب من صاحبه نسخ الرمز كاملًا من جديد',
      otherStatements:
        'أُنشئ على مجموعة عبارات غير التي يحتويها هذا المرجع الآن (تغيّرت منذ ذلك الحين)؛ اطلب من صاحبه إجراء المسح السريع من جديد في هذه الصفحة',
      damaged: 'تالف: مجموع التحقق مطابق لكن الإجابات لا تناسب هذا المرجع؛ اطلب الرمز من جديد',
      tooLong: 'يبلغ النص الملصق {length} من الأحرف؛ الصق ما لا يزيد على {max} (الرمز بضع مئات من الأحرف)',
    },

    /** Notes on the same person's answers given twice: {source} and {earlier} name where each came from. */
    duplicates: {
      sameAnswers: '{source} يحمل الإجابات نفسها التي يحملها {earlier}، لذا احتُسبا مرة واحدة',
      samePerson: '{source} و{earlier} من الشخص نفسه، لذا احتُسبا مرة واحدة (باعتماد {source}، الأحدث)',
    },

    /** What writing a name into a config changed; {what} names it ("The company name"). */
    configText: {
      removed:
        '{what}: كان يحتوي على محارف تحكم غير مرئية ({characters}) لا يجوز أن يحتويها الدليل، فحُذفت؛ تحقق من قراءته',
      cut: '{what}: كان أطول من الحد الذي يسمح به الدليل ({max} من الأحرف)، فاقتُطع؛ تحقق من قراءته',
      both: '{what}: كان يحتوي على محارف تحكم غير مرئية ({characters}) لا يجوز أن يحتويها الدليل، فحُذفت، وكان أطول من الحد الذي يسمح به الدليل ({max} من الأحرف)، فاقتُطع؛ تحقق من قراءته',
      /** A status line followed by such a note. */
      withNote: '{status} {note}.',
    },

    /** The handbook config the assessment writes: its starting values and its comments. */
    config: {
      company: 'شركتك',
      vision: 'يغادر كل عميل وهو يعرف بالضبط ما سيحدث بعد ذلك.',
      firstResponse: 'ساعتين',
      callback: 'يوم العمل نفسه',
      refundLimit: '200 درهم',
      /** The header's first line: `playbook assess --force` replaces only a file that starts with it. */
      header: 'إعدادات دليل أعدّها التقييم الذاتي في service-playbook.',
      chapters: plural({
        zero: 'لا فصول أدناه من {basis}.',
        one: 'الفصل أدناه هو نمط الإخفاق الأحوج في {basis}.',
        two: 'الفصلان أدناه هما نمطا الإخفاق الأحوج في {basis}، الأحوج أولًا.',
        few: 'الفصول أدناه هي أنماط الإخفاق الـ{n} الأحوج في {basis}، الأحوج أولًا.',
        many: 'الفصول أدناه هي أنماط الإخفاق الـ{n} الأحوج في {basis}، الأحوج أولًا.',
        other: 'الفصول أدناه هي أنماط الإخفاق الـ{n} الأحوج في {basis}، الأحوج أولًا.',
      }),
      tieAll: plural({
        zero: 'لا أنماط متعادلة عند {need} من 100 على {where}.',
        one: 'نمط إخفاق واحد عند {need} من 100 على {where}، وقد أُدرج. أزله إن لم تُرده.',
        two: 'يتعادل نمطا إخفاق عند {need} من 100 على {where}؛ ولا تقدّم الإجابات أحدهما على الآخر، لذا أُدرج كلاهما. أزل ما لا تريده.',
        few: 'تتعادل {n} أنماط إخفاق عند {need} من 100 على {where}؛ ولا تقدّم الإجابات أيًّا منها على غيره، لذا أُدرجت كلها. أزل ما لا تريده.',
        many: 'يتعادل {n} نمطَ إخفاق عند {need} من 100 على {where}؛ ولا تقدّم الإجابات أيًّا منها على غيره، لذا أُدرجت كلها. أزل ما لا تريده.',
        other:
          'يتعادل {n} نمط إخفاق عند {need} من 100 على {where}؛ ولا تقدّم الإجابات أيًّا منها على غيره، لذا أُدرجت كلها. أزل ما لا تريده.',
      }),
      tieNoneChosen: plural({
        zero: 'لا أنماط متعادلة عند {need} من 100 على {where}.',
        one: 'نمط إخفاق واحد عند {need} من 100 على {where}، ولم يُختر.',
        two: 'يتعادل نمطا إخفاق عند {need} من 100 على {where}؛ ولم يُختر أي منهما.',
        few: 'تتعادل {n} أنماط إخفاق عند {need} من 100 على {where}؛ ولم يُختر أي منها.',
        many: 'يتعادل {n} نمطَ إخفاق عند {need} من 100 على {where}؛ ولم يُختر أي منها.',
        other: 'يتعادل {n} نمط إخفاق عند {need} من 100 على {where}؛ ولم يُختر أي منها.',
      }),
      /** {n} is how many were chosen, {tied} how many tie. */
      tieChosen: plural({
        zero: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ ولم يُختر أي منها.',
        one: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها واحد.',
        two: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها اثنان.',
        few: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها {n}.',
        many: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها {n}.',
        other: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها {n}.',
      }),
      lastPlaces: plural({
        zero: 'لا مواضع',
        one: 'الموضع الأخير',
        two: 'الموضعين الأخيرين',
        few: 'المواضع الأخيرة ({n})',
        many: 'المواضع الأخيرة ({n})',
        other: 'المواضع الأخيرة ({n})',
      }),
      editThen: 'عدّل الأسطر التي تبدأ بكلمة «للتعديل»، ثم افحص الدليل وأنشئه:',
      validate: 'npx playbook validate --config <هذا الملف>',
      generate: 'npx playbook generate --config <هذا الملف>',
      companyNote: 'للتعديل: اسم شركتك كما يعرفه العملاء',
      visionNote: 'للتعديل: الجملة الواحدة التي ينبغي أن يستطيع كل موظف ترديدها عن الخدمة التي تقدمونها.',
      prioritiesNote:
        'الفصول، الأحوج أولًا. غيّر ترتيب المعرّفات أو أزلها أو أضف غيرها؛ ويعرضها كلها الأمر `npx playbook list`.',
      priority: 'الحاجة {need} من 100',
      priorityTied: 'الحاجة {need} من 100، متعادل',
      /** A chapter's note with the warning signs ticked: {note} is one of the two above. */
      priorityWithSigns: plural({
        zero: '{note}؛ لا علامات إنذار محددة',
        one: '{note}؛ علامة إنذار واحدة محددة',
        two: '{note}؛ علامتا إنذار محددتان',
        few: '{note}؛ {n} علامات إنذار محددة',
        many: '{note}؛ {n} علامةَ إنذار محددة',
        other: '{note}؛ {n} علامة إنذار محددة',
      }),
      includeNote:
        'القيمة "priorities" تطبع تلك الفصول فقط؛ والقيمة "all" تضيف ملحقًا مختصرًا بكل أنماط الإخفاق الأخرى.',
      standardsNote:
        'للتعديل: الوعود التي تقطعها لعملائك. تقتبسها الفصول بعد كلمة «خلال»، مثل «رد أول خلال ساعة واحدة».',
      refundLimitNote: 'المبلغ الذي يحق لموظف الخط الأمامي أن يردّه دون الرجوع إلى أحد.',
      empowermentNote: 'من يقرر ماذا دون استئذان. إن لم توجد صفوف يعرض الدليل جدولًا نموذجيًا بدلًا منها.',
      localeNote: 'en-US أو en-CA لورق Letter الأمريكي والتواريخ الأمريكية',
      dateNote: 'تاريخ الغلاف',
      formatsNote: 'ومن الممكن أيضًا: pdf (يحتاج إلى Chromium)، وics (تقويم التدريب).',
      trainingNote: 'جلسة تدريبية واحدة لكل فصل، ابتداءً من هذا التاريخ.',
      /** {values} are the other cadences a config accepts, as written in it. */
      cadenceNote: 'أو {values}',
      trainingLater: 'اختياري: ضع تواريخ لخطة التدريب، جلسة واحدة لكل فصل.',
      nothingToWrite: 'لا شيء يوضع في الدليل بعد: أجب عن عبارة واحدة على الأقل أولًا',
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing: {
    /** The calculator's name: the page's title, and the heading of the link to it on the mode pages it helps with. */
    title: 'حاسبة عدد الموظفين',
    titleInSentence: 'حاسبة عدد الموظفين',
    /** What the calculator answers for each mode it helps with, by mode id (src/core/staffing/tools.ts). */
    pitches: {
      understaffing:
        'أدخل أحجام العمل ومدة المعالجة ووعدك للعملاء، واعرف عدد الموظفين اللازم على الهاتف وفي جدول المناوبات، ساعة بساعة.',
      'yesterdays-response-standards':
        'قبل أن تشدّد معيار الاستجابة، اعرف عدد الموظفين الذي يتطلبه الوعد الجديد، وكم ينتظر العملاء مع فريقك الحالي.',
    },

    // The calculator's own words, from here to `form`: the page's script needs them too, so the page
    // writes them into its HTML (src/core/staffing/wording.ts lists them).

    /** Durations, counts of people, percentages and targets, as the readings write them. */
    units: {
      seconds: plural({
        zero: '{n} ثانية',
        one: 'ثانية واحدة',
        two: 'ثانيتان',
        few: '{n} ثوانٍ',
        many: '{n} ثانية',
        other: '{n} ثانية',
      }),
      minutes: plural({
        zero: '{n} دقيقة',
        one: 'دقيقة واحدة',
        two: 'دقيقتان',
        few: '{n} دقائق',
        many: '{n} دقيقة',
        other: '{n} دقيقة',
      }),
      hours: plural({
        zero: '{n} ساعة',
        one: 'ساعة واحدة',
        two: 'ساعتان',
        few: '{n} ساعات',
        many: '{n} ساعة',
        other: '{n} ساعة',
      }),
      /** A duration in two units, the larger first: "2 minutes 3 seconds", "1 hour 30 minutes". */
      twoUnits: '{larger} و{smaller}',
      /** People come after a preposition or a verb in every reading, so two is the oblique dual. */
      people: plural({
        zero: 'لا موظفين',
        one: 'موظف واحد',
        two: 'موظفَين',
        few: '{n} موظفين',
        many: '{n} موظفًا',
        other: '{n} موظف',
      }),
      percent: '{n}%',
      /** A target: a share answered within a time ("80% within 20 seconds"), or an average wait. */
      serviceLevel: '{share} خلال {time}',
      averageWait: 'متوسط انتظار {time} أو أقل',
    },
    /** Each queue's contacts and the people answering them, by channel; the volumes as a manager says them. */
    channels: {
      phone: {
        contacts: 'المكالمات',
        working: 'على الهاتف',
        waiting: 'المتصلين',
        perHour: plural({
          zero: '{n} مكالمة في الساعة',
          one: 'مكالمة واحدة في الساعة',
          two: 'مكالمتان في الساعة',
          few: '{n} مكالمات في الساعة',
          many: '{n} مكالمة في الساعة',
          other: '{n} مكالمة في الساعة',
        }),
        perDay: plural({
          zero: '{n} مكالمة في اليوم',
          one: 'مكالمة واحدة في اليوم',
          two: 'مكالمتان في اليوم',
          few: '{n} مكالمات في اليوم',
          many: '{n} مكالمة في اليوم',
          other: '{n} مكالمة في اليوم',
        }),
        perInterval: plural({
          zero: '{n} مكالمة كل {interval}',
          one: 'مكالمة واحدة كل {interval}',
          two: 'مكالمتان كل {interval}',
          few: '{n} مكالمات كل {interval}',
          many: '{n} مكالمة كل {interval}',
          other: '{n} مكالمة كل {interval}',
        }),
      },
      chat: {
        contacts: 'المحادثات',
        working: 'في الرد على المحادثات',
        waiting: 'العملاء',
        perHour: plural({
          zero: '{n} محادثة في الساعة',
          one: 'محادثة واحدة في الساعة',
          two: 'محادثتان في الساعة',
          few: '{n} محادثات في الساعة',
          many: '{n} محادثة في الساعة',
          other: '{n} محادثة في الساعة',
        }),
        perDay: plural({
          zero: '{n} محادثة في اليوم',
          one: 'محادثة واحدة في اليوم',
          two: 'محادثتان في اليوم',
          few: '{n} محادثات في اليوم',
          many: '{n} محادثة في اليوم',
          other: '{n} محادثة في اليوم',
        }),
        perInterval: plural({
          zero: '{n} محادثة كل {interval}',
          one: 'محادثة واحدة كل {interval}',
          two: 'محادثتان كل {interval}',
          few: '{n} محادثات كل {interval}',
          many: '{n} محادثة كل {interval}',
          other: '{n} محادثة كل {interval}',
        }),
      },
    },
    /**
     * The result in plain words, as a manager would say it to their director. A sentence's optional
     * parts are placeholders filled with the pieces below it, or left empty.
     */
    reading: {
      needServiceLevel:
        'للرد على {share} من {contacts} خلال {time} تحتاج إلى {people} {working}{holding}{busiestHour}{cap}{rota}.',
      needAverageWait:
        'لإبقاء متوسط الانتظار عند {time} أو أقل تحتاج إلى {people} {working}{holding}{busiestHour}{cap}{rota}.',
      holding: ' بواقع {n} من المحادثات في آن واحد لكل موظف',
      busiestHour: ' في ساعة الذروة',
      cap: ' (المستهدف وحده يتطلب {n}، لكن ذلك يُبقي كل موظف مشغولًا أكثر من {occupancy} من وقته)',
      rota: '، و{people} في جدول المناوبات بعد احتساب الاستراحات والتدريب والغياب ({shrinkage} من الوقت المدفوع)',
      neverClears:
        'مع {people} لا يفرغ الطابور أبدًا: تجلب {contacts} عملًا يعادل ما يؤديه {work} من الموظفين في كل لحظة، لذا يطول الطابور ما دامت تتوالى.',
      figures:
        'مع {people}، يُرد على {level} من {contacts} خلال {time}، ومتوسط الانتظار {wait}، وينتظر {waiting} من {waiters} أصلًا، ويقضي كل موظف {occupancy} من وقته في معالجة {contacts}.',
      figuresHeld:
        'مع {people}، يُرد على {level} من {contacts} خلال {time}، ومتوسط الانتظار {wait}، وينتظر {waiting} من {waiters} أصلًا، وتكون خانات المحادثة لدى كل موظف (وعددها {n}) مشغولة {occupancy} من الوقت.',
      /** The figures for the people you have, then how they compare with what the target takes. */
      whatIf: '{figures} {verdict}',
      short: 'وهذا أقل بـ{n} مما يتطلبه المستهدف.',
      more: 'وهذا أكثر بـ{n} مما يتطلبه المستهدف.',
      exact: 'وهذا بالضبط ما يتطلبه المستهدف.',
      perDay:
        'تجلب ساعة الذروة {busiest} من أصل {total} من {contacts} اليومية ({share})؛ وكل الأرقام هنا لتلك الساعة.',
      held: 'حين يتولى الموظف {n} من المحادثات في آن واحد، تستغرق كل محادثة نحو {stretched} بدلًا من {handle}، فيؤدي عملًا يعادل ما يؤديه {capacity} من الموظفين يرد كل منهم على محادثة واحدة في كل مرة.',
      emailNeed:
        'للرد على كل رسالة خلال {standard} من وقت الدوام تحتاج إلى {people} لهذه المهمة{rota}. ينجز كل موظف نحو {rate} في الساعة.',
      emailRota: '، و{people} في جدول المناوبات بعد احتساب الاستراحات والتدريب والغياب',
      neverCatchesUp:
        'مع {people} يصل كل يوم أكثر مما يستطيعون إنجازه، فيزيد التراكم بنحو {growth} يوميًا ولا يصمد أي معيار.{fastest}',
      growsFastest:
        ' ويزداد بأسرع وتيرة ابتداءً من {hour}، حين يصل {arrivals} في الساعة ولا يُنجَز مع {people} إلا {rate} في الساعة.',
      neverOutgrows:
        'مع {people} لا يتجاوز الطابور قدرة الفريق أبدًا: أطول انتظار {wait}{verdict}.{overnight}',
      growsFrom:
        'مع {people} يطول الطابور ابتداءً من {hour}، حين يصل {arrivals} في الساعة ولا يُنجَز مع {people} إلا {rate} في الساعة؛ وأطول انتظار {wait}{verdict}.{overnight}',
      withinStandard: '، ضمن المعيار',
      overStandard: '، أطول من المعيار',
      overnight: ' والرسائل التي تصل ليلًا ({n}) تنتظر عند الافتتاح.',
    },
    /** Polite questions about inputs that are allowed but look like a slip; {volume} is e.g. "600 calls an hour". */
    checks: {
      busy: '{volume} رقم كبير لفريق من {team}: فهو يتطلب {people}. هل تقصد في اليوم؟',
      busyPerDay: '{volume} رقم كبير لفريق من {team}: فهو يتطلب {people}. يرجى التحقق من الحجم.',
      quiet:
        '{volume} لا يتطلب إلا {people}، وهذا أقل بكثير من فريقك المكوّن من {team}. يرجى التحقق من الحجم.',
      quietPerDay:
        '{volume} لا يتطلب إلا {people}، وهذا أقل بكثير من فريقك المكوّن من {team}. هل تقصد في الساعة؟',
      handleVeryShort: '{handle} مدة قصيرة جدًا للمحادثة مع إنهاء المعاملة: هل تقصد {n} بالدقائق لا بالثواني؟',
      handleVeryLong: '{handle} مدة طويلة جدًا لتواصل واحد: هل تقصد {n} بالثواني لا بالدقائق؟',
      shrinkageHigh:
        '{share} من الوقت المدفوع بعيدًا عن العملاء نسبة مرتفعة على غير العادة؛ فمعظم الفرق تفقد ما بين 25% و40%. يرجى التحقق.',
      busiestHourHigh:
        '{share} من يوم كامل في ساعة واحدة أمر غير معتاد؛ فمعظم الفرق ترى ما بين 10% و15%. يرجى التحقق.',
    },
    /** The results on the page: the table of staffing levels, the chart, and email's hour-by-hour table. */
    result: {
      levelsCaption: 'ما يحققه كل عدد من الموظفين: نسبة {contacts} المجاب عنها خلال {time}',
      levelsColumns: {
        people: 'الموظفون العاملون',
        within: 'خلال {time}',
        wait: 'متوسط الانتظار',
        waitAtAll: 'ينتظرون أصلًا',
        occupancy: 'نسبة الانشغال',
        rota: 'في جدول المناوبات',
      },
      queueGrows: 'لا شيء: الطابور يطول',
      waitGrows: 'يطول بلا حد',
      /** A marked row's note, after its first cell: "12 (what-if)". */
      marked: '({mark})',
      needed: 'المطلوب',
      whatIf: 'ماذا لو',
      chartTitle: 'النسبة المجاب عنها خلال {time}، حسب عدد الموظفين العاملين',
      chartPoint: '{people}: {level}',
      chartPointSeparator: '؛ ',
      chartDescription: '{points}.{target}',
      chartTarget: ' المستهدف {level}؛ ويتحقق مع {people}.',
      chartAxis: 'الموظفون العاملون',
      /** The labels above the bar the target takes and the bar of the people you have. */
      chartNeed: 'المطلوب',
      chartYou: 'لديك',
      captionShare: 'نسبة {contacts} المجاب عنها خلال {time} لكل عدد من الموظفين العاملين. ',
      captionTarget: 'الخط المتقطع هو مستهدفك {level}. ',
      captionNeed: 'العمود المعلَّم «المطلوب» ({n}) هو أقل عدد من الموظفين يحقق مستهدفك{you}.',
      captionYou: '؛ والعمود «لديك» ({n}) هو عدد الموظفين لديك',
      hoursCaption: 'ساعة بساعة مع {people} (ينجزون {rate} في الساعة على الأكثر){firstDay}',
      firstDay: '، اليوم الأول',
      hoursColumns: {
        hour: 'بداية الساعة',
        arriving: 'الوارد',
        cleared: 'المنجز',
        waiting: 'المنتظر في نهايتها',
        oldest: 'أقدم منتظر',
      },
      nothingWaiting: '-',
      growsHere: 'الطابور يطول',
      moreThanCleared: 'أكثر من المنجز',
    },
    /** The page script's own lines around problems and checks (a problem's sentence: src/schemas/staffing-wording.ts). */
    form: {
      /** A check, read out after the result; {label} is the field's label. */
      pleaseCheck: 'يرجى التحقق من {label}: {message}',
      fix: plural({
        zero: 'أصلح هذه لترى النتيجة:',
        one: 'أصلح هذا لترى النتيجة:',
        two: 'أصلح هذين لترى النتيجة:',
        few: 'أصلح هذه لترى النتيجة:',
        many: 'أصلح هذه لترى النتيجة:',
        other: 'أصلح هذه لترى النتيجة:',
      }),
    },

    /** "What our standards take" in a handbook chapter (src/document/staffing-section.ts). */
    handbook: {
      heading: 'ما تتطلبه معاييرنا',
      intro:
        'هذا عدد الموظفين الذي تتطلبه معاييرنا بأحجام العمل التي نراها، محسوبًا بمعادلات الطوابير التي تخطط بها مراكز الاتصال. ويضيف عمود «في جدول المناوبات» نسبة {shrinkage} للاستراحات والتدريب والاجتماعات والغياب. وحين يكون عدد الموظفين في المناوبة أقل من ذلك، يصبح المعيار وعدًا لا نستطيع الوفاء به، مهما اجتهد الفريق.',
      columns: ['القناة', 'معيارنا', 'حجم العمل', 'مدة المعالجة', 'العاملون في آن واحد', 'في جدول المناوبات'],
      emailStandard: 'كل رسالة خلال {time}',
      emailVolume: '{n} في اليوم',
      dayVolume: '{n} في اليوم، {share} منها في ساعة الذروة',
      hourVolume: '{n} في الساعة',
      intervalVolume: '{n} كل {interval}',
      handleHeld: '{handle}، {n} في آن واحد',
      /** A table cell for a count of people no team up to the calculators' limit reaches. */
      outOfReachCell: 'أكثر من {n}',
      outOfReach: 'لا يحقق أي فريق يصل إلى {people} المعيار {standard} بأحجام العمل هذه.',
      /** One channel's reading under the table; {channel} is the company's own name for it. */
      reading: '{channel}: {reading}',
    },

    /** The page (/tools/staffing/) around the calculator, written at build time. */
    page: {
      description:
        'كم موظفًا يتطلب وعدك بالاستجابة؟ أدخل أحجام العمل ومدة المعالجة والمستهدف، واعرف عدد الموظفين اللازم في المناوبة وفي جدول المناوبات، مع الطابور ساعة بساعة.',
      heading: 'كم موظفًا يتطلب وعدك؟',
      lede: 'أدخل أحجام العمل في يوم الاثنين الماضي والوعد الذي تقطعه للعملاء. تحصل على عدد الموظفين اللازم في المناوبة وفي جدول المناوبات، وعلى مدة انتظار العملاء مع فريقك الحالي، وعلى الساعة التي يبدأ فيها الطابور بالطول.',
      /** {understaffing} and {standards} are links to those two modes, with their titles. */
      intro:
        'تُحسب المكالمات والمحادثات بمعادلة Erlang C، وهي معادلة الطوابير التي تخطط بها مراكز الاتصال؛ ويُحسب البريد الإلكتروني بتراكم بسيط ساعة بساعة. ويجري الحساب كله في هذا المتصفح. وترتبط هذه الحاسبة بنمطَي {understaffing} و{standards}.',
      noscript: 'هذا مثال محسوب مسبقًا. فعّل JavaScript في متصفحك لتحسب بأرقامك.',
      queue: {
        heading: 'المكالمات والمحادثات',
        channel: 'القناة',
        channels: { phone: 'مكالمات', chat: 'محادثات' },
        contacts: 'الاتصالات الواردة',
        per: 'في كل',
        perOptions: { quarterHour: '15 دقيقة', halfHour: '30 دقيقة', hour: 'ساعة', day: 'يوم' },
        busiest: 'نصيب ساعة الذروة من اليوم (%)',
        busiestPlaceholder: 'مثلًا 12',
        busiestHint: 'كم من اتصالات اليوم يصل في ساعة ذروته',
        handle: 'متوسط مدة المعالجة',
        handleUnit: 'وحدة مدة المعالجة',
        handleUnits: { s: 'ثوانٍ', m: 'دقائق' },
        handleHint: 'المحادثة مع إنهاء المعاملة؛ وللمحادثات الكتابية: محادثة واحدة بمفردها',
        concurrency: 'المحادثات المتزامنة لكل موظف',
        concurrencyHint: 'كم محادثة يتولاها الموظف الواحد في الوقت نفسه',
        goal: 'المستهدف',
        goals: { level: 'نسبة خلال مدة', average: 'متوسط الانتظار' },
        level: 'النسبة المجاب عنها (%)',
        within: 'المدة (بالثواني)',
        shrinkage: 'الوقت المستقطع (%)',
        shrinkageHint: 'الاستراحات والتدريب والاجتماعات والغياب',
        occupancy: 'أقصى انشغال مقبول للموظف (%)',
        occupancyPlaceholder: 'بلا حد',
        occupancyHint: 'اختياري، مثلًا 85',
        agents: 'عدد الموظفين لديك في المناوبة',
        agentsHint: 'اختياري: لترى ما يستطيعون إنجازه',
      },
      email: {
        heading: 'البريد الإلكتروني والأعمال الأخرى في الطابور',
        arrivals: 'الرسائل الواردة في كل ساعة عمل',
        arrivalsHint: 'رقم واحد لكل ساعة، من وقت الافتتاح، تفصل بينها مسافات أو فواصل (,)',
        opens: 'وقت الافتتاح',
        overnight: 'الوارد ليلًا',
        handle: 'مدة المعالجة (بالدقائق)',
        standard: 'المعيار: الرد خلال (ساعات عمل)',
        shrinkage: 'الوقت المستقطع (%)',
        people: 'عدد الموظفين لديك على البريد الإلكتروني',
      },
      /** "How to read it": {people} and {rota} are the table's column names, {day} the volume's "day", in bold or quotes. */
      howToRead: {
        heading: 'كيف تقرأ النتائج',
        columns:
          '{people} هم الموظفون الذين يردّون في تلك اللحظة. ويضيف {rota} الوقت المستقطع: أي نصيب الوقت المدفوع الذي يذهب إلى الاستراحات والتدريب والاجتماعات والمرض والإجازات، ويتراوح عادة بين 25% و40%.',
        queues:
          'الطوابير لا تسير في خط مستقيم. الفريق الذي يكفي بالكاد على الورق يظل يُبقي العملاء منتظرين، لأن الاتصالات تصل متكتلة؛ ونقص موظف واحد عن العدد المطلوب قد يكلّف أكثر بكثير من نصيب موظف واحد من مستوى الخدمة. وحين يصل أكثر مما ينجزه الفريق، يطول الطابور كل دقيقة حتى تمر الذروة، ولهذا تسوء الساعات نفسها كل أسبوع.',
        assumptions:
          'تفترض الأرقام أن الاتصالات تصل عشوائيًا خلال الفترة وأن أحدًا لا يُنهي الاتصال قبل الرد؛ والطوابير الحقيقية التي فيها مكالمات متروكة تبدو أفضل قليلًا من هذا، والذروات داخل الفترة أسوأ قليلًا. استخدم أحجام أكثر فتراتك الفعلية ازدحامًا، لا المتوسط اليومي. وإن لم تكن تعرف إلا إجمالي اليوم، فاختر «{day}» وأدخل نصيب ساعة الذروة منه: فتكون الأرقام حينئذ لتلك الساعة.',
        chatsTerm: 'المحادثات المتزامنة',
        chats:
          '{term}: الموظف الذي يتولى محادثتين أو ثلاثًا يرد بالتناوب، فتستغرق كل محادثة أطول مما لو كانت وحدها. وتحتسب الحاسبة كل محادثة يتولاها الموظف مكانًا في الطابور، وتجعل كل محادثة أطول بنسبة 25% عن كل محادثة إضافية متزامنة. أدخل مدة معالجة المحادثة الواحدة حين تكون وحدها.',
        slips:
          'حين يبدو رقم ما خطأً في الإدخال (600 مكالمة في الساعة لفريق من عشرة موظفين، مثلًا)، تظهر بجانبه ملاحظة تطلب منك التحقق؛ ومع ذلك تُحسب النتيجة.',
      },
    },
  },
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
