/** German words for the staffing calculator and its readings: one part of the dictionary src/i18n/de.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const staffing: Dictionary['staffing'] = {
  /** The calculator's name: the page's title, and the heading of the link to it on the mode pages it helps with. */
  title: 'Personalrechner',
  titleInSentence: 'Personalrechner',
  /** What the calculator answers for each mode it helps with, by mode id (src/core/staffing/tools.ts). */
  pitches: {
    understaffing:
      'Geben Sie Ihre Volumen, die Bearbeitungszeit und Ihr Versprechen ein und sehen Sie, wie viele Personen es am Telefon und im Dienstplan braucht, Stunde für Stunde.',
    'yesterdays-response-standards':
      'Bevor Sie einen Reaktionsstandard verschärfen: Sehen Sie, wie viele Personen das neue Versprechen braucht und wie lange Kundinnen und Kunden mit Ihrem jetzigen Team warten.',
  },

  // The calculator's own words, from here to `form`: the page's script needs them too, so the page
  // writes them into its HTML (src/core/staffing/wording.ts lists them).

  /** Durations, counts of people, percentages and targets, as the readings write them. */
  units: {
    seconds: pluralForms({ one: '{n} Sekunde', other: '{n} Sekunden' }),
    minutes: pluralForms({ one: '{n} Minute', other: '{n} Minuten' }),
    hours: pluralForms({ one: '{n} Stunde', other: '{n} Stunden' }),
    /** A duration in two units, the larger first: "2 minutes 3 seconds", "1 hour 30 minutes". */
    twoUnits: '{larger} {smaller}',
    people: pluralForms({ one: '{n} Person', other: '{n} Personen' }),
    percent: '{n}\u00a0%',
    /** A target: a share answered within a time ("80% within 20 seconds"), or an average wait. */
    serviceLevel: '{share} innerhalb von {time}',
    averageWait: 'eine durchschnittliche Wartezeit von höchstens {time}',
  },
  /** Each queue's contacts and the people answering them, by channel; the volumes as a manager says them. */
  channels: {
    phone: {
      contacts: 'Anrufe',
      working: 'am Telefon',
      waiting: 'Anrufenden',
      perHour: pluralForms({ one: '{n} Anruf pro Stunde', other: '{n} Anrufe pro Stunde' }),
      perDay: pluralForms({ one: '{n} Anruf pro Tag', other: '{n} Anrufe pro Tag' }),
      perInterval: pluralForms({ one: '{n} Anruf pro {interval}', other: '{n} Anrufe pro {interval}' }),
    },
    chat: {
      contacts: 'Chats',
      working: 'im Chat',
      waiting: 'Kundinnen und Kunden',
      perHour: pluralForms({ one: '{n} Chat pro Stunde', other: '{n} Chats pro Stunde' }),
      perDay: pluralForms({ one: '{n} Chat pro Tag', other: '{n} Chats pro Tag' }),
      perInterval: pluralForms({ one: '{n} Chat pro {interval}', other: '{n} Chats pro {interval}' }),
    },
  },
  /**
   * The result in plain words, as a manager would say it to their director. A sentence's optional
   * parts are placeholders filled with the pieces below it, or left empty.
   */
  reading: {
    needServiceLevel:
      'Um {share} der {contacts} innerhalb von {time} anzunehmen, brauchen Sie {people} {working}{holding}{busiestHour}{cap}{rota}.',
    needAverageWait:
      'Um die durchschnittliche Wartezeit bei höchstens {time} zu halten, brauchen Sie {people} {working}{holding}{busiestHour}{cap}{rota}.',
    holding: ' mit je {n} gleichzeitig',
    busiestHour: ' in der Spitzenstunde',
    cap: ' (das Ziel allein erfordert {n}, aber dann ist jede Person mehr als {occupancy} der Zeit ausgelastet)',
    rota: ', also {people} im Dienstplan, wenn Pausen, Training und Abwesenheit ({shrinkage} der bezahlten Zeit) eingerechnet sind',
    neverClears:
      'Mit {people} baut sich die Warteschlange nie ab: Die {contacts} bringen in jedem Moment Arbeit für {work} Personen, also wächst die Schlange, solange weitere eingehen.',
    figures:
      'Mit {people} werden {level} der {contacts} innerhalb von {time} angenommen, die durchschnittliche Wartezeit beträgt {wait}, {waiting} der {waiters} müssen überhaupt warten, und jede Person ist {occupancy} ihrer Zeit ausgelastet.',
    figuresHeld:
      'Mit {people} werden {level} der {contacts} innerhalb von {time} angenommen, die durchschnittliche Wartezeit beträgt {wait}, {waiting} der {waiters} müssen überhaupt warten, und die {n} Chat-Plätze jeder Person sind {occupancy} der Zeit belegt.',
    /** The figures for the people you have, then how they compare with what the target takes. */
    whatIf: '{figures} {verdict}',
    short: 'Das sind {n} weniger, als das Ziel erfordert.',
    more: 'Das sind {n} mehr, als das Ziel erfordert.',
    exact: 'Das ist genau, was das Ziel erfordert.',
    perDay:
      'Die Spitzenstunde bringt {busiest} der {total} {contacts} des Tages ({share}); alle Zahlen hier gelten für diese Stunde.',
    held: 'Wer {n} Chats gleichzeitig führt, braucht für jeden etwa {stretched} statt {handle}; eine Person mit {n} Chats leistet also so viel wie {capacity} Personen, die einen nach dem anderen beantworten.',
    emailNeed:
      'Um jede Nachricht innerhalb von {standard} Öffnungszeit zu beantworten, brauchen Sie {people} dafür{rota}. Jede Person erledigt etwa {rate} pro Stunde.',
    emailRota: ', also {people} im Dienstplan, wenn Pausen, Training und Abwesenheit eingerechnet sind',
    neverCatchesUp:
      'Mit {people} kommt jeden Tag mehr herein, als erledigt werden kann; der Rückstand wächst also täglich um etwa {growth}, und kein Standard hält.{fastest}',
    growsFastest:
      ' Am schnellsten wächst er ab {hour}, wenn in der Stunde {arrivals} eingehen und {people} {rate} pro Stunde erledigen.',
    neverOutgrows:
      'Mit {people} wächst die Warteschlange dem Team nie über den Kopf: Die längste Wartezeit beträgt {wait}{verdict}.{overnight}',
    growsFrom:
      'Mit {people} wächst die Warteschlange ab {hour}, wenn in der Stunde {arrivals} eingehen und {people} {rate} pro Stunde erledigen; die längste Wartezeit beträgt {wait}{verdict}.{overnight}',
    withinStandard: ', innerhalb des Standards',
    overStandard: ', länger als der Standard',
    overnight: ' Die {n}, die über Nacht eingehen, warten bei Öffnung.',
  },
  /** Polite questions about inputs that are allowed but look like a slip; {volume} is e.g. "600 calls an hour". */
  checks: {
    busy: '{volume}: viel für ein Team von {team}, denn das erfordert {people}. Meinten Sie pro Tag?',
    busyPerDay:
      '{volume}: viel für ein Team von {team}, denn das erfordert {people}. Bitte prüfen Sie das Volumen.',
    quiet:
      '{volume}: Das erfordert nur {people}, weit weniger als Ihr Team von {team}. Bitte prüfen Sie das Volumen.',
    quietPerDay:
      '{volume}: Das erfordert nur {people}, weit weniger als Ihr Team von {team}. Meinten Sie pro Stunde?',
    handleVeryShort: '{handle} ist sehr kurz für Gespräch plus Nachbearbeitung: Meinten Sie {n} Minuten?',
    handleVeryLong: '{handle} ist sehr lang für einen Kontakt: Meinten Sie {n} Sekunden?',
    shrinkageHigh:
      '{share} der bezahlten Zeit ohne Kundenkontakt ist ungewöhnlich viel; die meisten Teams verlieren 25 bis 40 %. Bitte prüfen Sie den Wert.',
    busiestHourHigh:
      '{share} eines ganzen Tages in einer Stunde ist ungewöhnlich; bei den meisten Teams sind es 10 bis 15 %. Bitte prüfen Sie den Wert.',
  },
  /** The results on the page: the table of staffing levels, the chart, and email's hour-by-hour table. */
  result: {
    levelsCaption: 'Was jede Besetzung bringt: {contacts}, angenommen innerhalb von {time}',
    levelsColumns: {
      people: 'Personen im Einsatz',
      within: 'Binnen {time}',
      wait: 'Ø Wartezeit',
      waitAtAll: 'Müssen warten',
      occupancy: 'Auslastung',
      rota: 'Im Dienstplan',
    },
    queueGrows: 'keine: Schlange wächst',
    waitGrows: 'wächst ohne Ende',
    /** A marked row's note, after its first cell: "12 (what-if)". */
    marked: '({mark})',
    needed: 'benötigt',
    whatIf: 'Ihr Team',
    chartTitle: 'Anteil angenommen innerhalb von {time}, nach Personen im Einsatz',
    chartPoint: '{people}: {level}',
    chartPointSeparator: '; ',
    chartDescription: '{points}.{target}',
    chartTarget: ' Ziel {level}; {people} erreichen es.',
    chartAxis: 'Personen im Einsatz',
    /** The labels above the bar the target takes and the bar of the people you have. */
    chartNeed: 'Bedarf',
    chartYou: 'Sie',
    captionShare:
      'Anteil der {contacts}, die innerhalb von {time} angenommen werden, je Zahl der Personen im Einsatz. ',
    captionTarget: 'Die gestrichelte Linie ist Ihr Ziel von {level}. ',
    captionNeed: 'Der Balken „Bedarf“ ({n}) ist die kleinste Zahl von Personen, die Ihr Ziel erreicht{you}.',
    captionYou: '; „Sie“ ({n}) ist die Zahl der Personen, die Sie haben',
    hoursCaption: 'Stunde für Stunde mit {people} (höchstens {rate} pro Stunde erledigt){firstDay}',
    firstDay: ', erster Tag',
    hoursColumns: {
      hour: 'Ab',
      arriving: 'Eingang',
      cleared: 'Erledigt',
      waiting: 'Offen am Ende',
      oldest: 'Längste Wartezeit',
    },
    nothingWaiting: '–',
    growsHere: 'Schlange wächst',
    moreThanCleared: 'mehr als erledigt',
  },
  /** The page script's own lines around problems and checks (a problem's sentence: src/schemas/staffing-wording.ts). */
  form: {
    /** A check, read out after the result; {label} is the field's label. */
    pleaseCheck: 'Bitte prüfen Sie {label}: {message}',
    fix: pluralForms({
      one: 'Beheben Sie dies, um das Ergebnis zu sehen:',
      other: 'Beheben Sie diese Punkte, um das Ergebnis zu sehen:',
    }),
  },

  /** "What our standards take" in a handbook chapter (src/document/staffing-section.ts). */
  handbook: {
    heading: 'Was unsere Standards erfordern',
    intro:
      'So viele Personen brauchen unsere eigenen Standards bei den Volumen, die wir haben – berechnet mit der Warteschlangen-Mathematik, mit der Contact-Center planen. „Im Dienstplan“ rechnet {shrinkage} für Pausen, Training, Besprechungen und Abwesenheit hinzu. Sind weniger Personen im Dienst, ist der Standard ein Versprechen, das wir nicht halten können, so sehr sich das Team auch anstrengt.',
    columns: [
      'Kanal',
      'Unser Standard',
      'Volumen',
      'Bearbeitungszeit',
      'Gleichzeitig im Einsatz',
      'Im Dienstplan',
    ],
    emailStandard: 'jede Nachricht innerhalb von {time}',
    emailVolume: '{n} pro Tag',
    dayVolume: '{n} pro Tag, {share} in der Spitzenstunde',
    hourVolume: '{n} pro Stunde',
    intervalVolume: '{n} pro {interval}',
    handleHeld: '{handle}, {n} gleichzeitig',
    /** A table cell for a count of people no team up to the calculators' limit reaches. */
    outOfReachCell: 'mehr als {n}',
    outOfReach: 'Kein Team mit bis zu {people} erreicht {standard} bei diesen Volumen.',
    /** One channel's reading under the table; {channel} is the company's own name for it. */
    reading: '{channel}: {reading}',
  },

  /** The page (/tools/staffing/) around the calculator, written at build time. */
  page: {
    description:
      'Wie viele Personen braucht Ihr Reaktionsversprechen? Geben Sie Volumen, Bearbeitungszeit und Ziel ein und sehen Sie die nötige Besetzung im Dienst und im Dienstplan, mit der Warteschlange Stunde für Stunde.',
    heading: 'Wie viele Personen braucht Ihr Versprechen?',
    lede: 'Geben Sie die Volumen vom letzten Montag und Ihr Versprechen ein. Sie sehen, wie viele Personen im Dienst und im Dienstplan nötig sind, wie lange Kundinnen und Kunden mit Ihrem jetzigen Team warten und ab welcher Stunde die Warteschlange wächst.',
    /** {understaffing} and {standards} are links to those two modes, with their titles. */
    intro:
      'Anrufe und Chats werden mit Erlang C berechnet, der Warteschlangenformel, mit der Contact-Center planen; E-Mail mit einem einfachen Rückstand Stunde für Stunde. Alles wird in diesem Browser berechnet. Der Rechner gehört zu {understaffing} und {standards}.',
    noscript:
      'Sie sehen ein durchgerechnetes Beispiel. Aktivieren Sie JavaScript in Ihrem Browser, um mit Ihren eigenen Zahlen zu rechnen.',
    queue: {
      heading: 'Anrufe und Chats',
      channel: 'Kanal',
      channels: { phone: 'Anrufe', chat: 'Chats' },
      contacts: 'Eingehende Kontakte',
      per: 'je',
      perOptions: { quarterHour: '15 Minuten', halfHour: '30 Minuten', hour: 'Stunde', day: 'Tag' },
      busiest: 'Anteil der Spitzenstunde am Tag (%)',
      busiestPlaceholder: 'z. B. 12',
      busiestHint: 'wie viele der Kontakte eines Tages in seiner stärksten Stunde eingehen',
      handle: 'Durchschnittliche Bearbeitungszeit',
      handleUnit: 'Einheit der Bearbeitungszeit',
      handleUnits: { s: 'Sekunden', m: 'Minuten' },
      handleHint: 'Gespräch plus Nachbearbeitung; bei Chats ein einzelner Chat für sich',
      concurrency: 'Chats gleichzeitig pro Person',
      concurrencyHint: 'wie viele Chats eine Person gleichzeitig führt',
      goal: 'Ziel',
      goals: { level: 'Anteil in Zeit', average: 'Ø Wartezeit' },
      level: 'Anteil angenommen (%)',
      within: 'Zeit (Sekunden)',
      shrinkage: 'Ausfallquote (%)',
      shrinkageHint: 'Pausen, Training, Besprechungen, Abwesenheit',
      occupancy: 'Höchste Auslastung (%)',
      occupancyPlaceholder: 'keine Obergrenze',
      occupancyHint: 'optional, z. B. 85',
      agents: 'Personen im Dienst',
      agentsHint: 'optional: sehen, was sie schaffen',
    },
    email: {
      heading: 'E-Mail und andere Arbeit mit Warteschlange',
      arrivals: 'Eingehende Nachrichten pro Öffnungsstunde',
      arrivalsHint: 'eine Zahl pro Stunde ab Öffnung, getrennt durch Leerzeichen oder Kommas',
      opens: 'Öffnet um',
      overnight: 'Eingang über Nacht',
      handle: 'Bearbeitungszeit (Minuten)',
      standard: 'Standard: beantwortet binnen (Öffnungsstunden)',
      shrinkage: 'Ausfallquote (%)',
      people: 'Personen für E-Mail',
    },
    /** "How to read it": {people} and {rota} are the table's column names, {day} the volume's "day", in bold or quotes. */
    howToRead: {
      heading: 'So lesen Sie das Ergebnis',
      columns:
        '{people} sind die Personen, die in diesem Moment Kontakte annehmen. {rota} rechnet die Ausfallquote hinzu: den Anteil der bezahlten Zeit, der auf Pausen, Training, Besprechungen, Krankheit und Urlaub entfällt, typischerweise 25 bis 40 %.',
      queues:
        'Warteschlangen verhalten sich nicht linear. Ein Team, das auf dem Papier gerade groß genug ist, lässt Kundinnen und Kunden trotzdem warten, weil Kontakte gehäuft eingehen; eine Person weniger als berechnet kann weit mehr kosten als ihren Anteil am Servicelevel. Geht mehr ein, als das Team erledigt, wächst die Schlange jede Minute, bis die Spitze vorbei ist – deshalb gehen jede Woche dieselben Stunden schief.',
      assumptions:
        'Die Zahlen setzen voraus, dass Kontakte zufällig über das Intervall verteilt eingehen und niemand auflegt; echte Warteschlangen mit abgebrochenen Anrufen sehen etwas besser aus, Spitzen innerhalb des Intervalls etwas schlechter. Verwenden Sie die Volumen Ihres stärksten echten Intervalls, nicht den Tagesdurchschnitt. Kennen Sie nur die Tagessumme, wählen Sie „{day}“ und geben Sie an, welcher Anteil davon in der Spitzenstunde eingeht: Die Zahlen gelten dann für diese Stunde.',
      chatsTerm: 'Chats gleichzeitig',
      chats:
        '{term}: Wer zwei oder drei Chats gleichzeitig führt, antwortet abwechselnd, also dauert jeder Chat länger als für sich allein. Der Rechner zählt jeden Chat, den eine Person führt, als einen Platz in der Warteschlange und verlängert jeden Chat um 25 % für jeden weiteren gleichzeitigen Chat. Geben Sie die Bearbeitungszeit eines einzelnen Chats für sich an.',
      slips:
        'Sieht eine Zahl nach einem Versehen aus (etwa 600 Anrufe pro Stunde für ein Team von zehn), bittet ein Hinweis daneben um Prüfung; das Ergebnis wird trotzdem berechnet.',
    },
  },
};
