/** German words for the self-assessment (/assess/) and its team report: one part of the dictionary src/i18n/de.ts. */
import type { Plural } from '../format.ts';
import type { Dictionary } from '../index.ts';

const plural = (forms: Plural): Plural => forms;

export const assess: Dictionary['assess'] = {
  /** The page's own markup (/assess/), rendered at build time; the page's scripts never need these. */
  page: {
    title: 'Selbsteinschätzung',
    description:
      'Ein fünfminütiger Schnellcheck Ihres Service, eine Aussage pro Fehlermuster; vertiefen Sie, wo es darauf ankommt, und vergleichen Sie die Sicht eines Teams ohne Namen.',
    heading: 'Wie gut ist Ihr Service wirklich?',
    lede: plural({
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

  /** A need as every output shows it. */
  outOf100: '{n} von 100',
  /** A figure not shown (too few people, or nothing rated). */
  noFigure: '–',
  /** A sentence made of a phrase that has no stop of its own (a headline). */
  sentence: '{text}.',
  /** What a need score means, by how high it is (60 and up, 40, 20, below 20). */
  need: {
    urgent: 'dringend',
    soon: 'bald angehen',
    some: 'etwas Luft nach oben',
    good: 'gut aufgestellt',
  },
  /** How a mode was scored, in full (results) and in a table cell. */
  depth: {
    quick: 'Schnellcheck (1 Aussage)',
    mixed: 'Schnellcheck und Vertiefung gemischt',
    deep: 'Vertiefung ({answered} von {questions} Aussagen, {ticked} von {signs} Warnsignalen)',
  },
  depthShort: { quick: 'Schnellcheck', deep: 'Vertiefung', mixed: 'gemischt' },
  /** Countable phrases several sentences share. */
  failureModes: plural({ one: '{n} Fehlermuster', other: '{n} Fehlermuster' }),
  people: plural({ one: '{n} Person', other: '{n} Personen' }),

  /** The questionnaire's progress line and the messages of its buttons (the page's first script). */
  form: {
    progress: 'Schnellcheck: {answered} von {total} Aussagen beantwortet.',
    progressDone: plural({
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
    exported: plural({
      one: 'Ihre Antworten wurden exportiert ({n} Aussage). Den Code zu schicken ist einfacher: Er enthält dieselben Antworten.',
      other:
        'Ihre Antworten wurden exportiert ({n} Aussagen). Den Code zu schicken ist einfacher: Er enthält dieselben Antworten.',
    }),
    roleFirstMine:
      'Wählen Sie zuerst unter „Zu Ihrer Person“ Ihre Rolle und fügen Sie dann Ihre eigenen Antworten hinzu.',
  },

  /** One person's results. */
  results: {
    tieWhy:
      'Ihre Antworten stellen keines davon vor ein anderes. Wählen Sie also, womit Sie beginnen, oder vertiefen Sie sie, um sie zu unterscheiden.',
    rateFirst: 'Bewerten Sie zuerst mindestens eine Aussage: Ein Handbuch braucht mindestens ein Kapitel.',
    tickFirst:
      'Kreuzen Sie zuerst die gleichauf liegenden Fehlermuster an, mit denen Sie beginnen wollen: Ein Handbuch braucht mindestens ein Kapitel.',
    downloaded:
      'handbook.yaml heruntergeladen, Ihre Handbuch-Einstellungen: Öffnen Sie die Datei im Handbuch-Baukasten, um weiterzumachen.',
    /** The subject of a sentence from configText, about the company name the person typed. */
    companyName: 'Ihr Unternehmensname',
    /** Whose answers the downloaded config's chapters come from. */
    basis: 'Ihren Antworten',
    nothingYet:
      'Noch nichts auszuwerten. Bewerten Sie oben ein paar Aussagen und kommen Sie dann hierher zurück.',
    signsOnly: plural({
      one: 'Sie haben Warnsignale von {modes} angekreuzt, aber keine seiner Aussagen bewertet; es hat daher noch keinen Wert: Bewerten Sie mindestens eine Aussage.',
      other:
        'Sie haben Warnsignale von {modes} angekreuzt, aber keine ihrer Aussagen bewertet; sie haben daher noch keinen Wert: Bewerten Sie mindestens eine Aussage.',
    }),
    ratedQuick: 'Sie haben {answered} von {questions} Aussagen bewertet: den Schnellcheck.',
    ratedDeep:
      'Sie haben {answered} von {questions} Aussagen bewertet: eine Vertiefung bei jedem Fehlermuster, das Sie bewertet haben.',
    ratedMixed: plural({
      one: 'Sie haben {answered} von {questions} Aussagen bewertet: den Schnellcheck und eine Vertiefung bei {n} Fehlermuster.',
      other:
        'Sie haben {answered} von {questions} Aussagen bewertet: den Schnellcheck und eine Vertiefung bei {n} Fehlermustern.',
    }),
    average:
      'Über alles, was Sie bewertet haben, liegt der Handlungsbedarf im Schnitt bei {need} von 100: {reading}.',
    /** {mode} links to the failure mode. */
    startWith:
      'Beginnen Sie mit {mode} ({need} von 100): Dort zeigen Ihre Antworten den größten Handlungsbedarf.',
    /** A tie at the top, and a tie right after the one mode at the top; {modes} links to each. */
    topTie: plural({
      one: 'Der größte Handlungsbedarf in Ihren Antworten: {n} Fehlermuster liegt bei {need} von 100.',
      other:
        'Der größte Handlungsbedarf in Ihren Antworten: {n} Fehlermuster liegen gleichauf bei {need} von 100.',
    }),
    topTieNamed: plural({
      one: 'Der größte Handlungsbedarf in Ihren Antworten: {n} Fehlermuster liegt bei {need} von 100: {modes}.',
      other:
        'Der größte Handlungsbedarf in Ihren Antworten: {n} Fehlermuster liegen gleichauf bei {need} von 100: {modes}.',
    }),
    nextTie: plural({
      one: 'Danach liegt {n} Fehlermuster bei {need} von 100.',
      other: 'Danach liegen {n} Fehlermuster gleichauf bei {need} von 100.',
    }),
    nextTieNamed: plural({
      one: 'Danach liegt {n} Fehlermuster bei {need} von 100: {modes}.',
      other: 'Danach liegen {n} Fehlermuster gleichauf bei {need} von 100: {modes}.',
    }),
    tieApart:
      'Ihre Antworten stellen keines davon vor ein anderes: Wählen Sie unten für das Handbuch zwischen ihnen, oder vertiefen Sie sie, um sie zu unterscheiden.',
    /** {category} is a category's name as it reads inside a sentence. */
    onlyCategory: 'Bisher gibt es nur für {category} Antworten.',
    categoriesClose:
      'Die Kategorien liegen nur wenige Punkte auseinander; schauen Sie daher auf die einzelnen Fehlermuster unten.',
    /** {most} and {least} are a category's name, or `categoriesAt`; the form follows how many are at the top. */
    byCategory: plural({
      one: 'Nach Kategorien braucht {most} die meiste Aufmerksamkeit und {least} die wenigste.',
      other: 'Nach Kategorien brauchen {most} die meiste Aufmerksamkeit und {least} die wenigste.',
    }),
    categoriesAt: '{n} Kategorien ({need} von 100)',
    rankingItem: 'Handlungsbedarf {need} von 100, {reading}. Bewertet per {depth}.',
    rankingItemTied: plural({
      one: 'Handlungsbedarf {need} von 100, {reading}, gleichauf mit 1 weiteren Fehlermuster. Bewertet per {depth}.',
      other:
        'Handlungsbedarf {need} von 100, {reading}, gleichauf mit {n} weiteren Fehlermustern. Bewertet per {depth}.',
    }),
    /** The offer to go deeper on the chapters scored from one statement; {items} statements and signs, {minutes} to answer them. */
    goDeeper: plural({
      one: 'Ein Fehlermuster oben in Ihren Ergebnissen beruht auf nur einer Aussage: {modes}. Vertiefen Sie es ({items} weitere Aussagen und Warnsignale, etwa {minutes} Minuten), damit sein Wert belastbarer wird, bevor Sie handeln; bestätigt die Vertiefung ein Problem, bleibt es, wo es ist.',
      other:
        '{n} Fehlermuster oben in Ihren Ergebnissen beruhen auf jeweils nur einer Aussage: {modes}. Vertiefen Sie sie ({items} weitere Aussagen und Warnsignale, etwa {minutes} Minuten), damit ihre Werte belastbarer werden, bevor Sie handeln; bestätigt die Vertiefung ein Problem, bleibt es, wo es ist.',
    }),
    goDeeperUnnamed: plural({
      one: 'Ein Fehlermuster oben in Ihren Ergebnissen beruht auf nur einer Aussage. Vertiefen Sie es ({items} weitere Aussagen und Warnsignale, etwa {minutes} Minuten), damit sein Wert belastbarer wird, bevor Sie handeln; bestätigt die Vertiefung ein Problem, bleibt es, wo es ist.',
      other:
        '{n} Fehlermuster oben in Ihren Ergebnissen beruhen auf jeweils nur einer Aussage. Vertiefen Sie sie ({items} weitere Aussagen und Warnsignale, etwa {minutes} Minuten), damit ihre Werte belastbarer werden, bevor Sie handeln; bestätigt die Vertiefung ein Problem, bleibt es, wo es ist.',
    }),
    goDeeperOn: '{mode} vertiefen',
    goDeeperOnThese: 'Diese {n} vertiefen',
    shareIntro:
      'Kopieren Sie den Code (oder den Link) in eine E-Mail oder Chatnachricht an die Person, die die Antworten Ihres Teams sammelt.',
    /** What the code holds: with or without the company name and the person's name ({name}). */
    shareHolds: {
      plain: 'Er enthält Ihre Rolle ({role}) und Ihre Antworten.',
      company: 'Er enthält Ihre Rolle ({role}), Ihre Antworten und den Unternehmensnamen.',
      name: 'Er enthält Ihre Rolle ({role}), Ihre Antworten und Ihren Namen ({name}); das Team sieht ihn nur in einer Liste der Teilnehmenden, und nur, wenn alle einen Namen angeben.',
      both: 'Er enthält Ihre Rolle ({role}), Ihre Antworten, den Unternehmensnamen und Ihren Namen ({name}); das Team sieht ihn nur in einer Liste der Teilnehmenden, und nur, wenn alle einen Namen angeben.',
    },
    shareSafety:
      'Die Teamansicht zeigt nichts, bevor Codes von {min} Personen eingegangen sind, und nie die Antworten einer einzelnen Person. Der Code ist aber nicht verschlüsselt: Wer technisch versiert ist, kann Ihre Antworten daraus lesen. Schicken Sie ihn nur jemandem, dem Sie sie anvertrauen.',
    shareNoRole:
      'Wählen Sie zuerst unter „Zu Ihrer Person“ Ihre Rolle: Der Code braucht sie, damit die Teamansicht Führung und Kundenkontakt vergleichen kann.',
    /** The roles as they read inside a sentence. */
    roleInSentence: {
      leader: 'Geschäftsleitung',
      manager: 'Führungskraft',
      frontline: 'Kundenkontakt',
      other: 'Sonstige',
    },
  },

  /** The choice among tied failure modes at the handbook's last places (results and team view). */
  ties: {
    chapters: plural({ one: '{n} Kapitel', other: '{n} Kapitel' }),
    /** Where the tie falls: all the handbook's places, or its last ones. */
    places: plural({ one: 'den einen Platz', other: 'die {n} Plätze' }),
    lastPlaces: plural({ one: 'den letzten Platz', other: 'die letzten {n} Plätze' }),
    above: plural({ one: 'das Fehlermuster darüber', other: 'die {n} darüber' }),
    legend: plural({
      one: '{n} Fehlermuster liegt bei {need} von 100 für {where} im Handbuch',
      other: '{n} Fehlermuster liegen gleichauf bei {need} von 100 für {where} im Handbuch',
    }),
    noChapter:
      'Das Handbuch hat noch kein Kapitel: Kreuzen Sie an, womit Sie beginnen wollen (bei der gewählten Zahl von Kapiteln ist Platz für {places}).',
    takesAbove: 'Das Handbuch übernimmt {above} ({chapters}), bis Sie einige davon ankreuzen.',
    takesTicked: 'Das Handbuch übernimmt Ihre Auswahl ({taken}): {chapters}.',
    takesAboveAndTicked: 'Das Handbuch übernimmt {above} sowie Ihre Auswahl ({taken}): {chapters}.',
    tickAll: 'Alle ankreuzen',
    untickAll: 'Alle abwählen',
  },

  /** The bar chart of need by category, as a screen reader hears it. */
  chart: {
    title: 'Handlungsbedarf nach Kategorie, 0 bis 100',
    category: '{category}: {need} von 100',
    notAssessed: '{category}: nicht bewertet',
    separator: '; ',
    description: '{categories}.',
  },

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
    addedPeople: plural({
      one: 'Die Antworten von {n} Person wurden hinzugefügt.',
      other: 'Die Antworten von {n} Personen wurden hinzugefügt.',
    }),
    fileTooLarge: '{file}: ist {size} KB groß; Antwortdateien haben höchstens {max} KB',
    fileProblem: '{file}: {message}',
    fileFieldProblem: '{file}, {field}: {message}',
    filesRefused: plural({
      one: 'Eine Datei hat ein Problem, daher wurde nichts hinzugefügt:',
      other: 'Einige Dateien haben Probleme, daher wurde nichts hinzugefügt:',
    }),
    addedFiles: plural({ one: '{n} Datei hinzugefügt.', other: '{n} Dateien hinzugefügt.' }),
    noAnswers: 'Noch keine Antworten.',
    combined: plural({ one: '{n} Person zusammengefasst.', other: '{n} Personen zusammengefasst.' }),
    removed: 'Alle Teamantworten entfernt.',
    tieWhy:
      'Die Antworten des Teams stellen keines davon vor ein anderes. Wählen Sie also, womit Sie beginnen, oder bitten Sie die Beteiligten, diese zu vertiefen und ihre Codes erneut zu schicken, um sie zu unterscheiden.',
    basis: plural({
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
    tooFew: plural({
      one: 'Bisher Antworten von einer Person: Die Ergebnisse des Teams erscheinen ab {min} Personen, damit sich niemandes Antworten einzeln ablesen lassen',
      other:
        'Bisher Antworten von {n} Personen: Die Ergebnisse des Teams erscheinen ab {min} Personen, damit sich niemandes Antworten einzeln ablesen lassen',
    }),
    merged: 'Führung und Kundenkontakt werden zusammen gezeigt, weil {why}',
    mergedWhy: 'nur {groups} geantwortet haben',
    /** A group too small to show apart, with how many people are in it. */
    groupCounts: {
      leadership: plural({ one: '{n} Person aus der Führung', other: '{n} Personen aus der Führung' }),
      frontline: plural({
        one: '{n} Person aus dem Kundenkontakt',
        other: '{n} Personen aus dem Kundenkontakt',
      }),
      other: plural({
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
    apart: plural({
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

  /** The team's figures as the page and the one-page report word them. */
  report: {
    title: 'Service-Selbsteinschätzung: Teambericht',
    titleFor: 'Service-Selbsteinschätzung: Teambericht für {company}',
    respondents: 'Geantwortet haben {people}: {groups}.',
    respondentsNamed: 'Geantwortet haben {people}: {groups}. Alle haben einen Namen angegeben: {names}.',
    groups: {
      leadership: '{n} aus der Führung',
      frontline: '{n} aus dem Kundenkontakt',
      other: '{n} mit der Rolle „Sonstige“',
    },
    fewRaters: plural({
      one: '{n} Fehlermuster wurde von weniger als {min} Personen bewertet und ist nicht aufgeführt.',
      other: '{n} Fehlermuster wurden von weniger als {min} Personen bewertet und sind nicht aufgeführt.',
    }),
    dash: 'Ein Strich: Weniger als {min} Personen dieser Gruppe haben es bewertet (oder eine andere Gruppe ist so klein), daher steht nur der Wert des Teams da.',
    cutTie: plural({
      one: '{n} weiteres Fehlermuster erreicht ebenfalls {need} und liegt gleichauf mit den letzten Zeilen: {modes}.',
      other:
        '{n} weitere Fehlermuster erreichen ebenfalls {need} und liegen gleichauf mit den letzten Zeilen: {modes}.',
    }),
    topModes: plural({
      one: 'Das Fehlermuster mit dem größten Handlungsbedarf',
      other: 'Die {n} Fehlermuster mit dem größten Handlungsbedarf',
    }),
    noDisagreement: 'Bei keinem Fehlermuster liegt das Team um {points} Punkte oder mehr auseinander.',
    columns: {
      rank: 'Nr.',
      mode: 'Fehlermuster',
      team: 'Team',
      leadership: 'Führung',
      frontline: 'Kundenkontakt',
      gap: 'Abstand',
      scoredBy: 'Bewertet per',
    },
  },

  /** Only in the Markdown report (`playbook assess --format md`). */
  markdown: {
    countedOnce: plural({
      one: 'Ein Antwortsatz wurde doppelt abgegeben und einmal gezählt.',
      other: '{n} Antwortsätze wurden doppelt abgegeben und je einmal gezählt.',
    }),
    byCategory: 'Handlungsbedarf nach Kategorie',
    categoryColumns: { category: 'Kategorie', need: 'Bedarf' },
    modeWithNeed: '{mode} ({reading})',
    disagreementsTitle: 'Wo das Team am meisten uneins ist',
    disagreement: '{mode}: Die Werte der Beteiligten liegen {points} oder mehr Punkte auseinander',
    needScale: 'Der Handlungsbedarf reicht von 0 (gut aufgestellt) bis 100 (dringend).',
    needScaleTied:
      'Der Handlungsbedarf reicht von 0 (gut aufgestellt) bis 100 (dringend); „2=“ markiert Fehlermuster mit gleichem Wert.',
    gapMeaning:
      'Abstand ist der Bedarf aus Sicht des Kundenkontakts minus dem aus Sicht der Führung: positiv, wo der Kundenkontakt mehr Bedarf sieht.',
  },

  /** Why an answer code cannot be read, for the person who pasted it. */
  code: {
    notACode: 'kein Antwortcode: Codes beginnen mit {prefix}',
    otherVersion:
      'mit einer anderen Version der Selbsteinschätzung erstellt ({version}); bitten Sie darum, die Antworten noch einmal auf dieser Seite zu geben',
    stray: 'enthält „{character}“, das in keinem Code vorkommt; kopieren Sie den Code erneut',
    aSpace: 'ein Leerzeichen',
    incomplete:
      'unvollständig oder vertippt (die Prüfsumme stimmt nicht); bitten Sie die Person, den ganzen Code noch einmal zu kopieren',
    otherStatements:
      'zu anderen Aussagen erstellt, als dieses Playbook jetzt hat (sie haben sich seitdem geändert); bitten Sie die Person, den Schnellcheck auf dieser Seite noch einmal zu machen',
    damaged:
      'beschädigt: Die Prüfsumme stimmt, aber die Antworten passen nicht zu diesem Playbook; bitten Sie erneut um den Code',
    tooLong:
      'der eingefügte Text ist {length} Zeichen lang; fügen Sie höchstens {max} ein (ein Code hat einige Hundert)',
  },

  /** Notes on the same person's answers given twice: {source} and {earlier} name where each came from. */
  duplicates: {
    sameAnswers: '{source} hat dieselben Antworten wie {earlier} und wurde daher nur einmal gezählt',
    samePerson:
      '{source} und {earlier} stammen von derselben Person und wurden daher nur einmal gezählt (mit {source}, dem späteren)',
  },

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
    chapters: plural({
      one: 'Das Kapitel unten ist das Fehlermuster mit dem größten Handlungsbedarf in {basis}.',
      other:
        'Die Kapitel unten sind die {n} Fehlermuster mit dem größten Handlungsbedarf in {basis}, größter Bedarf zuerst.',
    }),
    tieAll: plural({
      one: '{n} Fehlermuster liegt bei {need} von 100 für {where} und ist enthalten. Entfernen Sie es, wenn Sie es nicht wollen.',
      other:
        '{n} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; die Antworten stellen keines vor ein anderes, daher sind alle {n} enthalten. Entfernen Sie die, die Sie nicht wollen.',
    }),
    tieNoneChosen: plural({
      one: '{n} Fehlermuster liegt bei {need} von 100 für {where}; es wurde nicht gewählt.',
      other: '{n} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; keines davon wurde gewählt.',
    }),
    /** {n} is how many were chosen, {tied} how many tie. */
    tieChosen: plural({
      one: '{tied} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; {n} davon wurde gewählt.',
      other: '{tied} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; {n} davon wurden gewählt.',
    }),
    lastPlaces: plural({ one: 'den letzten Platz', other: 'die letzten {n} Plätze' }),
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
    priorityWithSigns: plural({
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
