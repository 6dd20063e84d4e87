/** German words for the formats a handbook comes in (the table of outputs, browser printing, Word): one part of the dictionary src/i18n/de.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const outputs: Dictionary['outputs'] = {
  // By format: its heading, what a person gets (the help and the builder), its PDFs' titles and
  // subjects, and the command line's progress lines about it, which the table holds too.
  html: {
    title: 'Handbuch',
    summary: 'das Handbuch als eine Webseite: öffnet sich in jedem Browser und druckt sauber',
    wrote: 'handbook.html geschrieben',
  },
  md: {
    title: 'Handbuch für ein Wiki',
    summary: 'das Handbuch als Markdown, für ein Wiki',
    wrote: 'handbook.md geschrieben',
  },
  pdf: {
    title: 'Handbuch als PDF',
    summary:
      'das Handbuch als PDF mit nummeriertem Inhaltsverzeichnis und Lesezeichen (gedruckt mit Chromium)',
    subject: 'Servicehandbuch',
    /** {installHint} says how to install Chromium (src/render/pdf/install-hint.ts). */
    withoutChromium:
      '{installHint} Oder öffnen Sie handbook.html in einem Browser und drucken Sie es als PDF.',
  },
  handouts: {
    title: 'Handouts',
    summary: 'ein einseitiges Trainings-Handout pro Kapitel (HTML, und PDF mit Chromium)',
    chapterLabel: 'Handout {n}: {title}',
    files: 'handouts/NN-<id>.html und .pdf',
    wrote: pluralForms({ one: '{n} Handout geschrieben (HTML)', other: '{n} Handouts geschrieben (HTML)' }),
    pdfTitle: 'Handout: {title}',
    subject: 'Trainings-Handout',
    withoutChromium:
      'Chromium wurde nicht gefunden; die HTML-Handouts lassen sich aus jedem Browser drucken.',
  },
  kits: {
    title: 'Trainingsmappen',
    summary: 'ein Moderationsblatt und Karten zum Ausschneiden pro Kapitel (HTML, und PDF mit Chromium)',
    chapterLabel: 'Mappe {n}: {title}',
    files: 'kits/NN-<id>.html und .pdf',
    wrote: pluralForms({
      one: '{n} Trainingsmappe geschrieben (HTML)',
      other: '{n} Trainingsmappen geschrieben (HTML)',
    }),
    pdfTitle: 'Trainingsmappe: {title}',
    subject: 'Moderationsblatt und Karten',
    withoutChromium: 'Chromium wurde nicht gefunden; die HTML-Mappen lassen sich aus jedem Browser drucken.',
  },
  ics: {
    title: 'Trainingskalender',
    summary: 'die Trainingseinheiten und ihre Auffrischungen, für einen Kalender',
    cannotMake:
      'der Kalender braucht das Datum der ersten Einheit, z. B. "training: { start: 2025-09-08, cadence: weekly }"',
    wrote: pluralForms({
      one: 'training-plan.ics geschrieben ({n} Einheit, dann Auffrischungen)',
      other: 'training-plan.ics geschrieben ({n} Einheiten, dann Auffrischungen)',
    }),
  },
  worksheets: {
    title: 'Arbeitsblätter',
    summary:
      'die Formulare, die Sie für die Maßnahmen der Kapitel ausfüllen, je eine gedruckte Seite (HTML, und PDF mit Chromium)',
    wrote: pluralForms({
      one: 'worksheets.html geschrieben ({n} Arbeitsblatt)',
      other: 'worksheets.html geschrieben ({n} Arbeitsblätter)',
    }),
    none: 'Keine Arbeitsblätter geschrieben: Die Maßnahmen der Kapitel verwenden keine',
    pdfTitle: 'Arbeitsblätter: {company}',
    subject: 'Arbeitsblätter',
    withoutChromium: 'Chromium wurde nicht gefunden; worksheets.html lässt sich aus jedem Browser drucken.',
  },
  /** Keywords written into every PDF's properties. */
  keywords: {
    all: 'Kundenservice',
    handbook: 'Handbuch',
    training: 'Schulung',
    kit: 'Trainingsmappe',
    worksheet: 'Arbeitsblatt',
  },
};

export const print: Dictionary['print'] = {
  /** The hidden frame the builder prints the handbook from, named for assistive technology. */
  handbookFrame: 'Das Handbuch in der Druckfassung',
};

export const docx: Dictionary['docx'] = {
  title: 'Handbuch für Word',
  summary:
    'das Handbuch als bearbeitbares Word-Dokument, zum Überarbeiten mit „Änderungen nachverfolgen“; es öffnet sich auch in LibreOffice und Google Docs',
  wrote: 'handbook.docx geschrieben',
  /** The progress line when the logo cannot go into a Word document; {type} is e.g. "SVG". */
  wroteWithoutLogo:
    'handbook.docx ohne Logo geschrieben: Word braucht ein Logo als PNG, JPEG oder GIF, dieses ist {type}; exportieren Sie es als PNG, damit es auf dem Titelblatt erscheint',
  /** Every page's footer but the cover's; {n} and {total} become Word's page fields. */
  pageOf: 'Seite {n} von {total}',
  /** The first column of a table of diagnostic statements with tick boxes. */
  statement: 'Aussage',
  /** The document's subject, in File > Properties. */
  subject: 'Servicehandbuch',
};
