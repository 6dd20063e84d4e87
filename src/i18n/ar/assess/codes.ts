/** Arabic words for the self-assessment, one part of src/i18n/ar/assess.ts. Why a pasted answer code is refused or counted once, told to the person who collects the codes. */
import type { Dictionary } from '../../index.ts';

export const assessCodes: Pick<Dictionary['assess'], 'code' | 'duplicates'> = {
  /** Why an answer code cannot be read, for the person who pasted it. */
  code: {
    notACode: 'ليس رمز إجابات: الرموز تبدأ بـ{prefix}',
    otherVersion: 'أُنشئ بإصدار آخر من التقييم ({version})؛ اطلب الإجابات من جديد من هذه الصفحة',
    stray: 'يحتوي على «{character}»، وهو ما لا يحتويه أي رمز؛ انسخ الرمز من جديد',
    aSpace: 'مسافة',
    incomplete: 'ناقص أو فيه خطأ في الكتابة (مجموع التحقق غير مطابق)؛ اطلب من صاحبه نسخ الرمز كاملًا من جديد',
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
};
