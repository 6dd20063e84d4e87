/** German words for the handbook builder's settings file it writes, apart because these words land in a downloaded file, not on the page; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/**
 * The comments in the config.yaml the builder writes (through src/core/config/writer.ts, which
 * writes no words of its own): the lines at the top, and one above each field. {site} is the
 * site's name.
 */
export const configFile: Dictionary['builder']['configFile'] = {
  header:
    'Handbuch-Einstellungen, erstellt mit dem Handbuch-Baukasten der Website {site}.\nÖffnen Sie die Datei wieder im Baukasten oder erzeugen Sie das Handbuch auf einem Computer mit Node.js:\n  npx playbook generate --config config.yaml',
  comments: {
    company: 'Der Name Ihres Unternehmens, so wie Ihre Kundschaft ihn kennt.',
    vision: 'Die Servicevision: ein Satz, den alle Mitarbeitenden wiedergeben können.',
    priorities: 'Die Kapitel Ihres Handbuchs, das Dringendste zuerst.',
    include:
      '"priorities" druckt nur diese Kapitel; "all" fügt einen kurzen Anhang mit allen übrigen Fehlermustern hinzu.',
    audiences: 'Im Anhang nur Einträge für diese Zielgruppen zeigen.',
    standards:
      'Die Versprechen an Ihre Kundschaft. Jedes ist eine Frist, etwa "2 Stunden" oder "am selben Arbeitstag".',
    empowerment:
      'Wer was ohne Rückfrage entscheiden darf. Steht im Kapitel zu Handlungsspielraum und in einem Anhang.',
    branding:
      'Überschriften und Titelblatt verwenden diese Farbe; eine Farbe, die auf Weiß zu hell zum Lesen ist, wird abgedunkelt.\nDie Logodatei muss neben dieser Einstellungsdatei liegen.',
    language:
      'Die Sprache des Handbuchs: en, es, de oder ar. Noch nicht übersetzte Kapitel werden auf Englisch gedruckt.',
    locale:
      'Datumsangaben folgen der örtlichen Schreibweise; en-US und en-CA drucken auf US Letter, alle anderen auf A4.',
    date: 'Das Datum auf dem Titelblatt. Ändern Sie es, wenn Sie eine neue Ausgabe veröffentlichen.',
    output:
      'Was `playbook generate` schreibt, und wohin (relativ zum Ordner, in dem Sie den Befehl ausführen).',
    training: 'Termine für den Trainingsplan und training-plan.ics: eine Einheit pro Kapitel.',
    chapters:
      'Ihre eigenen Worte in den Kapiteln, nach Kapitel: ein Hinweis oben, weggelassene Maßnahmen (nach id),\neigene Maßnahmen (owner und with sind Rollen-ids) und ein eigenes Beispiel.',
    own: 'Selbst geschriebene Kapitel, jedes nach dem unter "after" genannten Kapitel (oder am Ende).',
    roles:
      'Ihre Bezeichnungen für die Rollen des Playbooks, nach Rollen-id; eine nicht aufgeführte Rolle behält ihren Namen.',
  } as Record<string, string>,
};
