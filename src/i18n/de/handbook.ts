/** German words for the front and back matter of a handbook and of the whole playbook in print: one part of the dictionary src/i18n/de.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const handbook: Dictionary['handbook'] = {
  kicker: 'Servicehandbuch',
  title: 'Servicehandbuch von {company}',
  visionLabel: 'Unsere Servicevision',
  contents: 'Inhalt',
  /** The running footer of a printed page. */
  pageOf: 'Seite {n} von {total}',
  howToUse: 'So arbeiten Sie mit diesem Handbuch',
  /** The "How to use this handbook" paragraphs; {company} is the company, {chapters} how many chapters it picked. */
  howToUseParagraphs: [
    '{company} hat für dieses Handbuch {chapters} ausgewählt: die Serviceprobleme, die wir am dringendsten beheben wollen, in der Reihenfolge, in der wir sie angehen. Jedes Kapitel beschreibt, wie guter Service auf eine bestimmte Weise ins Rutschen gerät, woran man das bei uns erkennt und was wir dagegen tun.',
    'Lesen Sie jedes Kapitel vor der zugehörigen Trainingseinheit für sich allein. Beginnen Sie mit den Warnsignalen: Wenn Ihnen mehrere davon aus der letzten Woche bekannt vorkommen, betrifft das Kapitel uns. Bewerten Sie dann jede Diagnoseaussage von 1 (trifft nicht zu) bis 5 (trifft voll zu). Vergleichen Sie die Werte im Team und setzen Sie dort an, wo sie am niedrigsten sind.',
    'Die Maßnahmen sind das, was wir tun. Jede Maßnahme nennt eine verantwortliche Rolle und einen Zeitrahmen – gehen Sie also aus jeder Einheit mit der Klarheit, wer welche Maßnahme übernommen hat. Die Kennzahlen zeigen, ob die Veränderung wirkt: Halten Sie fest, wo sie heute stehen, und schauen Sie nach einem Monat wieder hin.',
    'Der Trainingsplan macht aus der Übung jedes Kapitels eine Trainingseinheit. Unsere Standards (erste Antwort: {firstResponse}; Rückruf: {callback}) und die Tabelle der Befugnisse sind Versprechen: Die Tabelle sagt, was jede Rolle entscheiden darf, ohne jemanden zu fragen.',
  ],
  howToUseChapters: pluralForms({ one: 'ein Kapitel', other: '{n} Kapitel' }),
  howToUseAppendix:
    'Der Anhang fasst {n} weitere Fehlermuster in jeweils wenigen Zeilen zusammen. Passt eines davon besser als ein Kapitel, nehmen Sie es in die Prioritäten auf und erstellen Sie das Handbuch neu.',
  standards: 'Unsere Servicestandards',
  /** {company} is the company's own name, kept apart from the sentence around it. */
  standardsIntro:
    'Diese Versprechen gibt {company} allen Kundinnen und Kunden. Die Kapitel beziehen sich namentlich darauf.',
  standardColumns: ['Standard', 'Unser Versprechen'],
  firstResponse: 'Erste Antwort',
  callback: 'Rückruf',
  refundLimit: 'Erstattung ohne Rückfrage im Kundenkontakt',
  training: 'Trainingsplan',
  trainingColumns: {
    session: 'Einheit',
    date: 'Datum',
    chapter: 'Kapitel',
    exercise: 'Übung',
    format: 'Methode',
    duration: 'Dauer',
  },
  total: 'Gesamt',
  /** The training plan's opening: what it holds, in all, and how often. */
  trainingIntro:
    '{sessions}{refreshers}, insgesamt {total}{cadence}. Jede Einheit führt die Übung aus ihrem Kapitel durch. Drucken Sie das Handout des Kapitels für alle Teilnehmenden aus und bitten Sie sie, das Kapitel vorher zu lesen.',
  trainingSessions: pluralForms({ one: 'Eine Trainingseinheit', other: '{n} Trainingseinheiten' }),
  trainingRefreshers: pluralForms({ one: ' und eine Auffrischung', other: ' und {n} Auffrischungen' }),
  trainingCadence: ', Rhythmus: {cadence}',
  trainingCadenceNames: { weekly: 'wöchentlich', fortnightly: 'alle zwei Wochen', monthly: 'monatlich' },
  refresherIntro:
    'Eine Auffrischung greift eine Einheit {after} Einheiten später wieder auf ({minutes}, direkt nach der Einheit des Tages oder als eigener Termin, wenn keine Kapitel mehr folgen): Prüfen Sie mit den Fragen aus der Nachbesprechung des Kapitels, was sich seitdem verändert hat.',
  calendarNote:
    'Der Trainingskalender zu diesem Handbuch enthält dieselben Einheiten und Auffrischungen an denselben Terminen.',
  refresherRow: 'Auffrischung von Einheit {n}',
  refresherFormat: 'Auffrischung',
  otherModes: 'Anhang {letter}: Weitere Fehlermuster',
  otherModesIntro:
    'Der Rest des Playbooks in Kürze. Jedes dieser Fehlermuster könnte in einer späteren Ausgabe ein eigenes Kapitel werden.',
  firstStep: 'Ein erster Schritt:',
  empowerment: 'Anhang {letter}: Wer was entscheiden darf',
  metricsAppendix: 'Anhang {letter}: Kennzahlen',
  pulseAppendix: 'Anhang {letter}: Pulsbefragung der Mitarbeitenden',
  empowermentSample:
    'Es sind noch keine Grenzen vereinbart; dies ist ein Beispiel als Ausgangspunkt. Vereinbaren Sie echte Grenzen mit den Menschen, die damit arbeiten, und tragen Sie sie im Handbuch unter „Wer was entscheiden darf (ohne Rückfrage)“ ein.',
  /** {company} is the company's own name, kept apart from the sentence around it. */
  empowermentIntro:
    'Was jede Rolle bei {company} entscheiden darf, ohne jemanden zu fragen, und bis zu welcher Grenze. Entscheidungen innerhalb dieser Grenzen werden im Nachhinein nicht infrage gestellt.',
  empowermentColumns: ['Rolle', 'Darf entscheiden', 'Bis'],
  sources: 'Quellen',
  sourcesIntro:
    'Die Kapitel sind in eigenen Worten des Playbooks geschrieben und stützen sich auf diese Artikel.',
  drawnOnIn: 'Verwendet in: {chapters}',
  chapterRef: 'Kapitel {n}',
  logoAlt: 'Logo von {company}',
  /** The head of the company's note at the top of a chapter. */
  companyNote: 'Bei {company}',
  /** The head of the company's own example, which stands where the library's stood. */
  companyExample: 'Ein Beispiel von {company}',
  /** Above a play the company added to a chapter. */
  ownPlay: 'Eigene Maßnahme von {company}',
  /** The kicker of a chapter the company wrote itself. */
  ownChapterKicker: 'Kapitel {n} · Eigenes Kapitel von {company}',
  /** The session on a chapter the company wrote itself. */
  ownSession: {
    title: 'Lesen und besprechen: {title}',
    setup:
      'Alle lesen das Kapitel vorher. Besprechen Sie es in der Reihenfolge, in der es geschrieben ist, und vereinbaren Sie dann, wer was als Erstes tut.',
    prompts: [
      'Was verlangt dieses Kapitel von Ihnen in Ihrer Rolle?',
      'Wo weicht das, was wir heute tun, davon ab?',
    ],
    debrief: [
      'Was tut jede und jeder von uns als Erstes, und bis wann?',
      'Was könnte uns aufhalten, und wer kann das aus dem Weg räumen?',
    ],
  },
  /** "Who does what": the roles, each with the chapters its plays are in. */
  whoDoesWhat: 'Wer macht was',
  whoDoesWhatIntro:
    'Jede Rolle, mit der hier verwendeten Bezeichnung, und die Kapitel, in denen sie eine Maßnahme verantwortet oder mitträgt.',
  whoDoesWhatColumns: ['Rolle', 'Kapitel mit ihren Maßnahmen'],
  playsInChapter: pluralForms({ one: '{chapter} (eine Maßnahme)', other: '{chapter} ({n} Maßnahmen)' }),
  /** The audiences, as a list in lower case. */
  forAudiences: 'Für {list}',
};

