/** Arabic words for the formats a handbook comes in (the table of outputs, browser printing, Word): one part of the dictionary src/i18n/ar.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const outputs: Dictionary['outputs'] = {
  // By format: its heading, what a person gets (the help and the builder), its PDFs' titles and
  // subjects, and the command line's progress lines about it, which the table holds too.
  html: {
    title: 'الدليل',
    summary: 'الدليل في صفحة ويب واحدة: يُفتح في أي متصفح ويُطبع جيدًا',
    wrote: 'كُتب الملف handbook.html',
  },
  md: {
    title: 'الدليل لموقع ويكي',
    summary: 'الدليل بتنسيق Markdown، لموقع ويكي',
    wrote: 'كُتب الملف handbook.md',
  },
  pdf: {
    title: 'الدليل بصيغة PDF',
    summary: 'الدليل في ملف PDF بفهرس مرقّم وإشارات مرجعية (يُطبع باستخدام Chromium)',
    subject: 'دليل الخدمة',
    /** {installHint} says how to install Chromium (src/render/pdf/install-hint.ts). */
    withoutChromium: '{installHint} أو افتح handbook.html في متصفح واطبعه بصيغة PDF.',
  },
  handouts: {
    title: 'النشرات',
    summary: 'نشرة تدريبية من صفحة واحدة لكل فصل (HTML، وPDF باستخدام Chromium)',
    chapterLabel: 'النشرة {n}: {title}',
    files: 'handouts/NN-<id>.html و.pdf',
    wrote: pluralForms({
      zero: 'لم تُكتب أي نشرة (HTML)',
      one: 'كُتبت نشرة واحدة (HTML)',
      two: 'كُتبت نشرتان (HTML)',
      few: 'كُتبت {n} نشرات (HTML)',
      many: 'كُتبت {n} نشرة (HTML)',
      other: 'كُتبت {n} نشرة (HTML)',
    }),
    pdfTitle: 'نشرة: {title}',
    subject: 'نشرة تدريبية',
    withoutChromium: 'لم يُعثر على Chromium؛ ويمكن طباعة نشرات HTML من أي متصفح.',
  },
  kits: {
    title: 'الحقائب التدريبية',
    summary: 'ورقة للميسّر وبطاقات للقص لكل فصل (HTML، وPDF باستخدام Chromium)',
    chapterLabel: 'الحقيبة {n}: {title}',
    files: 'kits/NN-<id>.html و.pdf',
    wrote: pluralForms({
      zero: 'لم تُكتب أي حقيبة تدريبية (HTML)',
      one: 'كُتبت حقيبة تدريبية واحدة (HTML)',
      two: 'كُتبت حقيبتان تدريبيتان (HTML)',
      few: 'كُتبت {n} حقائب تدريبية (HTML)',
      many: 'كُتبت {n} حقيبة تدريبية (HTML)',
      other: 'كُتبت {n} حقيبة تدريبية (HTML)',
    }),
    pdfTitle: 'الحقيبة التدريبية: {title}',
    subject: 'ورقة الميسّر والبطاقات',
    withoutChromium: 'لم يُعثر على Chromium؛ ويمكن طباعة حقائب HTML من أي متصفح.',
  },
  ics: {
    title: 'تقويم التدريب',
    summary: 'الجلسات التدريبية وجلساتها التذكيرية، لإضافتها إلى التقويم',
    cannotMake:
      'يحتاج التقويم إلى تاريخ الجلسة الأولى، مثلًا "training: { start: 2025-09-08, cadence: weekly }"',
    wrote: pluralForms({
      zero: 'كُتب الملف training-plan.ics (لا جلسات)',
      one: 'كُتب الملف training-plan.ics (جلسة واحدة، ثم الجلسات التذكيرية)',
      two: 'كُتب الملف training-plan.ics (جلستان، ثم الجلسات التذكيرية)',
      few: 'كُتب الملف training-plan.ics ({n} جلسات، ثم الجلسات التذكيرية)',
      many: 'كُتب الملف training-plan.ics ({n} جلسة، ثم الجلسات التذكيرية)',
      other: 'كُتب الملف training-plan.ics ({n} جلسة، ثم الجلسات التذكيرية)',
    }),
  },
  worksheets: {
    title: 'أوراق العمل',
    summary:
      'النماذج التي تطلب منك إجراءات الفصول تعبئتها، كل منها في صفحة مطبوعة واحدة (HTML، وPDF باستخدام Chromium)',
    wrote: pluralForms({
      zero: 'كُتب الملف worksheets.html (لا أوراق عمل)',
      one: 'كُتب الملف worksheets.html (ورقة عمل واحدة)',
      two: 'كُتب الملف worksheets.html (ورقتا عمل)',
      few: 'كُتب الملف worksheets.html ({n} أوراق عمل)',
      many: 'كُتب الملف worksheets.html ({n} ورقة عمل)',
      other: 'كُتب الملف worksheets.html ({n} ورقة عمل)',
    }),
    none: 'لم تُكتب أوراق عمل: إجراءات الفصول لا تستخدم أيًّا منها',
    pdfTitle: 'أوراق العمل: {company}',
    subject: 'أوراق العمل',
    withoutChromium: 'لم يُعثر على Chromium؛ ويمكن طباعة worksheets.html من أي متصفح.',
  },
  /** Keywords written into every PDF's properties. */
  keywords: {
    all: 'خدمة العملاء',
    handbook: 'دليل',
    training: 'تدريب',
    kit: 'حقيبة تدريبية',
    worksheet: 'ورقة عمل',
  },
};

export const print: Dictionary['print'] = {
  /** The hidden frame the builder prints the handbook from, named for assistive technology. */
  handbookFrame: 'الدليل كما يُطبع',
};

export const docx: Dictionary['docx'] = {
  title: 'الدليل لبرنامج Word',
  summary:
    'الدليل في مستند Word قابل للتعديل، للمراجعة بخاصية تتبع التغييرات؛ ويُفتح أيضًا في LibreOffice وGoogle Docs',
  wrote: 'كُتب الملف handbook.docx',
  /** The progress line when the logo cannot go into a Word document; {type} is e.g. "SVG". */
  wroteWithoutLogo:
    'كُتب الملف handbook.docx دون الشعار: يحتاج Word إلى شعار بصيغة PNG أو JPEG أو GIF، وهذا الشعار بصيغة {type}؛ صدّره بصيغة PNG ليظهر على الغلاف',
  /** Every page's footer but the cover's; {n} and {total} become Word's page fields. */
  pageOf: 'الصفحة {n} من {total}',
  /** The first column of a table of diagnostic statements with tick boxes. */
  statement: 'العبارة',
  /** The document's subject, in File > Properties. */
  subject: 'دليل الخدمة',
};
