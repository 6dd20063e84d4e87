/** Arabic words for the handbook builder's form: its fields, choices, editable rows and chapter list, together so a field's label, hint and choices are translated side by side; composed in ../builder.ts. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

/** The form's fields as its labels name them, by the field's name in the config: messages use the same words. */
export const fields: Dictionary['builder']['fields'] = {
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
};

/** The form around its fields: the groups' legends, the labels' added hints, the buttons and the choices. */
export const form: Dictionary['builder']['form'] = {
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
  untranslated: pluralForms({
    zero: 'لا يوجد فصل غير مترجم إلى {language} من فصولك الـ{total}.',
    one: 'فصل واحد من فصولك الـ{total} لم يُترجم إلى {language} بعد، لذا يُطبع بالإنجليزية.',
    two: 'فصلان من فصولك الـ{total} لم يُترجما إلى {language} بعد، لذا يُطبعان بالإنجليزية.',
    few: '{n} فصول من فصولك الـ{total} لم تُترجم إلى {language} بعد، لذا تُطبع بالإنجليزية.',
    many: '{n} فصلًا من فصولك الـ{total} لم تُترجم إلى {language} بعد، لذا تُطبع بالإنجليزية.',
    other: '{n} فصل من فصولك الـ{total} لم تُترجم إلى {language} بعد، لذا تُطبع بالإنجليزية.',
  }),
};

/** The date conventions offered, by locale: where, and the paper and date they give. */
export const locales: Dictionary['builder']['locales'] = {
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
};

/** The paper choices; `auto` leaves it to the date convention. */
export const paper: Dictionary['builder']['paper'] = {
  auto: 'المقاس المعتاد مع هذه التواريخ',
  A4: 'A4',
  Letter: 'Letter الأمريكي',
};

/** How often the training sessions are held, by cadence. */
export const cadences: Dictionary['builder']['cadences'] = {
  weekly: 'أسبوعيًا',
  fortnightly: 'كل أسبوعين',
  monthly: 'شهريًا',
};

/** The examples to start from, by id: the button, and what the status line says once started. */
export const examples: Dictionary['builder']['examples'] = {
  retailer: { label: 'مثال: متجر تجزئة صغير', started: 'بدأت من مثال: متجر تجزئة صغير.' },
  'contact-centre': {
    label: 'مثال: مركز اتصال',
    started: 'بدأت من مثال: مركز اتصال.',
  },
};

/** The editable rows (further standards, empowerment rows): one row's name, its fields and its messages. */
export const rows: Dictionary['builder']['rows'] = {
  others: {
    /** One row, as its group, its problems and the status line name it. */
    name: 'المعيار {n}',
    label: '{label} (المعيار {n})',
    remove: 'إزالة المعيار {n}',
    removed: 'أُزيل المعيار {n}.',
    fields: { name: 'الاسم', value: 'الوعد' },
    /** What a row lacks, as a problem names it; {parts} is a list of `parts`. */
    needs: pluralForms({
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
    needs: pluralForms({
      zero: 'يحتاج الصف {row} إلى {parts}: املأ الخانات أو أزل الصف.',
      one: 'يحتاج الصف {row} إلى {parts}: املأ الخانة أو أزل الصف.',
      two: 'يحتاج الصف {row} إلى {parts}: املأ الخانتين أو أزل الصف.',
      few: 'يحتاج الصف {row} إلى {parts}: املأ الخانات أو أزل الصف.',
      many: 'يحتاج الصف {row} إلى {parts}: املأ الخانات أو أزل الصف.',
      other: 'يحتاج الصف {row} إلى {parts}: املأ الخانات أو أزل الصف.',
    }),
    parts: { role: 'دور', decision: 'قرار', limit: 'حد' } as Record<string, string>,
  },
};

/** The chapter list and the library to add from; {title} is a chapter's title in quotation marks. */
export const chapters: Dictionary['builder']['chapters'] = {
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
};
