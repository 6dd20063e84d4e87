/** Spanish words for the formats a handbook comes in (the table of outputs, browser printing, Word): one part of the dictionary src/i18n/es.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const outputs: Dictionary['outputs'] = {
  // By format: its heading, what a person gets (the help and the builder), its PDFs' titles and
  // subjects, and the command line's progress lines about it, which the table holds too.
  html: {
    title: 'Manual',
    summary: 'el manual como una sola página web: se abre en cualquier navegador y se imprime bien',
    wrote: 'Creado handbook.html',
  },
  md: {
    title: 'Manual para una wiki',
    summary: 'el manual en Markdown, para una wiki',
    wrote: 'Creado handbook.md',
  },
  pdf: {
    title: 'Manual en PDF',
    summary: 'el manual como PDF con índice numerado y marcadores (impreso con Chromium)',
    subject: 'Manual de servicio',
    /** {installHint} says how to install Chromium (src/render/pdf/install-hint.ts). */
    withoutChromium: '{installHint} O abre handbook.html en un navegador e imprímelo como PDF.',
  },
  handouts: {
    title: 'Fichas',
    summary: 'una ficha de formación de una página por capítulo (HTML, y PDF con Chromium)',
    chapterLabel: 'Ficha {n}: {title}',
    files: 'handouts/NN-<id>.html y .pdf',
    wrote: pluralForms({ one: 'Creada {n} ficha (HTML)', other: 'Creadas {n} fichas (HTML)' }),
    pdfTitle: 'Ficha: {title}',
    subject: 'Ficha de formación',
    withoutChromium: 'No se encontró Chromium; las fichas en HTML se imprimen desde cualquier navegador.',
  },
  kits: {
    title: 'Kits de formación',
    summary: 'una hoja de facilitación y tarjetas recortables por capítulo (HTML, y PDF con Chromium)',
    chapterLabel: 'Kit {n}: {title}',
    files: 'kits/NN-<id>.html y .pdf',
    wrote: pluralForms({
      one: 'Creado {n} kit de formación (HTML)',
      other: 'Creados {n} kits de formación (HTML)',
    }),
    pdfTitle: 'Kit de formación: {title}',
    subject: 'Hoja de facilitación y tarjetas',
    withoutChromium: 'No se encontró Chromium; los kits en HTML se imprimen desde cualquier navegador.',
  },
  ics: {
    title: 'Calendario de formación',
    summary: 'las sesiones de formación y sus repasos, para un calendario',
    cannotMake:
      'el calendario necesita la fecha de la primera sesión, p. ej., "training: { start: 2025-09-08, cadence: weekly }"',
    wrote: pluralForms({
      one: 'Creado training-plan.ics ({n} sesión y después repasos)',
      other: 'Creado training-plan.ics ({n} sesiones y después repasos)',
    }),
  },
  worksheets: {
    title: 'Hojas de trabajo',
    summary:
      'los formularios que las acciones de los capítulos piden completar, una página impresa cada uno (HTML, y PDF con Chromium)',
    wrote: pluralForms({
      one: 'Creado worksheets.html ({n} hoja de trabajo)',
      other: 'Creado worksheets.html ({n} hojas de trabajo)',
    }),
    none: 'No se creó ninguna hoja de trabajo: las acciones de los capítulos no usan ninguna',
    pdfTitle: 'Hojas de trabajo: {company}',
    subject: 'Hojas de trabajo',
    withoutChromium: 'No se encontró Chromium; worksheets.html se imprime desde cualquier navegador.',
  },
  /** Keywords written into every PDF's properties. */
  keywords: {
    all: 'atención al cliente',
    handbook: 'manual',
    training: 'formación',
    kit: 'kit',
    worksheet: 'hoja de trabajo',
  },
};

export const print: Dictionary['print'] = {
  /** The hidden frame the builder prints the handbook from, named for assistive technology. */
  handbookFrame: 'El manual tal como se imprime',
};

export const docx: Dictionary['docx'] = {
  title: 'Manual para Word',
  summary:
    'el manual como documento de Word editable, para revisarlo con Control de cambios; también se abre en LibreOffice y Google Docs',
  wrote: 'Creado handbook.docx',
  /** The progress line when the logo cannot go into a Word document; {type} is e.g. "SVG". */
  wroteWithoutLogo:
    'Creado handbook.docx sin el logotipo: Word necesita un logotipo PNG, JPEG o GIF y este es {type}; expórtalo como PNG para que aparezca en la portada',
  /** Every page's footer but the cover's; {n} and {total} become Word's page fields. */
  pageOf: 'Página {n} de {total}',
  /** The first column of a table of diagnostic statements with tick boxes. */
  statement: 'Afirmación',
  /** The document's subject, in File > Properties. */
  subject: 'Manual de servicio',
};
