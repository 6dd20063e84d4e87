/** Arabic words for the handbook builder's page around the form (introduction, start and output panels), apart so a translator sees what greets a visitor on one screen; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/** The page around the form: its title, its introduction, the start and the output panels. */
export const page: Dictionary['builder']['page'] = {
  title: 'أداة إنشاء الدليل',
  description:
    'أنشئ دليل الخدمة لشركتك في المتصفح: اختر الفصول، وحدّد معاييرك وهويتك البصرية، ثم استعرض الدليل واطبعه ونزّله. لا يغادر شيء متصفحك.',
  heading: 'أنشئ دليل الخدمة لشركتك',
  lede: 'املأ النموذج فيتشكّل دليلك بجانبه؛ ثم اطبعه أو نزّل ملفاته. يبقى كل شيء في هذا المتصفح: لا يُرسَل شيء مما تكتبه إلى أي مكان، وتبقى مسودتك محفوظة هنا إلى أن تبدأ من جديد.',
  /** Shown when JavaScript is off; {modes} is the link `noScriptModes`. */
  noScript:
    'تعمل الأداة في متصفحك وتحتاج إلى JavaScript: فعّله لهذا الموقع لتستخدمها. أما {modes} ونشراتها القابلة للطباعة فتعمل من دونه.',
  noScriptModes: 'صفحات أنماط الإخفاق',
  /** Shown when the list of failure modes the builder fetches as it starts does not arrive. */
  libraryUnavailable:
    'تعذّر على الأداة تحميل قائمة أنماط الإخفاق، لذا لا يمكنها أن تبدأ. تحقق من الاتصال وأعد تحميل الصفحة.',
  startFrom: 'البدء من',
  startBlank: 'نموذج فارغ',
  startFile: 'ملف إعدادات حفظته…',
  /** {assessment} is the link `fromAssessmentLink`; the quoted words are the assessment's link to this page. */
  fromAssessment: 'هل أتيت من {assessment}؟ في نتائجه رابط «إنشاء هذا الدليل» ينقل أولوياتك إلى هنا.',
  fromAssessmentLink: 'التقييم الذاتي',
  output: 'دليلك',
  print: 'طباعة / حفظ بصيغة PDF',
  toDownloads: 'التنزيلات',
  previewPlaceholder: 'يظهر دليلك هنا كلما ملأت النموذج.',
  files: 'تنزيل الملفات',
  /** A download: {file} is its button (the file's name), {summary} what it holds. */
  file: '{file} ({summary})',
  icsNeedsDate: '(يحتاج إلى تاريخ أول جلسة تدريبية)',
  configSummary: 'إعداداتك: ملف يمكنك فتحه هنا لاحقًا لتكمل من حيث توقفت',
  /** The heading over a per-chapter format's downloads: "Handouts, one per chapter". */
  perChapter: '{title}، واحدة لكل فصل',
  startOver: 'البدء من جديد',
};
