/** Arabic words for the self-assessment, one part of src/i18n/ar/assess.ts. The team's one-page report, printed or as Markdown (`playbook assess --format md`). */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessReport: Pick<Dictionary['assess'], 'report' | 'markdown'> = {
  /** The team's figures as the page and the one-page report word them. */
  report: {
    title: 'التقييم الذاتي للخدمة: تقرير الفريق',
    titleFor: 'التقييم الذاتي للخدمة: تقرير الفريق في {company}',
    respondents: 'أجاب {people}: {groups}.',
    respondentsNamed: 'أجاب {people}: {groups}. وذكر الجميع أسماءهم: {names}.',
    groups: {
      leadership: '{n} في القيادة',
      frontline: '{n} من الخط الأمامي',
      other: '{n} بدور «آخر»',
    },
    fewRaters: pluralForms({
      zero: 'لم يُستبعد أي نمط إخفاق لقلة من قيّموه (أقل من {min} أشخاص).',
      one: 'نمط إخفاق واحد قيّمه أقل من {min} أشخاص، فاستُبعد.',
      two: 'نمطا إخفاق قيّمهما أقل من {min} أشخاص، فاستُبعدا.',
      few: '{n} أنماط إخفاق قيّمها أقل من {min} أشخاص، فاستُبعدت.',
      many: '{n} نمطَ إخفاق قيّمها أقل من {min} أشخاص، فاستُبعدت.',
      other: '{n} نمط إخفاق قيّمها أقل من {min} أشخاص، فاستُبعدت.',
    }),
    dash: 'الشرطة تعني أن أقل من {min} أشخاص في تلك المجموعة قيّموا النمط (أو أن مجموعة أخرى بهذا الصغر)، لذا لا يظهر إلا رقم الفريق.',
    cutTie: pluralForms({
      zero: 'لا أنماط إخفاق أخرى بدرجة {need}: {modes}.',
      one: 'نمط إخفاق آخر درجته {need} أيضًا، متعادل مع الصفوف الأخيرة: {modes}.',
      two: 'نمطا إخفاق آخران درجتهما {need} أيضًا، متعادلان مع الصفوف الأخيرة: {modes}.',
      few: '{n} أنماط إخفاق أخرى درجتها {need} أيضًا، متعادلة مع الصفوف الأخيرة: {modes}.',
      many: '{n} نمطَ إخفاق آخر درجتها {need} أيضًا، متعادلة مع الصفوف الأخيرة: {modes}.',
      other: '{n} نمط إخفاق آخر درجتها {need} أيضًا، متعادلة مع الصفوف الأخيرة: {modes}.',
    }),
    topModes: pluralForms({
      zero: 'لا أنماط إخفاق',
      one: 'نمط الإخفاق الأحوج',
      two: 'نمطا الإخفاق الأحوج',
      few: 'أنماط الإخفاق الـ{n} الأحوج',
      many: 'أنماط الإخفاق الـ{n} الأحوج',
      other: 'أنماط الإخفاق الـ{n} الأحوج',
    }),
    noDisagreement: 'لا يوجد نمط إخفاق يتباعد فيه الفريق بـ{points} نقطة أو أكثر.',
    columns: {
      rank: '#',
      mode: 'نمط الإخفاق',
      team: 'الفريق',
      leadership: 'القيادة',
      frontline: 'الخط الأمامي',
      gap: 'الفجوة',
      scoredBy: 'طريقة التقييم',
    },
  },

  /** Only in the Markdown report (`playbook assess --format md`). */
  markdown: {
    countedOnce: pluralForms({
      zero: 'لم ترد أي مجموعة إجابات مرتين.',
      one: 'مجموعة إجابات واحدة وردت مرتين فاحتُسبت مرة واحدة.',
      two: 'مجموعتا إجابات وردتا مرتين فاحتُسبتا مرة واحدة.',
      few: '{n} مجموعات إجابات وردت مرتين فاحتُسبت مرة واحدة.',
      many: '{n} مجموعةَ إجابات وردت مرتين فاحتُسبت مرة واحدة.',
      other: '{n} مجموعة إجابات وردت مرتين فاحتُسبت مرة واحدة.',
    }),
    byCategory: 'الحاجة حسب الفئة',
    categoryColumns: { category: 'الفئة', need: 'الحاجة' },
    modeWithNeed: '{mode} ({reading})',
    disagreementsTitle: 'أين يختلف الفريق أكثر',
    disagreement: '{mode}: تتباعد درجات الأشخاص {points} نقطة أو أكثر',
    needScale: 'تمتد الحاجة من 0 (في حالة جيدة) إلى 100 (عاجل).',
    needScaleTied:
      'تمتد الحاجة من 0 (في حالة جيدة) إلى 100 (عاجل)؛ وتعني «2=» أن أنماط الإخفاق متعادلة في الدرجة نفسها.',
    gapMeaning:
      'الفجوة هي حاجة الخط الأمامي مطروحًا منها حاجة القيادة: تكون موجبة حيث يرى الخط الأمامي حاجة أكبر.',
  },
};
