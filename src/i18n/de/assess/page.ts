/** German words for the self-assessment, one part of src/i18n/de/assess.ts. The page's own markup, rendered at build time; apart because the page's scripts never need it. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessPage: Pick<Dictionary['assess'], 'page'> = {
  /** The page's own markup (/assess/), rendered at build time; the page's scripts never need these. */
  page: {
    title: 'Selbsteinschätzung',
    description:
      'Ein fünfminütiger Schnellcheck Ihres Service, eine Aussage pro Fehlermuster; vertiefen Sie, wo es darauf ankommt, und vergleichen Sie die Sicht eines Teams ohne Namen.',
    heading: 'Wie gut ist Ihr Service wirklich?',
    lede: pluralForms({
      one: 'Ein Schnellcheck mit {n} Aussage, eine pro Fehlermuster, dauert etwa {minutes} Minuten. Sie sehen, welche Fehlermuster Sie am dringendsten brauchen, und können die wichtigsten danach vertiefen.',
      other:
        'Ein Schnellcheck mit {n} Aussagen, eine pro Fehlermuster, dauert etwa {minutes} Minuten. Sie sehen, welche Fehlermuster Sie am dringendsten brauchen, und können die wichtigsten danach vertiefen.',
    }),
    howToAnswer:
      'Antworten Sie so, wie es heute ist, nicht so, wie es sein sollte. Ihre Antworten bleiben in diesem Browser und werden laufend gespeichert; nichts wird irgendwohin gesendet.',
    /** "Who sees your answers": {min} is the fewest people whose answers are ever shown together. */
    anonymity: {
      title: 'Wer Ihre Antworten sieht',
      stay: 'Ihre Antworten bleiben in diesem Browser. Sie verlassen ihn nur, wenn Sie selbst Ihren Antwortcode kopieren (oder Ihre Antworten als Datei exportieren) und jemandem schicken. Ihr Name ist freiwillig.',
      /** {inATeam} is `inATeam`, in bold. */
      collector:
        '{inATeam} schicken alle ihren Code an eine Person, die die Codes sammelt und in die Teamansicht einfügt. Diese Person:',
      inATeam: 'Im Team',
      collectorSees: [
        'sieht nichts, bevor Codes von mindestens {min} Personen eingegangen sind: Ein einzelner Code oder zwei zeigen auf dieser Seite keine Antworten;',
        'sieht danach nur Durchschnittswerte, den Handlungsbedarf des Teams pro Fehlermuster und pro Kategorie – nie die Antworten einer einzelnen Person und keine Liste, wer was geantwortet hat;',
        'sieht Führung (Geschäftsleitung und Führungskräfte) und Kundenkontakt nur dann getrennt, wenn beide Gruppen mindestens {min} Personen haben und die Rolle „Sonstige“ keine oder mindestens {min}; sonst werden alle zusammen gezeigt.',
      ],
      /** {lead} is `limitsLead`, in bold. */
      limits:
        '{lead} Ein Antwortcode ist nicht verschlüsselt. Er enthält Ihre Rolle und Ihre Antworten, und wer technisch versiert ist, kann sie auch ohne diese Seite aus dem Code lesen. Bei nur {min} Personen sagt ein Durchschnitt noch etwas über jede einzelne Person aus, und wer sammelt und eigene Codes hinzufügt oder die Ergebnisse mit und ohne Ihren Code vergleicht, kann mehr herausfinden. Schicken Sie Ihren Code deshalb nur jemandem, dem Sie Ihre Antworten anvertrauen: am besten einer neutralen Person außerhalb Ihrer Vorgesetztenkette, etwa jemandem aus HR oder aus einem anderen Team.',
      limitsLead: 'Was dies nicht schützen kann:',
      /** {lead} is `whyTeamLead`, in bold; {teamView} links to the team view, reading `teamViewLink`. */
      whyTeam:
        '{lead} Führungskräfte bewerten den Service oft besser als die Menschen, die Kundinnen und Kunden bedienen. Schicken Sie diese Seite an Kolleginnen und Kollegen (Führung, Teamleitungen und Mitarbeitende im Kundenkontakt, für einen Vergleich mindestens {min} je Gruppe). Alle machen den Schnellcheck und schicken ihren Antwortcode an die sammelnde Person, die die Codes unter {teamView} einfügt und sieht, wo Sie sich uneinig sind.',
      whyTeamLead: 'Warum im Team:',
      teamViewLink: 'Teamansicht',
    },
    noScript:
      'Die Aussagen unten lassen sich ohne JavaScript lesen, aber die Auswertung läuft in Ihrem Browser; Ergebnisse, Speichern und Codes brauchen daher JavaScript.',
    aboutYou: 'Zu Ihrer Person',
    roleLegend: 'Ihre Rolle (nötig, um Führung und Kundenkontakt zu vergleichen)',
    /** The roles a person answers as, by id. */
    roles: {
      leader: 'Geschäftsleitung',
      manager: 'Führungskraft',
      frontline: 'Kundenkontakt',
      other: 'Sonstige',
    },
    nameField:
      'Ihr Name (freiwillig; das Team sieht Namen nur in einer Liste der Teilnehmenden, und nur, wenn alle einen angeben)',
    companyField: 'Name des Unternehmens (freiwillig; wird auf das Handbuch gedruckt)',
    progressLabel: 'Schnellcheck',
    /** The progress bar's own text, for browsers that show no bar. */
    progressValue: '{answered} von {total}',
    /** The answer scale in one line: "Scale: 1 not true of us · 2 rarely true …". */
    scaleKey: 'Skala: {steps}.',
    scaleStep: '{value} {label}',
    scaleSeparator: ' · ',
    /** The scale's labels as they read inside the line above, from 1 to 5. */
    scaleInline: [
      'trifft nicht zu',
      'trifft selten zu',
      'trifft teilweise zu',
      'trifft meist zu',
      'trifft voll zu',
    ],
    deeperNote: 'Vertiefung: die übrigen Aussagen und die Warnsignale.',
    signsSummary: 'Warnsignale, die Sie wiedererkennen (freiwillig)',
    signsLegend: 'Warnsignale von „{mode}“, die Sie wiedererkennen',
    showResults: 'Meine Ergebnisse ansehen',
    showAll: 'Alle {total} Aussagen zeigen (etwa {minutes} Minuten)',
    startOver: 'Neu beginnen',
    confirmClear: 'Alle in diesem Browser gespeicherten Antworten löschen?',
    confirmYes: 'Ja, alle Antworten löschen',
    confirmNo: 'Antworten behalten',
    resultsTitle: 'Ihre Ergebnisse',
    goDeeperThese: 'Diese vertiefen',
    shareTitle: 'Antworten an Ihr Team senden',
    answerCode: 'Ihr Antwortcode',
    copyCode: 'Code kopieren',
    copyLink: 'Link zur Teamansicht kopieren',
    chartCaption: 'Handlungsbedarf nach Kategorie, von 0 (gut aufgestellt) bis 100 (dringend)',
    rankingTitle: 'Fehlermuster, größter Bedarf zuerst',
    rankingNote:
      'Fehlermuster mit gleichem Wert teilen sich einen Platz: Ihre Antworten stellen keines vor das andere.',
    handbookTitle: 'Ihr Handbuch',
    chapterCount: 'Kapitel im Handbuch',
    buildHandbook: 'Dieses Handbuch erstellen',
    downloadConfig: 'Handbuch-Einstellungen herunterladen',
    exportAnswers: 'Meine Antworten als Datei exportieren',
    print: 'Drucken',
    changeAnswers: 'Antworten ändern',
    /** {guide} links to the handbook guide, reading `guideLink`. */
    buildNote:
      '„Dieses Handbuch erstellen“ öffnet diese Kapitel im Handbuch-Baukasten, in diesem Browser; {guide} zeigt ein Beispiel.',
    guideLink: 'der Handbuch-Leitfaden',
    teamTitle: 'Teamansicht',
    /** {link} links to "Who sees your answers", reading `teamIntroLink`. */
    teamIntro:
      'Alle machen den Schnellcheck auf dem eigenen Gerät, wählen ihre Rolle und schicken Ihnen ihren Antwortcode (oder den dazugehörigen Link). Fügen Sie die Codes hier ein, gern mehrere auf einmal. Alles wird in diesem Browser gelesen und nie hochgeladen. Ergebnisse erscheinen, sobald Codes von mindestens {min} Personen eingegangen sind, und nie die Antworten einer einzelnen Person. Was das schützt und was nicht: {link}.',
    teamIntroLink: 'Wer Ihre Antworten sieht',
    teamCodes: 'Antwortcodes aus Ihrem Team',
    addCodes: 'Codes hinzufügen',
    addMine: 'Meine eigenen Antworten hinzufügen',
    teamFiles: 'Oder Antwortdateien wählen, die von dieser Seite exportiert wurden (.json)',
    clearTeam: 'Alle Teamantworten entfernen',
    teamChartCaption: 'Handlungsbedarf des Teams nach Kategorie, von 0 (gut aufgestellt) bis 100 (dringend)',
    disagreementsTitle: 'Wo Ihr Team am meisten uneins ist',
    teamHandbookTitle: 'Das Handbuch des Teams',
    printTeam: 'Einseitigen Bericht drucken',
    downloadTeamConfig: 'Handbuch-Einstellungen des Teams herunterladen',
  },
};
