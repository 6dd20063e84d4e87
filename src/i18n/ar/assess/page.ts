/** Arabic words for the self-assessment, one part of src/i18n/ar/assess.ts. The page's own markup, rendered at build time; apart because the page's scripts never need it. */
import type { Plural } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

const plural = (forms: Plural): Plural => forms;

export const assessPage: Pick<Dictionary['assess'], 'page'> = {
  /** The page's own markup (/assess/), rendered at build time; the page's scripts never need these. */
  page: {
    title: 'التقييم الذاتي',
    description:
      'مسح سريع لخدمتك في خمس دقائق، بعبارة واحدة لكل نمط إخفاق؛ تعمّق حيث يلزم، وقارن آراء فريقك دون أسماء.',
    heading: 'ما مدى جودة خدمتك فعلًا؟',
    /** {minutes} is a bare number, so the minutes are abbreviated (د) rather than agreed with it. */
    lede: plural({
      zero: 'يتكون المسح السريع من {n} عبارة، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
      one: 'يتكون المسح السريع من عبارة واحدة، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
      two: 'يتكون المسح السريع من عبارتين، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
      few: 'يتكون المسح السريع من {n} عبارات، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
      many: 'يتكون المسح السريع من {n} عبارةً، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
      other:
        'يتكون المسح السريع من {n} عبارة، عبارة لكل نمط إخفاق، ويستغرق نحو {minutes} د. تحصل منه على أنماط الإخفاق الأحوج إلى اهتمامك، ثم يمكنك التعمق في أبرزها.',
    }),
    howToAnswer:
      'أجب بحسب واقع الحال اليوم، لا بحسب ما يُفترض أن يكون. تبقى إجاباتك في هذا المتصفح وتُحفظ أولًا بأول؛ ولا يُرسَل شيء إلى أي مكان.',
    /** "Who sees your answers": {min} is the fewest people whose answers are ever shown together. */
    anonymity: {
      title: 'من يرى إجاباتك',
      stay: 'تبقى إجاباتك في هذا المتصفح، ولا تغادره إلا إذا نسخت رمز إجاباتك (أو صدّرت إجاباتك في ملف) وأرسلته بنفسك إلى أحد. ذكر اسمك اختياري.',
      /** {inATeam} is `inATeam`, in bold. */
      collector: '{inATeam}، يرسل الجميع رموزهم إلى شخص واحد يجمع الرموز ويلصقها في عرض الفريق. هذا الشخص:',
      inATeam: 'في الفريق',
      collectorSees: [
        'لا يرى شيئًا قبل أن تصل رموز {min} أشخاص على الأقل: الرمز الملصق وحده، أو رمزان، لا يُظهران أي إجابات في هذه الصفحة؛',
        'ثم لا يرى إلا المتوسطات، أي حاجة الفريق في كل نمط إخفاق وكل فئة، ولا يرى أبدًا إجابات شخص بعينه ولا قائمة بمن أجاب بماذا؛',
        'لا يرى القيادة (القادة والمديرين) والخط الأمامي منفصلين إلا إذا ضمّت كل منهما {min} أشخاص على الأقل، ولم يكن في دور «آخر» أحد أو كان فيه {min} على الأقل؛ وإلا فيُعرض الجميع معًا.',
      ],
      /** {lead} is `limitsLead`, in bold. */
      limits:
        '{lead} رمز الإجابات غير مشفّر. فهو يحمل دورك وإجاباتك، ويستطيع من لديه مهارة تقنية أن يقرأها من الرمز دون هذه الصفحة. ومع {min} أشخاص فقط يظل المتوسط يكشف شيئًا عن كل منهم، ويستطيع جامع الرموز الذي يضيف رموزًا من عنده، أو يقارن النتائج مع رمزك وبدونه، أن يستنتج أكثر. لذا لا ترسل رمزك إلا إلى شخص تأتمنه على إجاباتك: والأفضل جامع محايد من خارج تسلسلك الإداري، كأحد موظفي الموارد البشرية أو شخص من فريق آخر.',
      limitsLead: 'ما لا يستطيع هذا حمايته:',
      /** {lead} is `whyTeamLead`, in bold; {teamView} links to the team view, reading `teamViewLink`. */
      whyTeam:
        '{lead} كثيرًا ما يقيّم القادة الخدمة أفضل مما يقيّمها من يخدمون العملاء. أرسل هذه الصفحة إلى زملائك (قادة وقادة فرق وأشخاص من الخط الأمامي، {min} على الأقل من كل فئة لإجراء المقارنة). يجري كل منهم المسح السريع ويرسل رمز إجاباته إلى جامع الرموز، الذي يلصق الرموز في {teamView} ليرى أين تختلفون.',
      whyTeamLead: 'لماذا الفريق:',
      teamViewLink: 'عرض الفريق',
    },
    noScript:
      'يمكن قراءة العبارات أدناه دون JavaScript، لكن احتساب الدرجات يجري في متصفحك، لذا تحتاج النتائج والحفظ والرموز إليه.',
    aboutYou: 'عنك',
    roleLegend: 'دورك (مطلوب لمقارنة القيادة بالخط الأمامي)',
    /** The roles a person answers as, by id. */
    roles: { leader: 'قائد', manager: 'مدير', frontline: 'الخط الأمامي', other: 'آخر' },
    nameField: 'اسمك (اختياري؛ لا يرى الفريق الأسماء إلا في قائمة المشاركين، وبشرط أن يذكر الجميع أسماءهم)',
    companyField: 'اسم الشركة (اختياري؛ يُطبع على الدليل)',
    progressLabel: 'المسح السريع',
    /** The progress bar's own text, for browsers that show no bar. */
    progressValue: '{answered} من {total}',
    /** The answer scale in one line: "Scale: 1 not true of us · 2 rarely true …". */
    scaleKey: 'المقياس: {steps}.',
    scaleStep: '{value} {label}',
    scaleSeparator: ' · ',
    /** The scale's labels as they read inside the line above, from 1 to 5. */
    scaleInline: ['لا ينطبق علينا', 'نادرًا ما ينطبق', 'ينطبق أحيانًا', 'ينطبق غالبًا', 'ينطبق علينا تمامًا'],
    deeperNote: 'للتعمق: بقية العبارات وعلامات الإنذار.',
    signsSummary: 'علامات إنذار تلاحظها (اختياري)',
    signsLegend: 'علامات الإنذار التي تلاحظها في «{mode}»',
    showResults: 'عرض نتائجي',
    showAll: 'عرض كل العبارات، وعددها {total} (نحو {minutes} د)',
    startOver: 'البدء من جديد',
    confirmClear: 'هل تريد مسح كل الإجابات المحفوظة في هذا المتصفح؟',
    confirmYes: 'نعم، امسح كل الإجابات',
    confirmNo: 'الإبقاء على إجاباتي',
    resultsTitle: 'نتائجك',
    goDeeperThese: 'تعمّق في هذه الأنماط',
    shareTitle: 'أرسل إجاباتك إلى فريقك',
    answerCode: 'رمز إجاباتك',
    copyCode: 'نسخ الرمز',
    copyLink: 'نسخ رابط عرض الفريق',
    chartCaption: 'الحاجة حسب الفئة، من 0 (في حالة جيدة) إلى 100 (عاجل)',
    rankingTitle: 'أنماط الإخفاق، الأحوج أولًا',
    rankingNote: 'أنماط الإخفاق التي لها الدرجة نفسها تتشارك المرتبة: إجاباتك لا تقدّم أحدها على الآخر.',
    handbookTitle: 'دليلك',
    chapterCount: 'عدد فصول الدليل',
    buildHandbook: 'إنشاء هذا الدليل',
    downloadConfig: 'تنزيل إعدادات الدليل',
    exportAnswers: 'تصدير إجاباتي في ملف',
    print: 'طباعة',
    changeAnswers: 'تعديل الإجابات',
    /** {guide} links to the handbook guide, reading `guideLink`. */
    buildNote:
      'يفتح زر «إنشاء هذا الدليل» هذه الفصول في أداة إنشاء الدليل، في هذا المتصفح؛ وتعرض {guide} مثالًا.',
    guideLink: 'صفحة «عن دليل الشركة»',
    teamTitle: 'عرض الفريق',
    /** {link} links to "Who sees your answers", reading `teamIntroLink`. */
    teamIntro:
      'يجري كل شخص المسح السريع على جهازه، ويختار دوره، ويرسل إليك رمز إجاباته (أو الرابط المرفق به). الصق الرموز هنا؛ ولا بأس بعدة رموز دفعة واحدة. تُقرأ كلها في هذا المتصفح ولا تُرفع إلى أي مكان. تظهر النتائج بعد وصول رموز من {min} أشخاص على الأقل، ولا تظهر أبدًا إجابات شخص بعينه: راجع {link} لتعرف ما يحميه ذلك وما لا يحميه.',
    teamIntroLink: 'من يرى إجاباتك',
    teamCodes: 'رموز الإجابات من فريقك',
    addCodes: 'إضافة هذه الرموز',
    addMine: 'إضافة إجاباتي',
    teamFiles: 'أو اختر ملفات إجابات صُدّرت من هذه الصفحة (ملفات json.)',
    clearTeam: 'إزالة كل إجابات الفريق',
    teamChartCaption: 'حاجة الفريق حسب الفئة، من 0 (في حالة جيدة) إلى 100 (عاجل)',
    disagreementsTitle: 'أين يختلف فريقك أكثر',
    teamHandbookTitle: 'دليل الفريق',
    printTeam: 'طباعة التقرير في صفحة واحدة',
    downloadTeamConfig: 'تنزيل إعدادات دليل الفريق',
  },
};
