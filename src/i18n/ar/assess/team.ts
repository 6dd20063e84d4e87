/** Arabic words for the self-assessment, one part of src/i18n/ar/assess.ts. The team view: adding people's answer codes, and the headline of where leadership and the front line disagree. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessTeam: Pick<Dictionary['assess'], 'team' | 'gap'> = {
  /** The team view: adding people's answers, its status line, and the figures. */
  team: {
    nothingAdded: 'لم يُضف شيء:',
    someAdded: 'أُضيفت بعض الرموز، لكن ليس هذه:',
    noCodeFound: 'لم يوجد رمز إجابات في النص؛ الرموز تبدأ بـ{prefix}',
    pasteFirst: 'الصق رمز إجابات واحدًا أو أكثر أولًا',
    /** One code among those pasted, as the notes name it. */
    codeSource: 'الرمز {n}',
    codeProblem: 'الرمز {n} ({start}…): {problem}.',
    addedLink: 'أُضيفت الإجابات من الرابط الذي فتحته.',
    addedMine: 'أُضيفت إجاباتك.',
    addedPeople: pluralForms({
      zero: 'لم تُضف إجابات أحد.',
      one: 'أُضيفت إجابات شخص واحد.',
      two: 'أُضيفت إجابات شخصين.',
      few: 'أُضيفت إجابات {n} أشخاص.',
      many: 'أُضيفت إجابات {n} شخصًا.',
      other: 'أُضيفت إجابات {n} شخص.',
    }),
    fileTooLarge: '{file}: حجمه {size} كيلوبايت، وملفات الإجابات لا تتجاوز {max} كيلوبايت',
    fileProblem: '{file}: {message}',
    fileFieldProblem: '{file}، {field}: {message}',
    filesRefused: pluralForms({
      zero: 'في بعض الملفات مشكلات، لذا لم يُضف شيء:',
      one: 'في ملف واحد مشكلة، لذا لم يُضف شيء:',
      two: 'في ملفين مشكلات، لذا لم يُضف شيء:',
      few: 'في بعض الملفات مشكلات، لذا لم يُضف شيء:',
      many: 'في بعض الملفات مشكلات، لذا لم يُضف شيء:',
      other: 'في بعض الملفات مشكلات، لذا لم يُضف شيء:',
    }),
    addedFiles: pluralForms({
      zero: 'لم يُضف أي ملف.',
      one: 'أُضيف ملف واحد.',
      two: 'أُضيف ملفان.',
      few: 'أُضيفت {n} ملفات.',
      many: 'أُضيف {n} ملفًا.',
      other: 'أُضيف {n} ملف.',
    }),
    noAnswers: 'لا إجابات بعد.',
    combined: pluralForms({
      zero: 'لم تُجمع إجابات أحد.',
      one: 'جُمعت إجابات شخص واحد.',
      two: 'جُمعت إجابات شخصين.',
      few: 'جُمعت إجابات {n} أشخاص.',
      many: 'جُمعت إجابات {n} شخصًا.',
      other: 'جُمعت إجابات {n} شخص.',
    }),
    removed: 'أُزيلت كل إجابات الفريق.',
    tieWhy:
      'إجابات الفريق لا تقدّم أيًّا منها على غيره، فاختر ما تبدأ به، أو اطلب من الزملاء التعمق فيها وإرسال رموزهم من جديد للتمييز بينها.',
    basis: pluralForms({
      zero: 'الإجابات المجمّعة',
      one: 'الإجابات المجمّعة من شخص واحد',
      two: 'الإجابات المجمّعة من شخصين',
      few: 'الإجابات المجمّعة من {n} أشخاص',
      many: 'الإجابات المجمّعة من {n} شخصًا',
      other: 'الإجابات المجمّعة من {n} شخص',
    }),
    downloaded: 'نُزّل ملف الفريق handbook.yaml، وهو إعدادات دليله: افتحه في أداة إنشاء الدليل لتكمل.',
    companyName: 'اسم الشركة',
    /** {link} links to the failure mode about this gap, reading `gapModeLink`. */
    gapMode: 'فجوة كهذه نمط إخفاق قائم بذاته: {link}. عالجها أولًا، وإلا فستستهدف الخطة المشكلات الخطأ.',
    gapModeLink: 'القادة يقيّمون الخدمة أعلى مما يقيّمها العملاء والموظفون',
    disagreement: 'تتباعد درجات الأشخاص {points} نقطة أو أكثر؛ ناقشوا هذا النمط قبل أن تقرروا.',
    /** The table's caption: {what} says which rows it holds, on screen and in print. */
    tableCaption: '{what} (الحاجة من 0 إلى 100؛ 2= تعني التعادل)',
    tableOnScreen: 'كل نمط إخفاق قيّمه {min} أشخاص أو أكثر، الأحوج لدى الفريق أولًا',
  },

  /** The headline of a team view: how far leadership and the front line are apart. */
  gap: {
    tooFew: pluralForms({
      zero: 'لا إجابات حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
      one: 'إجابات من شخص واحد حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
      two: 'إجابات من شخصين حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
      few: 'إجابات من {n} أشخاص حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
      many: 'إجابات من {n} شخصًا حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
      other:
        'إجابات من {n} شخص حتى الآن: تظهر نتائج الفريق ابتداءً من {min} أشخاص، حتى لا يمكن قراءة إجابات أحد بمفرده',
    }),
    merged: 'تُعرض القيادة والخط الأمامي معًا، لأنه {why}',
    mergedWhy: 'لم يُجب إلا {groups}',
    /** A group too small to show apart, with how many people are in it. */
    groupCounts: {
      leadership: pluralForms({
        zero: 'لا أحد في القيادة',
        one: 'شخص واحد في القيادة',
        two: 'شخصان في القيادة',
        few: '{n} أشخاص في القيادة',
        many: '{n} شخصًا في القيادة',
        other: '{n} شخص في القيادة',
      }),
      frontline: pluralForms({
        zero: 'لا أحد من الخط الأمامي',
        one: 'شخص واحد من الخط الأمامي',
        two: 'شخصان من الخط الأمامي',
        few: '{n} أشخاص من الخط الأمامي',
        many: '{n} شخصًا من الخط الأمامي',
        other: '{n} شخص من الخط الأمامي',
      }),
      other: pluralForms({
        zero: 'لا أحد بدور «آخر»',
        one: 'شخص واحد بدور «آخر»',
        two: 'شخصان بدور «آخر»',
        few: '{n} أشخاص بدور «آخر»',
        many: '{n} شخصًا بدور «آخر»',
        other: '{n} شخص بدور «آخر»',
      }),
    },
    mergedDetail:
      'لا تُعرض المجموعة منفصلة إلا ابتداءً من {min} أشخاص، حتى لا يمكن استنتاج إجابات أحد من أرقامها؛ وإجابات الجميع تُحتسب في أرقام الفريق أدناه.',
    noFrontline: 'لا إجابات من الخط الأمامي بعد، لذا لا يمكن مقارنة القيادة بالخط الأمامي',
    noLeadership: 'لا إجابات من القادة أو المديرين بعد، لذا لا يمكن مقارنة القيادة بالخط الأمامي',
    noOverlap: 'قيّمت القيادة والخط الأمامي أنماط إخفاق مختلفة، لذا لا يمكن المقارنة بينهما بعد',
    apart: pluralForms({
      zero: 'دون فارق في المتوسط لكل نمط إخفاق',
      one: 'بفارق نقطة واحدة في المتوسط لكل نمط إخفاق',
      two: 'بفارق نقطتين في المتوسط لكل نمط إخفاق',
      few: 'بفارق {n} نقاط في المتوسط لكل نمط إخفاق',
      many: 'بفارق {n} نقطة في المتوسط لكل نمط إخفاق',
      other: 'بفارق {n} نقطة في المتوسط لكل نمط إخفاق',
    }),
    /** {apart} is `apart`; {wide} of {compared} modes are {points} or more points apart. */
    agree: 'تتفق القيادة والخط الأمامي إلى حد كبير: {apart}، ولا يختلف أي نمط إخفاق بـ{points} نقطة أو أكثر',
    frontlineHigher:
      'يرى الخط الأمامي حاجة أكبر مما تراها القيادة: {apart}، وفي {wide} من أصل {compared} من أنماط الإخفاق يبلغ الفارق {points} نقطة أو أكثر',
    leadershipHigher:
      'ترى القيادة حاجة أكبر مما يراها الخط الأمامي: {apart}، وفي {wide} من أصل {compared} من أنماط الإخفاق يبلغ الفارق {points} نقطة أو أكثر',
    bothWays:
      'تختلف القيادة والخط الأمامي في الاتجاهين: {apart}، وفي {wide} من أصل {compared} من أنماط الإخفاق يبلغ الفارق {points} نقطة أو أكثر',
    averages:
      'متوسط الحاجة في {modes} (ما قيّمته المجموعتان كلتاهما): القيادة {leadership} من 100 ({leadershipPeople})، والخط الأمامي {frontline} من 100 ({frontlinePeople}).',
    /** The widest gaps in one direction; {modes} counts the wide ones, {widest} names them. */
    frontlineWide: 'يرى الخط الأمامي حاجة أكبر بـ{points} نقطة أو أكثر في {modes}. الأوسع فارقًا: {widest}.',
    frontlineSome: 'يرى الخط الأمامي حاجة أكبر بعض الشيء في بعض أنماط الإخفاق. الأوسع فارقًا: {widest}.',
    leadershipWide: 'ترى القيادة حاجة أكبر بـ{points} نقطة أو أكثر في {modes}. الأوسع فارقًا: {widest}.',
    leadershipSome: 'ترى القيادة حاجة أكبر بعض الشيء في بعض أنماط الإخفاق. الأوسع فارقًا: {widest}.',
    widest: '{mode} (القيادة {leadership}، الخط الأمامي {frontline})',
    widestSeparator: '؛ ',
  },
};
