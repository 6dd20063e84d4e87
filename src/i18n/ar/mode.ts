/** Arabic words for a failure mode's and a metric's documents and the staff pulse survey: one part of the dictionary src/i18n/ar.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const mode: Dictionary['mode'] = {
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
  playWorksheets: pluralForms({
    zero: 'أوراق العمل',
    one: 'ورقة العمل',
    two: 'ورقتا العمل',
    few: 'أوراق العمل',
    many: 'أوراق العمل',
    other: 'أوراق العمل',
  }),
};

export const metric: Dictionary['metric'] = {
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
};

export const pulse: Dictionary['pulse'] = {
  title: 'استبيان نبض الموظفين',
  /** Above the form's statements. */
  formIntro: 'لا تكتب اسمك على هذا النموذج. ضع علامة في خانة واحدة لكل عبارة، بحسب حالك في الوقت الحالي.',
  /** The line to fill in above the statements: the team, so its result can be counted. */
  formFields: 'الفريق: {line}   التاريخ: {line}',
  statementColumn: 'العبارة',
  /** How the results are read; {agree} is the answers that count, {threshold} the smallest team shown, {cadence} how often it runs. */
  howItRuns:
    'تُحتسب الإجابة {agree} موافقةً. لا تعرضوا نتيجة الفريق إلا إذا أجاب {threshold} على الأقل من أفراده، حتى لا تبرز إجابات أحد. واجمعوا النماذج بطريقة لا يُعرف بها صاحب كل نموذج، في صندوق مغلق مثلًا. وتُطرح العبارات نفسها من جديد {cadence}.',
};
