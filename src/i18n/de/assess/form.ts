/** German words for the self-assessment, one part of src/i18n/de/assess.ts. What a person sees while answering: the progress line and the messages of the buttons. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessForm: Pick<Dictionary['assess'], 'form'> = {
  /** The questionnaire's progress line and the messages of its buttons (the page's first script). */
  form: {
    progress: 'Schnellcheck: {answered} von {total} Aussagen beantwortet.',
    progressDone: pluralForms({
      one: 'Schnellcheck abgeschlossen: {n} Aussage beantwortet.',
      other: 'Schnellcheck abgeschlossen: alle {n} Aussagen beantwortet.',
    }),
    deeper: 'Vertiefung: {n} weitere.',
    notSaved:
      'Antworten können in diesem Browser nicht gespeichert werden; lassen Sie diesen Tab also geöffnet.',
    cleared: 'Alle Antworten gelöscht. {progress}',
    codeCopied:
      'Code kopiert. Fügen Sie ihn in eine Nachricht an die Person ein, die die Antworten zusammenführt.',
    codeSelected: 'Der Code ist markiert: Kopieren Sie ihn mit Strg+C (⌘C auf dem Mac).',
    linkCopied:
      'Link kopiert. Wer ihn öffnet, fügt Ihre Antworten der eigenen Teamansicht hinzu; diese zeigt Ergebnisse, sobald Antworten von {min} Personen eingegangen sind.',
    copyThisLink: 'Kopieren Sie diesen Link: {link}',
    roleFirst:
      'Wählen Sie zuerst unter „Zu Ihrer Person“ Ihre Rolle, damit die Teamansicht Führung und Kundenkontakt vergleichen kann.',
    exported: pluralForms({
      one: 'Ihre Antworten wurden exportiert ({n} Aussage). Den Code zu schicken ist einfacher: Er enthält dieselben Antworten.',
      other:
        'Ihre Antworten wurden exportiert ({n} Aussagen). Den Code zu schicken ist einfacher: Er enthält dieselben Antworten.',
    }),
    roleFirstMine:
      'Wählen Sie zuerst unter „Zu Ihrer Person“ Ihre Rolle und fügen Sie dann Ihre eigenen Antworten hinzu.',
  },
};
