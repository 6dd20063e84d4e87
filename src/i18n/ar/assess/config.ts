/** Arabic words for the self-assessment, one part of src/i18n/ar/assess.ts. The handbook config the assessment writes (its values and comments), and what writing a name into it changed. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessConfig: Pick<Dictionary['assess'], 'configText' | 'config'> = {
  /** What writing a name into a config changed; {what} names it ("The company name"). */
  configText: {
    removed:
      '{what}: كان يحتوي على محارف تحكم غير مرئية ({characters}) لا يجوز أن يحتويها الدليل، فحُذفت؛ تحقق من قراءته',
    cut: '{what}: كان أطول من الحد الذي يسمح به الدليل ({max} من الأحرف)، فاقتُطع؛ تحقق من قراءته',
    both: '{what}: كان يحتوي على محارف تحكم غير مرئية ({characters}) لا يجوز أن يحتويها الدليل، فحُذفت، وكان أطول من الحد الذي يسمح به الدليل ({max} من الأحرف)، فاقتُطع؛ تحقق من قراءته',
    /** A status line followed by such a note. */
    withNote: '{status} {note}.',
  },

  /** The handbook config the assessment writes: its starting values and its comments. */
  config: {
    company: 'شركتك',
    vision: 'يغادر كل عميل وهو يعرف بالضبط ما سيحدث بعد ذلك.',
    firstResponse: 'ساعتين',
    callback: 'يوم العمل نفسه',
    refundLimit: '200 درهم',
    /** The header's first line: `playbook assess --force` replaces only a file that starts with it. */
    header: 'إعدادات دليل أعدّها التقييم الذاتي في service-playbook.',
    chapters: pluralForms({
      zero: 'لا فصول أدناه من {basis}.',
      one: 'الفصل أدناه هو نمط الإخفاق الأحوج في {basis}.',
      two: 'الفصلان أدناه هما نمطا الإخفاق الأحوج في {basis}، الأحوج أولًا.',
      few: 'الفصول أدناه هي أنماط الإخفاق الـ{n} الأحوج في {basis}، الأحوج أولًا.',
      many: 'الفصول أدناه هي أنماط الإخفاق الـ{n} الأحوج في {basis}، الأحوج أولًا.',
      other: 'الفصول أدناه هي أنماط الإخفاق الـ{n} الأحوج في {basis}، الأحوج أولًا.',
    }),
    tieAll: pluralForms({
      zero: 'لا أنماط متعادلة عند {need} من 100 على {where}.',
      one: 'نمط إخفاق واحد عند {need} من 100 على {where}، وقد أُدرج. أزله إن لم تُرده.',
      two: 'يتعادل نمطا إخفاق عند {need} من 100 على {where}؛ ولا تقدّم الإجابات أحدهما على الآخر، لذا أُدرج كلاهما. أزل ما لا تريده.',
      few: 'تتعادل {n} أنماط إخفاق عند {need} من 100 على {where}؛ ولا تقدّم الإجابات أيًّا منها على غيره، لذا أُدرجت كلها. أزل ما لا تريده.',
      many: 'يتعادل {n} نمطَ إخفاق عند {need} من 100 على {where}؛ ولا تقدّم الإجابات أيًّا منها على غيره، لذا أُدرجت كلها. أزل ما لا تريده.',
      other:
        'يتعادل {n} نمط إخفاق عند {need} من 100 على {where}؛ ولا تقدّم الإجابات أيًّا منها على غيره، لذا أُدرجت كلها. أزل ما لا تريده.',
    }),
    tieNoneChosen: pluralForms({
      zero: 'لا أنماط متعادلة عند {need} من 100 على {where}.',
      one: 'نمط إخفاق واحد عند {need} من 100 على {where}، ولم يُختر.',
      two: 'يتعادل نمطا إخفاق عند {need} من 100 على {where}؛ ولم يُختر أي منهما.',
      few: 'تتعادل {n} أنماط إخفاق عند {need} من 100 على {where}؛ ولم يُختر أي منها.',
      many: 'يتعادل {n} نمطَ إخفاق عند {need} من 100 على {where}؛ ولم يُختر أي منها.',
      other: 'يتعادل {n} نمط إخفاق عند {need} من 100 على {where}؛ ولم يُختر أي منها.',
    }),
    /** {n} is how many were chosen, {tied} how many tie. */
    tieChosen: pluralForms({
      zero: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ ولم يُختر أي منها.',
      one: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها واحد.',
      two: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها اثنان.',
      few: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها {n}.',
      many: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها {n}.',
      other: 'تتعادل أنماط إخفاق عددها {tied} عند {need} من 100 على {where}؛ واختير منها {n}.',
    }),
    lastPlaces: pluralForms({
      zero: 'لا مواضع',
      one: 'الموضع الأخير',
      two: 'الموضعين الأخيرين',
      few: 'المواضع الأخيرة ({n})',
      many: 'المواضع الأخيرة ({n})',
      other: 'المواضع الأخيرة ({n})',
    }),
    editThen: 'عدّل الأسطر التي تبدأ بكلمة «للتعديل»، ثم افحص الدليل وأنشئه:',
    validate: 'npx playbook validate --config <هذا الملف>',
    generate: 'npx playbook generate --config <هذا الملف>',
    companyNote: 'للتعديل: اسم شركتك كما يعرفه العملاء',
    visionNote: 'للتعديل: الجملة الواحدة التي ينبغي أن يستطيع كل موظف ترديدها عن الخدمة التي تقدمونها.',
    prioritiesNote:
      'الفصول، الأحوج أولًا. غيّر ترتيب المعرّفات أو أزلها أو أضف غيرها؛ ويعرضها كلها الأمر `npx playbook list`.',
    priority: 'الحاجة {need} من 100',
    priorityTied: 'الحاجة {need} من 100، متعادل',
    /** A chapter's note with the warning signs ticked: {note} is one of the two above. */
    priorityWithSigns: pluralForms({
      zero: '{note}؛ لا علامات إنذار محددة',
      one: '{note}؛ علامة إنذار واحدة محددة',
      two: '{note}؛ علامتا إنذار محددتان',
      few: '{note}؛ {n} علامات إنذار محددة',
      many: '{note}؛ {n} علامةَ إنذار محددة',
      other: '{note}؛ {n} علامة إنذار محددة',
    }),
    includeNote:
      'القيمة "priorities" تطبع تلك الفصول فقط؛ والقيمة "all" تضيف ملحقًا مختصرًا بكل أنماط الإخفاق الأخرى.',
    standardsNote:
      'للتعديل: الوعود التي تقطعها لعملائك. تقتبسها الفصول بعد كلمة «خلال»، مثل «رد أول خلال ساعة واحدة».',
    refundLimitNote: 'المبلغ الذي يحق لموظف الخط الأمامي أن يردّه دون الرجوع إلى أحد.',
    empowermentNote: 'من يقرر ماذا دون استئذان. إن لم توجد صفوف يعرض الدليل جدولًا نموذجيًا بدلًا منها.',
    localeNote: 'en-US أو en-CA لورق Letter الأمريكي والتواريخ الأمريكية',
    dateNote: 'تاريخ الغلاف',
    formatsNote: 'ومن الممكن أيضًا: pdf (يحتاج إلى Chromium)، وics (تقويم التدريب).',
    trainingNote: 'جلسة تدريبية واحدة لكل فصل، ابتداءً من هذا التاريخ.',
    /** {values} are the other cadences a config accepts, as written in it. */
    cadenceNote: 'أو {values}',
    trainingLater: 'اختياري: ضع تواريخ لخطة التدريب، جلسة واحدة لكل فصل.',
    nothingToWrite: 'لا شيء يوضع في الدليل بعد: أجب عن عبارة واحدة على الأقل أولًا',
  },
};
