/** Arabic words for the training material a handbook ships with (kits, calendar, worksheets, first 90 days): one part of the dictionary src/i18n/ar.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const kit: Dictionary['kit'] = {
  /** Between the parts of a footer: the company, the playbook, the mode. */
  separator: ' · ',
  kicker: 'الحقيبة التدريبية · ورقة الميسّر · {category}',
  forMode: 'لنمط الإخفاق «{title}»: {summary}',
  facts: { format: 'الشكل', length: 'المدة', group: 'المجموعة', prep: 'التحضير', cards: 'البطاقات' },
  minutes: pluralForms({
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
  sheets: pluralForms({
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
  fullPages: pluralForms({
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
  cutNote: pluralForms({
    zero: 'لا بطاقات، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
    one: 'بطاقة واحدة، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
    two: 'بطاقتان، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
    few: '{n} بطاقات، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
    many: '{n} بطاقة، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
    other: '{n} بطاقة، على {sheets}، حتى {perSheet} في كل ورقة. قصّ على امتداد الخطوط المتقطعة.',
  }),
  cutSheets: pluralForms({
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
  sets: pluralForms({
    zero: '{count} نسخة من الحزمة',
    one: 'نسخة {count} من الحزمة',
    two: 'نسختان {count} من الحزمة',
    few: '{count} نسخ من الحزمة',
    many: '{count} نسخة من الحزمة',
    other: '{count} نسخة من الحزمة',
  }),
  copies: pluralForms({
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
};

export const calendar: Dictionary['calendar'] = {
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
};

export const worksheets: Dictionary['worksheets'] = {
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
};

export const firstDays: Dictionary['firstDays'] = {
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
};
