/** German words for the training material a handbook ships with (kits, calendar, worksheets, first 90 days): one part of the dictionary src/i18n/de.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const kit: Dictionary['kit'] = {
  /** Between the parts of a footer: the company, the playbook, the mode. */
  separator: ' · ',
  kicker: 'Trainingsmappe · Moderationsblatt · {category}',
  forMode: 'Zum Fehlermuster „{title}“: {summary}',
  facts: { format: 'Methode', length: 'Dauer', group: 'Gruppe', prep: 'Vorbereitung', cards: 'Karten' },
  minutes: pluralForms({ one: '{n} Minute', other: '{n} Minuten' }),
  noCards: 'keine',
  cardsOnSheets: '{cards} auf {sheets}',
  sheets: pluralForms({ one: '{n} Bogen', other: '{n} Bögen' }),
  /** Printed in bold, as a label, before the list of missing parts. */
  missingLabel: 'Noch zu schreiben',
  missing: '{parts}. Diese Mappe druckt, was bisher vorhanden ist.',
  /** The parts a complete kit has, by exercise field, as a trainer names them (and a page's author reads them). */
  parts: {
    prepMinutes: 'Vorbereitungszeit',
    materials: 'Materialliste',
    agenda: 'Ablauf mit Zeiten',
    cards: 'Karten',
    facilitator: 'Hinweise für die Moderation',
    remote: 'Online-Variante',
    followUp: 'Nachbereitung',
  },
  beforeSession: 'Vor der Einheit',
  cardsToPrint: 'Zu druckende Karten',
  printCutOut:
    'Drucken Sie die Karten zum Ausschneiden, die auf dieses Blatt folgen, und schneiden Sie sie an den gestrichelten Linien aus.',
  fullPages: pluralForms({
    one: 'Ein Bogen wird auf einer eigenen Seite gedruckt, zum Kopieren wie in der Liste oben angegeben: {titles}.',
    other:
      '{n} Bögen werden jeweils auf einer eigenen Seite gedruckt, zum Kopieren wie in der Liste oben angegeben: {titles}.',
  }),
  agenda: 'Ablauf',
  roles: 'Rollen',
  prompts: 'Impulsfragen',
  facilitatorNotes: 'Hinweise für die Moderation',
  debrief: 'Fragen zur Nachbesprechung',
  remote: 'Online durchführen',
  /** A call that takes a different time from the room: its length and the page's reason. */
  remoteLength: 'Als Videokonferenz dauert die Einheit {minutes}: {why}',
  beforeCall: 'Vor der Videokonferenz',
  onTheCall: 'In der Videokonferenz',
  afterSession: 'Nach der Einheit',
  next30Days: 'In den nächsten 30 Tagen',
  atRefresher: 'Bei der Auffrischung',
  agendaColumns: { clock: 'Zeit', minutes: 'Minuten', step: 'Was passiert' },
  /** A step's place on the session clock: "0:05–0:20". */
  clockRange: '{start}–{end}',
  deckColumns: { deck: 'Stapel', cards: 'Karten', sets: 'Wer einen Satz bekommt' },
  setsSeparator: '; ',
  noSets: 'In den Materialien noch nicht angegeben',
  watchFor: 'Worauf Sie achten sollten',
  quietGroup: 'Wenn die Gruppe still ist',
  defensiveGroup: 'Wenn die Gruppe in die Defensive geht',
  debriefPoint: 'Was die Nachbesprechung unbedingt vermitteln muss',
  cutOutCards: 'Karten zum Ausschneiden',
  cutNote: pluralForms({
    one: '{n} Karte, {sheets} mit bis zu {perSheet}. An den gestrichelten Linien ausschneiden.',
    other: '{n} Karten, {sheets} mit bis zu {perSheet}. An den gestrichelten Linien ausschneiden.',
  }),
  cutSheets: pluralForms({ one: 'ein Bogen', other: '{n} Bögen' }),
  sheetLabel: 'Kartenbogen {n} von {total}',
  /** A card's deck and place in it: "Customer messages · 3 of 8". */
  roleBriefsDeck: 'Rollenkarten',
  cardPosition: '{deck} · {n} von {of}',
  /** Who is handed a set of cards, by the material's `per`. */
  holders: {
    room: 'für den ganzen Raum',
    trainer: 'nur für die Trainingsleitung',
    person: 'pro Person',
    pair: 'pro Paar',
    group: 'pro Gruppe',
    table: 'pro Tisch',
  },
  /** Sets of a deck are counted in words up to ten: "two sets per group". */
  numberWords: ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'],
  /** {count} is the number in words. A deck of one card is a sheet to copy, not a set to sort. */
  sets: pluralForms({ one: '{count} Satz', other: '{count} Sätze' }),
  copies: pluralForms({ one: '{count} Exemplar', other: '{count} Exemplare' }),
  setsFor: '{sets} {holder}',
  partOfDeck: '{count} der {size} Karten {holder}',
  partOfDeckSets: '{count} der {size} Karten {holder}, {sets}',
};

