/** Arabic words for the site's pages: one part of the dictionary src/i18n/ar.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const site: Dictionary['site'] = {
  /** The title of every page but the home page: the page's own title, then the site's name. */
  pageTitle: '{title} · {site}',
  skipLink: 'الانتقال إلى المحتوى',
  languages: { label: 'اللغة' },
  untranslated: 'لم يُترجم هذا الجزء إلى العربية بعد، لذلك يظهر بالإنجليزية.',
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
    lede: pluralForms({
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
    lede: pluralForms({
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
    showingAll: pluralForms({
      zero: 'لا توجد أنماط إخفاق لعرضها.',
      one: 'يُعرض نمط الإخفاق الوحيد.',
      two: 'يُعرض نمطا الإخفاق كلاهما.',
      few: 'تُعرض أنماط الإخفاق كلها، وعددها {n}.',
      many: 'تُعرض أنماط الإخفاق كلها، وعددها {n}.',
      other: 'تُعرض أنماط الإخفاق كلها، وعددها {n}.',
    }),
    showingSome: pluralForms({
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
    inEnglish: 'لم تُترجم الصفحات إلى العربية بعد، لذا ابحث فيها بكلمات إنجليزية.',
    /**
     * The status line once the reader searches: {query} is what they typed, {category} the
     * category they chose (the "…In" sentences), {n} how many pages were found.
     */
    status: {
      searching: 'جارٍ البحث…',
      none: 'لا توجد صفحات تطابق «{query}». جرّب كلمة أقصر أو مختلفة.',
      noneIn: 'لا توجد صفحات تطابق «{query}» في فئة {category}. جرّب كلمة أقصر أو مختلفة.',
      /** No page holds every word of the query, but some hold some of them. */
      partial: pluralForms({
        zero: 'لا توجد صفحة تحتوي على كل كلمات «{query}».',
        one: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن صفحة واحدة تحتوي على بعضها.',
        two: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن صفحتين تحتويان على بعضها، الأقرب أولًا.',
        few: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن {n} صفحات تحتوي على بعضها، الأقرب أولًا.',
        many: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن {n} صفحةً تحتوي على بعضها، الأقرب أولًا.',
        other: 'لا توجد صفحة تحتوي على كل كلمات «{query}»؛ لكن {n} صفحة تحتوي على بعضها، الأقرب أولًا.',
      }),
      partialIn: pluralForms({
        zero: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}».',
        one: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن صفحة واحدة تحتوي على بعضها.',
        two: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن صفحتين تحتويان على بعضها، الأقرب أولًا.',
        few: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن {n} صفحات تحتوي على بعضها، الأقرب أولًا.',
        many: 'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن {n} صفحةً تحتوي على بعضها، الأقرب أولًا.',
        other:
          'لا توجد صفحة في فئة {category} تحتوي على كل كلمات «{query}»؛ لكن {n} صفحة تحتوي على بعضها، الأقرب أولًا.',
      }),
      found: pluralForms({
        zero: 'لا توجد صفحات تطابق «{query}».',
        one: 'صفحة واحدة تطابق «{query}».',
        two: 'صفحتان تطابقان «{query}».',
        few: '{n} صفحات تطابق «{query}».',
        many: '{n} صفحةً تطابق «{query}».',
        other: '{n} صفحة تطابق «{query}».',
      }),
      foundIn: pluralForms({
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
};
