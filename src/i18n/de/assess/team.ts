/** German words for the self-assessment, one part of src/i18n/de/assess.ts. The team view: adding people's answer codes, and the headline of where leadership and the front line disagree. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessTeam: Pick<Dictionary['assess'], 'team' | 'gap'> = {
  /** The team view: adding people's answers, its status line, and the figures. */
  team: {
    nothingAdded: 'Nichts wurde hinzugefügt:',
    someAdded: 'Einige Codes wurden hinzugefügt, diese aber nicht:',
    noCodeFound: 'kein Antwortcode im Text gefunden; Codes beginnen mit {prefix}',
    pasteFirst: 'fügen Sie zuerst einen oder mehrere Antwortcodes ein',
    /** One code among those pasted, as the notes name it. */
    codeSource: 'Code {n}',
    codeProblem: 'Code {n} ({start}…): {problem}.',
    addedLink: 'Die Antworten aus dem geöffneten Link wurden hinzugefügt.',
    addedMine: 'Ihre eigenen Antworten wurden hinzugefügt.',
    addedPeople: pluralForms({
      one: 'Die Antworten von {n} Person wurden hinzugefügt.',
      other: 'Die Antworten von {n} Personen wurden hinzugefügt.',
    }),
    fileTooLarge: '{file}: ist {size} KB groß; Antwortdateien haben höchstens {max} KB',
    fileProblem: '{file}: {message}',
    fileFieldProblem: '{file}, {field}: {message}',
    filesRefused: pluralForms({
      one: 'Eine Datei hat ein Problem, daher wurde nichts hinzugefügt:',
      other: 'Einige Dateien haben Probleme, daher wurde nichts hinzugefügt:',
    }),
    addedFiles: pluralForms({ one: '{n} Datei hinzugefügt.', other: '{n} Dateien hinzugefügt.' }),
    noAnswers: 'Noch keine Antworten.',
    combined: pluralForms({ one: '{n} Person zusammengefasst.', other: '{n} Personen zusammengefasst.' }),
    removed: 'Alle Teamantworten entfernt.',
    tieWhy:
      'Die Antworten des Teams stellen keines davon vor ein anderes. Wählen Sie also, womit Sie beginnen, oder bitten Sie die Beteiligten, diese zu vertiefen und ihre Codes erneut zu schicken, um sie zu unterscheiden.',
    basis: pluralForms({
      one: 'den zusammengefassten Antworten von {n} Person',
      other: 'den zusammengefassten Antworten von {n} Personen',
    }),
    downloaded:
      'handbook.yaml des Teams heruntergeladen, seine Handbuch-Einstellungen: Öffnen Sie die Datei im Handbuch-Baukasten, um weiterzumachen.',
    companyName: 'Der Unternehmensname',
    /** {link} links to the failure mode about this gap, reading `gapModeLink`. */
    gapMode:
      'Eine solche Lücke ist selbst ein Fehlermuster: {link}. Schließen Sie sie zuerst, sonst zielt der Plan auf die falschen Probleme.',
    gapModeLink: 'Die Führung bewertet den Service besser als Kundschaft und Mitarbeitende',
    disagreement:
      'Die Werte der Beteiligten liegen {points} oder mehr Punkte auseinander; besprechen Sie dieses Fehlermuster, bevor Sie entscheiden.',
    /** The table's caption: {what} says which rows it holds, on screen and in print. */
    tableCaption: '{what} (Handlungsbedarf 0 bis 100; 2= markiert Gleichstand)',
    tableOnScreen:
      'Alle Fehlermuster, die von {min} oder mehr Personen bewertet wurden, größter Bedarf des Teams zuerst',
  },

  /** The headline of a team view: how far leadership and the front line are apart. */
  gap: {
    tooFew: pluralForms({
      one: 'Bisher Antworten von einer Person: Die Ergebnisse des Teams erscheinen ab {min} Personen, damit sich niemandes Antworten einzeln ablesen lassen',
      other:
        'Bisher Antworten von {n} Personen: Die Ergebnisse des Teams erscheinen ab {min} Personen, damit sich niemandes Antworten einzeln ablesen lassen',
    }),
    merged: 'Führung und Kundenkontakt werden zusammen gezeigt, weil {why}',
    mergedWhy: 'nur {groups} geantwortet haben',
    /** A group too small to show apart, with how many people are in it. */
    groupCounts: {
      leadership: pluralForms({ one: '{n} Person aus der Führung', other: '{n} Personen aus der Führung' }),
      frontline: pluralForms({
        one: '{n} Person aus dem Kundenkontakt',
        other: '{n} Personen aus dem Kundenkontakt',
      }),
      other: pluralForms({
        one: '{n} Person mit der Rolle „Sonstige“',
        other: '{n} Personen mit der Rolle „Sonstige“',
      }),
    },
    mergedDetail:
      'Eine Gruppe wird erst ab {min} Personen getrennt gezeigt, damit sich aus ihren Zahlen niemandes Antworten erschließen lassen; in die Zahlen des Teams unten fließen alle Antworten ein.',
    noFrontline:
      'Noch keine Antworten aus dem Kundenkontakt, daher lassen sich Führung und Kundenkontakt nicht vergleichen',
    noLeadership:
      'Noch keine Antworten von Geschäftsleitung oder Führungskräften, daher lassen sich Führung und Kundenkontakt nicht vergleichen',
    noOverlap:
      'Führung und Kundenkontakt haben unterschiedliche Fehlermuster bewertet und lassen sich daher noch nicht vergleichen',
    apart: pluralForms({
      one: 'im Schnitt {n} Punkt Abstand pro Fehlermuster',
      other: 'im Schnitt {n} Punkte Abstand pro Fehlermuster',
    }),
    /** {apart} is `apart`; {wide} of {compared} modes are {points} or more points apart. */
    agree:
      'Führung und Kundenkontakt sind sich weitgehend einig: {apart}, und kein Fehlermuster weicht um {points} Punkte oder mehr ab',
    frontlineHigher:
      'Der Kundenkontakt sieht mehr Handlungsbedarf als die Führung: {apart}; bei {wide} von {compared} Fehlermustern liegen {points} oder mehr Punkte dazwischen',
    leadershipHigher:
      'Die Führung sieht mehr Handlungsbedarf als der Kundenkontakt: {apart}; bei {wide} von {compared} Fehlermustern liegen {points} oder mehr Punkte dazwischen',
    bothWays:
      'Führung und Kundenkontakt sind sich in beide Richtungen uneinig: {apart}; bei {wide} von {compared} Fehlermustern liegen {points} oder mehr Punkte dazwischen',
    averages:
      'Durchschnittlicher Handlungsbedarf über die {modes}, die beide Gruppen bewertet haben: Führung {leadership} von 100 ({leadershipPeople}), Kundenkontakt {frontline} von 100 ({frontlinePeople}).',
    /** The widest gaps in one direction; {modes} counts the wide ones, {widest} names them. */
    frontlineWide:
      'Der Kundenkontakt sieht bei {modes} {points} oder mehr Punkte mehr Bedarf. Am weitesten auseinander: {widest}.',
    frontlineSome:
      'Der Kundenkontakt sieht bei einigen Fehlermustern etwas mehr Bedarf. Am weitesten auseinander: {widest}.',
    leadershipWide:
      'Die Führung sieht bei {modes} {points} oder mehr Punkte mehr Bedarf. Am weitesten auseinander: {widest}.',
    leadershipSome:
      'Die Führung sieht bei einigen Fehlermustern etwas mehr Bedarf. Am weitesten auseinander: {widest}.',
    widest: '{mode} (Führung {leadership}, Kundenkontakt {frontline})',
    widestSeparator: '; ',
  },
};