export const calendar: Dictionary['calendar'] = {
  /** The calendar's product identifier (RFC 5545 PRODID); its last part names the language of its text. */
  productId: '-//service-playbook//training plan//DE',
  /** The calendar's name, with the company's name or without. */
  name: 'Servicetraining {company}',
  nameWithoutCompany: 'Servicetraining',
  sessionTitle: 'Servicetraining {n}: {exercise}',
  refresherTitle: 'Auffrischung: {title}',
  categories: { session: 'Trainingseinheit', refresher: 'Auffrischung' },
  mode: 'Fehlermuster: {title}. {summary}',
  exercise: 'Übung: {title} ({format}, {length}{group}).',
  group: ', {group}',
  setup: 'Aufbau: {setup}',
  debrief: 'Nachbesprechung:\n{questions}',
  /** One line of a list in an event's text. */
  listItem: '- {item}',
  refresherIntro: 'Eine kurze Rückkehr zu Einheit {n}, „{title}“, damit das dort Geübte hängen bleibt.',
  refresherCheck: 'Prüfen Sie, ob es hängen geblieben ist: {check}',
  /** A refresher's check when the exercise has none of its own: a general retrospective. */
  refresherRetrospective:
    'Bitten Sie jede Person um einen Moment seit der Einheit, in dem es einen Unterschied gemacht hat, und um einen, in dem es das nicht hat. Sehen Sie sich dann gemeinsam die Kennzahlen des Kapitels an: Haben sie sich bewegt? Wählen Sie eine Sache, die Sie vor der nächsten Einheit noch einmal versuchen.',
  agreed: 'Vereinbart für die 30 Tage nach der Einheit:\n{actions}',
  revisit: 'Fragen, auf die Sie zurückkommen:\n{questions}',
  readMore: 'Weiterlesen: {link}',
  /** A play's review (from its review week in "Our first 90 days"), an all-day event. */
  reviewTitle: 'Überprüfung: {play}',
  reviewCategory: 'Überprüfung',
  reviewDescription:
    'Woche {week} des Plans im Handbuch: Prüfen Sie, ob „{play}“ (Kapitel {n}, {chapter}) wirkt, und entscheiden Sie, was Sie beibehalten, ändern oder beenden. Verantwortlich: {owner}.',
};

