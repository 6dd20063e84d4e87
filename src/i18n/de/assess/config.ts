/** German words for the self-assessment, one part of src/i18n/de/assess.ts. The handbook config the assessment writes (its values and comments), and what writing a name into it changed. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessConfig: Pick<Dictionary['assess'], 'configText' | 'config'> = {
  /** What writing a name into a config changed; {what} names it ("The company name"). */
  configText: {
    removed:
      '{what} enthielt unsichtbare Steuerzeichen ({characters}), die ein Handbuch nicht enthalten darf; sie wurden entfernt. Prüfen Sie, wie es sich liest',
    cut: '{what} war länger als die {max} Zeichen, die ein Handbuch erlaubt, und wurde gekürzt. Prüfen Sie, wie es sich liest',
    both: '{what} enthielt unsichtbare Steuerzeichen ({characters}), die ein Handbuch nicht enthalten darf; sie wurden entfernt. Außerdem war es länger als die {max} Zeichen, die ein Handbuch erlaubt, und wurde gekürzt. Prüfen Sie, wie es sich liest',
    /** A status line followed by such a note. */
    withNote: '{status} {note}.',
  },

  /** The handbook config the assessment writes: its starting values and its comments. */
  config: {
    company: 'Ihr Unternehmen',
    vision: 'Alle Kundinnen und Kunden wissen beim Abschied genau, wie es weitergeht.',
    firstResponse: '2 Stunden',
    callback: 'am selben Arbeitstag',
    refundLimit: '50 €',
    /** The header's first line: `playbook assess --force` replaces only a file that starts with it. */
    header: 'Handbuch-Einstellungen, erstellt von der Selbsteinschätzung des service-playbook.',
    chapters: pluralForms({
      one: 'Das Kapitel unten ist das Fehlermuster mit dem größten Handlungsbedarf in {basis}.',
      other:
        'Die Kapitel unten sind die {n} Fehlermuster mit dem größten Handlungsbedarf in {basis}, größter Bedarf zuerst.',
    }),
    tieAll: pluralForms({
      one: '{n} Fehlermuster liegt bei {need} von 100 für {where} und ist enthalten. Entfernen Sie es, wenn Sie es nicht wollen.',
      other:
        '{n} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; die Antworten stellen keines vor ein anderes, daher sind alle {n} enthalten. Entfernen Sie die, die Sie nicht wollen.',
    }),
    tieNoneChosen: pluralForms({
      one: '{n} Fehlermuster liegt bei {need} von 100 für {where}; es wurde nicht gewählt.',
      other: '{n} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; keines davon wurde gewählt.',
    }),
    /** {n} is how many were chosen, {tied} how many tie. */
    tieChosen: pluralForms({
      one: '{tied} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; {n} davon wurde gewählt.',
      other: '{tied} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; {n} davon wurden gewählt.',
    }),
    lastPlaces: pluralForms({ one: 'den letzten Platz', other: 'die letzten {n} Plätze' }),
    editThen: 'Bearbeiten Sie die mit EDIT markierten Zeilen, dann prüfen und erzeugen Sie das Handbuch:',
    validate: 'npx playbook validate --config <diese Datei>',
    generate: 'npx playbook generate --config <diese Datei>',
    companyNote: 'EDIT: der Name Ihres Unternehmens, so wie Ihre Kundschaft ihn kennt',
    visionNote: 'EDIT: der eine Satz über Ihren Service, den alle Mitarbeitenden wiedergeben können sollten.',
    prioritiesNote:
      'Kapitel, größter Bedarf zuerst. Ordnen Sie ids um, entfernen oder ergänzen Sie welche; `npx playbook list` zeigt alle.',
    priority: 'Bedarf {need} von 100',
    priorityTied: 'Bedarf {need} von 100, gleichauf',
    /** A chapter's note with the warning signs ticked: {note} is one of the two above. */
    priorityWithSigns: pluralForms({
      one: '{note}; {n} Warnsignal angekreuzt',
      other: '{note}; {n} Warnsignale angekreuzt',
    }),
    includeNote:
      '"priorities" druckt nur diese Kapitel; "all" fügt einen kurzen Anhang mit allen übrigen Fehlermustern hinzu.',
    standardsNote:
      'EDIT: die Versprechen an Ihre Kundschaft. Die Kapitel nennen sie als Frist, z. B. "erste Antwort: 1 Stunde".',
    refundLimitNote: 'Was Mitarbeitende im Kundenkontakt erstatten dürfen, ohne jemanden zu fragen.',
    empowermentNote:
      'Wer was ohne Rückfrage entscheiden darf. Ohne Zeilen zeigt das Handbuch stattdessen eine Beispieltabelle.',
    localeNote: 'en-US oder en-CA für US-Letter-Papier und US-Datumsangaben',
    dateNote: 'das Datum auf dem Titelblatt',
    formatsNote: 'Ebenfalls möglich: pdf (braucht Chromium), ics (der Trainingskalender).',
    trainingNote: 'Eine Trainingseinheit pro Kapitel, ab diesem Datum.',
    /** {values} are the other cadences a config accepts, as written in it. */
    cadenceNote: 'oder {values}',
    trainingLater: 'Optional: Termine für den Trainingsplan festlegen, eine Einheit pro Kapitel.',
    nothingToWrite: 'noch nichts für das Handbuch: Beantworten Sie zuerst mindestens eine Aussage',
  },
};
