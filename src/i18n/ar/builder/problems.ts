/** Arabic words for the handbook builder's problems and notes of the checker as the form says them, apart so each message can be read beside its neighbours; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/**
 * The checker's problems and notes as the form says them (src/site/builder/form-wording.ts):
 * {field} is a field's label, {title} a chapter's title in quotation marks, {file} an uploaded file's name.
 * Arabic puts {field} before a colon where a verb or adjective would have to agree with it.
 */
export const problems: Dictionary['builder']['problems'] = {
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
};
