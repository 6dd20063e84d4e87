/** Arabic words for the handbook builder's settings file it writes, apart because these words land in a downloaded file, not on the page; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/**
 * The comments in the config.yaml the builder writes (through src/core/config/writer.ts, which
 * writes no words of its own): the lines at the top, and one above each field. {site} is the
 * site's name. Setting names and values stay in English quotes: they are what the file holds.
 */
export const configFile: Dictionary['builder']['configFile'] = {
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
};
