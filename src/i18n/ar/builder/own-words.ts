/** Arabic words for the handbook builder's editor of a company's own words in a chapter, the longest panel, so it has a file of its own; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/**
 * The company's own words: what it calls each role, its words in each chosen chapter (a note,
 * plays left out, plays and an example of its own), and chapters it writes itself. {n} is a
 * chapter's number in the list, {p} a play's number within its chapter.
 */
export const ownWords: Dictionary['builder']['ownWords'] = {
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
  exampleHint: 'يحل محل مثال الفصل، تحت عنوان «مثال من» متبوعًا باسم شركتك. يمكنك استخدام Markdown هنا أيضًا.',

  ownLegend: 'فصول من إعدادك (اختياري)',
  ownHelp: 'اكتب فصلًا من عندك، مثل وعدك بشأن المرتجعات أو بمن يُتصل حين تسوء الأمور، وضعه بين الفصول الأخرى.',
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
};
