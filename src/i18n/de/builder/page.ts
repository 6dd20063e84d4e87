/** German words for the handbook builder's page around the form (introduction, start and output panels), apart so a translator sees what greets a visitor on one screen; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/** The page around the form: its title, its introduction, the start and the output panels. */
export const page: Dictionary['builder']['page'] = {
  title: 'Handbuch-Baukasten',
  description:
    'Erstellen Sie das Servicehandbuch Ihres Unternehmens im Browser: Kapitel auswählen, Standards und Gestaltung festlegen, Vorschau ansehen, drucken und herunterladen. Nichts verlässt Ihren Browser.',
  heading: 'Ihr Servicehandbuch erstellen',
  lede: 'Füllen Sie das Formular aus – Ihr Handbuch entsteht daneben. Danach drucken Sie es oder laden die Dateien herunter. Alles bleibt in diesem Browser: Nichts, was Sie eingeben, wird irgendwohin gesendet, und Ihr Entwurf bleibt hier gespeichert, bis Sie neu beginnen.',
  /** Shown when JavaScript is off; {modes} is the link `noScriptModes`. */
  noScript:
    'Der Baukasten läuft in Ihrem Browser und braucht JavaScript: Aktivieren Sie es für diese Website, um ihn zu nutzen. Die {modes} und ihre druckbaren Handouts funktionieren auch ohne.',
  noScriptModes: 'Seiten der Fehlermuster',
  /** Shown when the list of failure modes the builder fetches as it starts does not arrive. */
  libraryUnavailable:
    'Der Baukasten konnte die Liste der Fehlermuster nicht laden und kann daher nicht starten. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
  startFrom: 'Womit beginnen?',
  startBlank: 'Leeres Formular',
  startFile: 'Gespeicherte Einstellungsdatei …',
  /** {assessment} is the link `fromAssessmentLink`; the quoted words are the assessment's link to this page. */
  fromAssessment:
    'Sie kommen von der {assessment}? Deren Ergebnisse haben einen Link „Dieses Handbuch erstellen“, der Ihre Prioritäten hierher mitnimmt.',
  fromAssessmentLink: 'Selbsteinschätzung',
  output: 'Ihr Handbuch',
  print: 'Drucken / als PDF speichern',
  toDownloads: 'Zu den Downloads',
  previewPlaceholder: 'Ihr Handbuch erscheint hier, während Sie das Formular ausfüllen.',
  files: 'Dateien herunterladen',
  /** A download: {file} is its button (the file's name), {summary} what it holds. */
  file: '{file} ({summary})',
  icsNeedsDate: '(braucht das Datum der ersten Trainingseinheit)',
  configSummary:
    'Ihre Einstellungen: eine Datei, die Sie später hier öffnen können, um dort weiterzumachen, wo Sie aufgehört haben',
  /** The heading over a per-chapter format's downloads: "Handouts, one per chapter". */
  perChapter: '{title}, für jedes Kapitel',
  startOver: 'Neu beginnen',
};
