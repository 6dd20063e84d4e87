/** Arabic words for the self-assessment, one part of src/i18n/ar/assess.ts. What a person sees while answering: the progress line and the messages of the buttons. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessForm: Pick<Dictionary['assess'], 'form'> = {
  /** The questionnaire's progress line and the messages of its buttons (the page's first script). */
  form: {
    progress: 'المسح السريع: العبارات المجاب عنها {answered} من {total}.',
    progressDone: pluralForms({
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
    exported: pluralForms({
      zero: 'صُدّرت إجاباتك (لا عبارات). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
      one: 'صُدّرت إجاباتك (عبارة واحدة). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
      two: 'صُدّرت إجاباتك (عبارتان). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
      few: 'صُدّرت إجاباتك ({n} عبارات). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
      many: 'صُدّرت إجاباتك ({n} عبارةً). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
      other: 'صُدّرت إجاباتك ({n} عبارة). إرسال الرمز أسهل: فهو يحمل الإجابات نفسها.',
    }),
    roleFirstMine: 'اختر دورك أولًا في قسم «عنك»، ثم أضف إجاباتك.',
  },
};
