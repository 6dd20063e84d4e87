/** Arabic words for the handbook builder (/build/): one part of the dictionary src/i18n/ar.ts. */
import type { Plural } from '../format.ts';
import type { Dictionary } from '../index.ts';

const plural = (forms: Plural): Plural => forms;

export const builder: Dictionary['builder'] = {
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
    language: 'لغة الدليل',
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
    /** Under the handbook's language: what it changes, and what it leaves to the next choice. */
    languageHelp: 'عناوينه وتسمياته، وفصوله حيثما تُرجمت. أما التواريخ وحجم الورق فتتبع الخيار التالي.',
    /** Under the handbook's language, when some chosen chapters are still English; {language} is the language's name. */
    untranslated: plural({
      zero: 'لا يوجد فصل غير مترجم إلى {language} من فصولك الـ{total}.',
      one: 'فصل واحد من فصولك الـ{total} لم يُترجم إلى {language} بعد، لذا يُطبع بالإنجليزية.',
      two: 'فصلان من فصولك الـ{total} لم يُترجما إلى {language} بعد، لذا يُطبعان بالإنجليزية.',
      few: '{n} فصول من فصولك الـ{total} لم تُترجم إلى {language} بعد، لذا تُطبع بالإنجليزية.',
      many: '{n} فصلًا من فصولك الـ{total} لم تُترجم إلى {language} بعد، لذا تُطبع بالإنجليزية.',
      other: '{n} فصل من فصولك الـ{total} لم تُترجم إلى {language} بعد، لذا تُطبع بالإنجليزية.',
    }),
  },

  /** The date conventions offered, by locale: where, and the paper and date they give. */
  locales: {
    'en-GB': 'المملكة المتحدة (A4، اليوم قبل الشهر: 1 سبتمبر 2025)',
    'en-IE': 'أيرلندا (A4)',
    'en-AU': 'أستراليا (A4)',
    'en-NZ': 'نيوزيلندا (A4)',
    'en-US': 'الولايات المتحدة (Letter، الشهر قبل اليوم: سبتمبر 1، 2025)',
    'en-CA': 'كندا (Letter)',
    'es-ES': 'إسبانيا (A4)',
    'es-MX': 'المكسيك (Letter)',
    'de-DE': 'ألمانيا (A4)',
    'de-AT': 'النمسا (A4)',
    'de-CH': 'سويسرا (A4)',
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
    moveUp: 'نقل {name} للأعلى',
    moveDown: 'نقل {name} للأسفل',
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
    moveUp: 'نقل {title} للأعلى',
    moveDown: 'نقل {title} للأسفل',
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
    /** The chapters of the chosen language could not be fetched; {language} is its name. */
    languageUnavailable:
      'تعذر تحميل الفصول باللغة المختارة ({language})، لذا تبقى المعاينة والتنزيلات باللغة السابقة. تحقق من الاتصال ثم اختر اللغة مرة أخرى.',
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
    /** {written} is the file's value in quotation marks. */
    language: 'اللغة {written} ليست من لغات الدليل. اختر إحداها في خانة {field}.',
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
      language: 'لغة الدليل: en أو es أو de أو ar. تُطبع الفصول غير المترجمة بعد بالإنجليزية.',
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
};
