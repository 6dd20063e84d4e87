/** German words for the self-assessment, one part of src/i18n/de/assess.ts. One person's results after the scan: the summary sentences, the ties and the chart. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessResults: Pick<Dictionary['assess'], 'results' | 'ties' | 'chart'> = {
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
    signsOnly: pluralForms({
      one: 'Sie haben Warnsignale von {modes} angekreuzt, aber keine seiner Aussagen bewertet; es hat daher noch keinen Wert: Bewerten Sie mindestens eine Aussage.',
      other:
        'Sie haben Warnsignale von {modes} angekreuzt, aber keine ihrer Aussagen bewertet; sie haben daher noch keinen Wert: Bewerten Sie mindestens eine Aussage.',
    }),
    ratedQuick: 'Sie haben {answered} von {questions} Aussagen bewertet: den Schnellcheck.',
    ratedDeep:
      'Sie haben {answered} von {questions} Aussagen bewertet: eine Vertiefung bei jedem Fehlermuster, das Sie bewertet haben.',
    ratedMixed: pluralForms({
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
    topTie: pluralForms({
      one: 'Der größte Handlungsbedarf in Ihren Antworten: {n} Fehlermuster liegt bei {need} von 100.',
      other:
        'Der größte Handlungsbedarf in Ihren Antworten: {n} Fehlermuster liegen gleichauf bei {need} von 100.',
    }),
    topTieNamed: pluralForms({
      one: 'Der größte Handlungsbedarf in Ihren Antworten: {n} Fehlermuster liegt bei {need} von 100: {modes}.',
      other:
        'Der größte Handlungsbedarf in Ihren Antworten: {n} Fehlermuster liegen gleichauf bei {need} von 100: {modes}.',
    }),
    nextTie: pluralForms({
      one: 'Danach liegt {n} Fehlermuster bei {need} von 100.',
      other: 'Danach liegen {n} Fehlermuster gleichauf bei {need} von 100.',
    }),
    nextTieNamed: pluralForms({
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
    byCategory: pluralForms({
      one: 'Nach Kategorien braucht {most} die meiste Aufmerksamkeit und {least} die wenigste.',
      other: 'Nach Kategorien brauchen {most} die meiste Aufmerksamkeit und {least} die wenigste.',
    }),
    categoriesAt: '{n} Kategorien ({need} von 100)',
    rankingItem: 'Handlungsbedarf {need} von 100, {reading}. Bewertet per {depth}.',
    rankingItemTied: pluralForms({
      one: 'Handlungsbedarf {need} von 100, {reading}, gleichauf mit 1 weiteren Fehlermuster. Bewertet per {depth}.',
      other:
        'Handlungsbedarf {need} von 100, {reading}, gleichauf mit {n} weiteren Fehlermustern. Bewertet per {depth}.',
    }),
    /** The offer to go deeper on the chapters scored from one statement; {items} statements and signs, {minutes} to answer them. */
    goDeeper: pluralForms({
      one: 'Ein Fehlermuster oben in Ihren Ergebnissen beruht auf nur einer Aussage: {modes}. Vertiefen Sie es ({items} weitere Aussagen und Warnsignale, etwa {minutes} Minuten), damit sein Wert belastbarer wird, bevor Sie handeln; bestätigt die Vertiefung ein Problem, bleibt es, wo es ist.',
      other:
        '{n} Fehlermuster oben in Ihren Ergebnissen beruhen auf jeweils nur einer Aussage: {modes}. Vertiefen Sie sie ({items} weitere Aussagen und Warnsignale, etwa {minutes} Minuten), damit ihre Werte belastbarer werden, bevor Sie handeln; bestätigt die Vertiefung ein Problem, bleibt es, wo es ist.',
    }),
    goDeeperUnnamed: pluralForms({
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
    chapters: pluralForms({ one: '{n} Kapitel', other: '{n} Kapitel' }),
    /** Where the tie falls: all the handbook's places, or its last ones. */
    places: pluralForms({ one: 'den einen Platz', other: 'die {n} Plätze' }),
    lastPlaces: pluralForms({ one: 'den letzten Platz', other: 'die letzten {n} Plätze' }),
    above: pluralForms({ one: 'das Fehlermuster darüber', other: 'die {n} darüber' }),
    legend: pluralForms({
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
};