export const worksheets: Dictionary['worksheets'] = {
  /** The line above a worksheet's title. */
  kicker: 'Arbeitsblatt',
  /** The heading of the paragraph on how to fill it in. */
  howTo: 'So füllen Sie es aus',
  /** A blank to write on after a label, as text (Markdown, Word); HTML draws a line instead. Dots, as Markdown would escape underscores. */
  blank: '..............................',
  /** A line to write on, as text. */
  line: '..........................................................................................',
  /** A box to tick before a checklist item. */
  tickBox: '☐ {item}',
  /** The footer of a printed worksheet: where it comes from. */
  footer: '{site} · {title}',
  footerWithCompany: '{company} · {site} · {title}',
  /** The site's index of every worksheet (/worksheets/). */
  index: {
    title: 'Arbeitsblätter',
    description:
      'Alle Formulare, die eine Maßnahme im Playbook von einem Team ausfüllen lässt, jeweils auf einer gedruckten Seite.',
    lede: 'Die Formulare, die Sie für die Maßnahmen ausfüllen: Protokolle, Checklisten, Pläne und Auswertungsbögen. Jedes passt auf eine Seite A4 oder US Letter.',
    /** Before the plays that use a worksheet, as links. */
    usedIn: 'Verwendet in',
    /** The link to the index from the list of failure modes. */
    link: 'Arbeitsblätter: alle Formulare zu den Maßnahmen, fertig zum Drucken',
  },
  /** One worksheet's page (/worksheets/<id>/). */
  page: {
    title: 'Arbeitsblatt: {title}',
    back: '← Alle Arbeitsblätter',
    print: 'Dieses Arbeitsblatt drucken',
    printNote:
      'Passt auf eine Seite, A4 oder US Letter. Verwenden Sie den Druckbefehl Ihres Browsers (Strg+P oder ⌘P).',
    usedBy: 'Maßnahmen, die es verwenden',
    /** One play that uses it: the play's title and the failure mode it belongs to. */
    usedByPlay: '{play}, aus {mode}',
  },
  /** A handbook's appendix of the worksheets its chapters use. */
  appendix: {
    heading: 'Anhang {letter}: Arbeitsblätter',
    intro:
      'Die Formulare, die Sie für die Maßnahmen dieses Handbuchs ausfüllen, je eine Seite. Kopieren Sie sie nach Bedarf.',
    /** Under each worksheet: the plays that use it, as links. */
    usedIn: 'Verwendet in {plays}.',
    /** One play in that list: the play's title and its chapter. */
    play: '„{play}“ (Kapitel {n})',
  },
  /** The title of the worksheets file of a handbook. */
  fileTitle: 'Arbeitsblätter · {company}',
};

export const firstDays: Dictionary['firstDays'] = {
  heading: 'Unsere ersten 90 Tage',
  /** With a start date; the calendar note is added when the training calendar holds the reviews. */
  introDated:
    'Woche für Woche ab {date} (Woche 0): jede Maßnahme dieser Kapitel in der Woche, in der sie beginnt, mit der verantwortlichen Person, und in der Woche, in der das Team prüft, ob sie wirkt.',
  introUndated:
    'Woche für Woche ab dem Tag, an dem Sie beginnen (Woche 0): jede Maßnahme dieser Kapitel in der Woche, in der sie beginnt, mit der verantwortlichen Person, und in der Woche, in der das Team prüft, ob sie wirkt. Geben Sie dem Trainingsplan ein Startdatum, um hier das Datum jeder Woche zu sehen.',
  calendarNote: 'Der Trainingskalender zu diesem Handbuch enthält auch die Termine der Überprüfungen.',
  /** A week's heading. */
  week: 'Woche {n}',
  weekDated: 'Woche {n} · ab {date}',
  /** A play that starts in the week: {play} is its title, {owner} its owner (and whoever helps). */
  starts: 'Start: {play} (Kapitel {n}). Verantwortlich: {owner}.',
  /** The same, with the week it is reviewed in. */
  startsWithReview: 'Start: {play} (Kapitel {n}). Verantwortlich: {owner}. Überprüfung in Woche {review}.',
  /** A play due for review in the week. */
  review: 'Überprüfung: {play} (Kapitel {n}) – wirkt es? Verantwortlich: {owner}.',
  /** The heading over the weeks after week 12. */
  later: 'Nach den ersten 90 Tagen',
  unscheduled: 'Unsere eigenen Maßnahmen, noch ohne Woche',
  unscheduledIntro:
    'Vereinbaren Sie für jede davon mit der verantwortlichen Person eine Startwoche und eine Woche für die Überprüfung.',
  unscheduledPlay: '{play} (Kapitel {n}). Verantwortlich: {owner}.',
  /** A handbook whose chapters have no plays with weeks. */
  empty: 'Noch keine Maßnahme dieser Kapitel hat eine Startwoche.',
};
