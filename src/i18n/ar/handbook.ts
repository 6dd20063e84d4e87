/** Arabic words for the front and back matter of a handbook and of the whole playbook in print: one part of the dictionary src/i18n/ar.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const handbook: Dictionary['handbook'] = {
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
  howToUseChapters: pluralForms({
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
  trainingSessions: pluralForms({
    zero: 'لا جلسات',
    one: 'جلسة واحدة',
    two: 'جلستان',
    few: '{n} جلسات',
    many: '{n} جلسة',
    other: '{n} جلسة',
  }),
  trainingRefreshers: pluralForms({
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
  playsInChapter: pluralForms({
    zero: '{chapter} (لا إجراءات)',
    one: '{chapter} (إجراء واحد)',
    two: '{chapter} (إجراءان)',
    few: '{chapter} ({n} إجراءات)',
    many: '{chapter} ({n} إجراءً)',
    other: '{chapter} ({n} إجراء)',
  }),
  /** The audiences, as a list in lower case. */
  forAudiences: 'موجَّه إلى {list}',
};

export const playbook: Dictionary['playbook'] = {
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
};