export const playbook: Dictionary['playbook'] = {
  kicker: 'Das vollständige Playbook',
  title: 'Service Playbook',
  intro:
    '{modes} strukturelle Gründe, warum Unternehmen im Kundenservice scheitern, in {categories} Kategorien, jeweils mit Warnsignalen, Ursachen, Diagnoseaussagen, Maßnahmen, Kennzahlen und einer Trainingsübung. Unternehmensangaben stehen hier in neutraler Form; der Handbuch-Baukasten auf der Playbook-Website setzt Ihre eigenen ein.',
  contents: 'Inhalt',
  metrics: 'Kennzahlen',
  pulse: 'Pulsbefragung der Mitarbeitenden',
  sources: 'Quellen',
  sourcesIntro: 'Das Playbook ist in eigenen Worten geschrieben und stützt sich auf diese Artikel.',
  subject:
    'Die strukturellen Gründe, warum Unternehmen im Kundenservice scheitern, und was jeweils dagegen hilft',
  /** On screen only, above /print/'s cover: the way back, and how to print. */
  siteNav: 'Die Playbook-Website',
  backToSite: '← Zurück zum Playbook',
  printHint:
    'Zum Drucken verwenden Sie den Druckbefehl Ihres Browsers (Strg+P oder ⌘P): Jedes Kapitel beginnt auf einer neuen Seite, mit Seitenzahlen.',
  /** On screen only, once the page's script runs: the paper the contents is numbered for. */
  paperLegend: 'Papier',
  paperNames: { A4: 'A4', Letter: 'US Letter' },
  printButton: 'Drucken',
};
