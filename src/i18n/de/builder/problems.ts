/** German words for the handbook builder's problems and notes of the checker as the form says them, apart so each message can be read beside its neighbours; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/**
 * The checker's problems and notes as the form says them (src/site/builder/form-wording.ts):
 * {field} is a field's label, {title} a chapter's title in quotation marks, {file} an uploaded file's name.
 */
export const problems: Dictionary['builder']['problems'] = {
  /** What to write in a field the form needs and finds empty. */
  whenEmpty: {
    company: 'Geben Sie den Namen Ihres Unternehmens so ein, wie Ihre Kundschaft ihn kennt.',
    vision: 'Schreiben Sie den einen Satz über Service, den alle wiedergeben können.',
    'standards.firstResponse':
      'Geben Sie an, wie schnell Kundinnen und Kunden eine erste Antwort bekommen, zum Beispiel „1 Stunde“.',
    'standards.callback':
      'Geben Sie an, wie schnell ein zugesagter Rückruf erfolgt, zum Beispiel „am selben Arbeitstag“.',
    'standards.refundLimit': 'Geben Sie einen Betrag ein, etwa „50 €“, oder lassen Sie das Feld weg.',
  } as Record<string, string>,
  /** A chapter named by its place, with its title in quotation marks when it has one. */
  chapter: 'Kapitel {n}',
  chapterTitled: 'Kapitel {n} ({title})',
  /** What a message says in place of a field, a chapter, a date or a file it cannot name. */
  someField: 'Ein Feld',
  someChapter: 'Ein Kapitel',
  someDate: 'Ein Datum',
  someFile: 'Die Datei',
  noChapters: 'Noch keine Kapitel. Fügen Sie mindestens eines aus der Liste unten hinzu.',
  /** {id} is what the chapter was written as, in quotation marks. */
  unknownChapter:
    '{field} ({id}) gibt es im Playbook nicht. Entfernen Sie es und fügen Sie das gemeinte Kapitel aus der Liste unten hinzu.',
  unknownChapterMeant:
    '{field} ({id}) gibt es im Playbook nicht. Meinten Sie {meant}? Entfernen Sie es und fügen Sie das gemeinte Kapitel aus der Liste unten hinzu.',
  twice:
    '{title} steht zweimal in der Liste, als Kapitel {n} und noch einmal hier. Entfernen Sie einen der beiden Einträge.',
  notAChapter:
    '{field} ist kein Kapitel des Playbooks. Entfernen Sie es und fügen Sie das gemeinte Kapitel aus der Liste unten hinzu.',
  empty: '{field} ist leer. {hint}',
  fillIn: 'Bitte ausfüllen.',
  tooLong: '{field} ist {length} Zeichen lang; bleiben Sie unter {max}.',
  invisible:
    '{field} enthält nach {text} ein unsichtbares Zeichen, das oft beim Kopieren aus einem anderen Programm mitkommt. Löschen Sie diese Stelle und tippen Sie sie neu.',
  accent: 'Die Akzentfarbe konnte nicht gelesen werden. Wählen Sie eine mit der Farbauswahl.',
  notADate: '{field} ist kein gültiges Datum. Wählen Sie eines im Kalender oder lassen Sie das Feld leer.',
  /** {field} is the date field's label in quotation marks. */
  locale: 'Das Datumsformat konnte nicht gelesen werden. Wählen Sie eines unter {field}.',
  /** {written} is the file's value in quotation marks. */
  language: 'Die Sprache {written} gibt es für das Handbuch nicht. Wählen Sie eine unter {field}.',
  /** {name} is the setting, {meant} the one it may be a misspelling of, each in quotation marks. */
  unknownSetting:
    '{file} enthält eine Einstellung {name}, die diese Seite nicht kennt. Korrigieren oder entfernen Sie sie in der Datei und öffnen Sie die Datei dann hier erneut.',
  unknownSettingMeant:
    '{file} enthält eine Einstellung {name}, die diese Seite nicht kennt – vielleicht ein Tippfehler für {meant}. Korrigieren oder entfernen Sie sie in der Datei und öffnen Sie die Datei dann hier erneut.',
  unreadable:
    '{file} konnte nicht gelesen werden. Wählen Sie eine Einstellungsdatei, die Sie von dieser Seite heruntergeladen haben, oder prüfen Sie die Datei in einem Texteditor.',
  unreadableAt:
    '{file} konnte in Zeile {line} nicht gelesen werden. Wählen Sie eine Einstellungsdatei, die Sie von dieser Seite heruntergeladen haben, oder prüfen Sie diese Zeile in einem Texteditor.',
  emptyFile:
    '{file} ist leer. Wählen Sie eine Einstellungsdatei, die Sie von dieser Seite heruntergeladen haben.',
  notSettings:
    '{file} enthält keine Handbuch-Einstellungen. Wählen Sie eine Einstellungsdatei, die Sie von dieser Seite heruntergeladen haben.',
  /** A checker's message the form has no words of its own for, after the field's label or the file and the field's place in it. */
  other: '{field}: {message}',
  otherInFile: '{file}, {path}: {message}',
  /** Between the parts of a field's place in a file: "standards › others". */
  pathSeparator: ' › ',
  /** An uploaded file's line, after the message. */
  atLine: '{message} (Zeile {line} von {file}.)',
  /** {name} is the logo file's name in quotation marks; {kind} and {actual} are image formats, such as PNG. */
  logoNotImage:
    'Das Logo {name} ist kein Bild, das das Handbuch anzeigen kann. Wählen Sie eine PNG-, JPEG-, SVG-, WebP- oder GIF-Datei.',
  logoEmpty: 'Die Logodatei ist leer. Exportieren Sie das Logo erneut und wählen Sie die neue Datei.',
  logoTooBig:
    'Das Logo ist {size} groß; ein Logo darf höchstens {max} groß sein. Exportieren Sie ein kleineres PNG (600 px Breite genügen) oder ein SVG.',
  logoNoImage:
    'Die Logodatei ist wie ein {kind}-Bild benannt, enthält aber kein Bild, das das Handbuch erkennt. Exportieren Sie das Logo erneut als PNG, JPEG, SVG, WebP oder GIF.',
  logoOtherImage:
    'Die Logodatei ist wie ein {kind}-Bild benannt, enthält aber {actual}-Daten. Benennen Sie sie passend zum Inhalt um und wählen Sie sie dann erneut.',
  logoNotPlain:
    'Das Logo enthält {what}; ein Logo muss eine einfache Grafik sein. Exportieren Sie es erneut als einfaches SVG oder verwenden Sie ein PNG.',
  logoOutside:
    'Die Datei verweist auf ein Logo außerhalb ihres eigenen Ordners. Wählen Sie die Logodatei stattdessen unter {field}.',
  /** What to write in a field of a play or a chapter of your own that is empty, by the field. */
  whenEmptyOwn: {
    'play.title':
      'Schreiben Sie, was zu tun ist, zum Beispiel „Zweite Kasse öffnen, wenn fünf Personen warten“.',
    'play.owner': 'Wählen Sie, wer es tut.',
    'play.when': 'Geben Sie an, wann es geschieht, zum Beispiel „Ab nächstem Samstag“.',
    'play.steps': 'Schreiben Sie mindestens einen Schritt, einen pro Zeile.',
    'own.title': 'Geben Sie dem Kapitel einen Titel.',
    'own.id':
      'Geben Sie einige Wörter in Kleinbuchstaben ein, mit Bindestrichen verbunden, etwa „unser-rueckgabeversprechen“.',
    'own.body': 'Schreiben Sie den Text des Kapitels.',
  } as Record<string, string>,
  /** Markdown the handbook will not print; {field} is the text box's label. */
  markdownLink:
    '{field} enthält einen Link zu einer Adresse, die nicht mit https:, http: oder mailto: beginnt. Ändern Sie die Adresse oder entfernen Sie den Link.',
  markdownImage:
    '{field} enthält ein Bild; Bilder können nicht in den Text des Handbuchs. Entfernen Sie es (ein Logo gehört unter {logo}).',
  markdownHtml:
    '{field} enthält HTML-Tags (etwa <b>), die nicht gedruckt werden. Schreiben Sie stattdessen Markdown: **fett**, Listen, Tabellen.',
  /** {written} is what was written, {known} a list of what works, each in quotation marks. */
  unknownVariable:
    '{field} verwendet {written}; das kann das Handbuch nicht ausfüllen. Verwenden Sie {known}.',
  unknownDirective:
    '{field} verwendet {written}; das kennt das Handbuch nicht. Verwenden Sie {known} oder entfernen Sie die Doppelpunkte.',
  /** The line within a text box, after the message. */
  textLine: '{message} (Zeile {line} des Textes.)',
  /** {id} is a role's id in quotation marks; {meant} the role it may be a misspelling of. */
  unknownRole: '{field} ist keine der Rollen des Playbooks. Wählen Sie eine aus der Liste.',
  unknownRoleTitle:
    '{file} vergibt eine Bezeichnung für {id}, das keine der Rollen des Playbooks ist. Sie wird hier weggelassen: Tragen Sie die Bezeichnung neben der gemeinten Rolle ein.',
  unknownRoleTitleMeant:
    '{file} vergibt eine Bezeichnung für {id}, das keine der Rollen des Playbooks ist (vielleicht {meant}). Sie wird hier weggelassen: Tragen Sie die Bezeichnung neben der gemeinten Rolle ein.',
  wordsNotInChapters:
    '{file} enthält Texte zu {title}, das nicht zu ihren Kapiteln gehört. Sie bleiben hier erhalten: Nehmen Sie das Kapitel in die Liste auf, damit sie gedruckt werden.',
  /** {id} is the play's id in the file, in quotation marks. */
  noSuchPlay:
    '{file} lässt eine Maßnahme {id} weg, die es in {title} nicht gibt. Das wird hier ignoriert: Kreuzen Sie die wegzulassenden Maßnahmen unter dem Kapitel an.',
  noSuchPlayUnnamed:
    '{file} lässt eine Maßnahme weg, die es in {title} nicht gibt. Das wird hier ignoriert: Kreuzen Sie die wegzulassenden Maßnahmen unter dem Kapitel an.',
  /** {id} is the short name typed, {suggestion} one that is free; both in quotation marks. */
  ownIdTaken:
    '{field}: {id} ist bereits der Kurzname eines Kapitels im Playbook. Verwenden Sie einen anderen, etwa {suggestion}.',
  ownIdTwice:
    '{field}: Ein anderes Ihrer Kapitel hat ebenfalls den Kurznamen {id}. Geben Sie jedem einen eigenen.',
  ownIdFormat:
    '{field} darf nur Kleinbuchstaben, Ziffern und Bindestriche zwischen Wörtern enthalten, etwa „unser-rueckgabeversprechen“.',
  ownAfterGone:
    '{field}: {title} gehört nicht zu den Kapiteln in der Liste. Wählen Sie, wo dieses Kapitel stehen soll.',
  ownAfterUnknown:
    '{field} nennt ein Kapitel, das nicht in der Liste steht. Wählen Sie, wo dieses Kapitel stehen soll.',
  /** {text} is the text box's label in quotation marks. */
  ownBodyOrFile:
    '{file} sollte für {field} entweder den Text oder eine Datei mit dem Text angeben – nicht beides und nicht keines von beiden. Schreiben oder fügen Sie den Text hier unter {text} ein.',
  /** Notes: {chapters} is a list of chapters' titles; {amount} what the handbook says in place of a limit, in quotation marks. */
  noRefundLimit:
    'Ohne Erstattungsgrenze steht in {chapters} {amount}. Tragen Sie hier eine ein, wenn Ihr Team eine hat, zum Beispiel „50 €“.',
  noEmpowerment:
    'Ohne Zeilen hier zeigt {chapters} eine Beispieltabelle. Fügen Sie für jede Rolle eine Zeile hinzu, mit dem, was sie ohne Rückfrage entscheiden darf.',
  /** {readers} is a list of audiences. */
  otherReaders:
    '{title} richtet sich an {readers}, nicht an die gewählten Zielgruppen; es bleibt drin, weil Sie es ausgewählt haben.',
};
