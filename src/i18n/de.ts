/**
 * The German dictionary: en.ts translated, key for key (see docs/languages/de.md for the register,
 * the typography and the glossary). Formal address (Sie), de-DE conventions, „German quotes“.
 */
import type { Plural } from './format.ts';
import type { SectionId } from './keys.ts';
import type { Dictionary } from './index.ts';
import { site } from './de/site.ts';
import { builder } from './de/builder.ts';
import { assess } from './de/assess.ts';
import { staffing } from './de/staffing.ts';

const plural = (forms: Plural): Plural => forms;

export const de: Dictionary = {
  /** BCP 47 language of these words and of the content: `<html lang>` comes from here, never from a config's locale. */
  language: 'de',
  /** The conventions its lists, plurals and numbers follow (Germany: decimal comma, "a, b und c"). */
  locale: 'de-DE',
  /** Text direction of the language: `dir` on every page and document. */
  direction: 'ltr' as 'ltr' | 'rtl',
  siteName: 'Service Playbook',
  /** A label that introduces what follows it: "Owner:". */
  labelled: '{label}:',
  /** A quotation, in the language's quotation marks. */
  quoted: '„{text}“',

  /** The heading of each section; the story (the page body) has none of its own, its prose brings its own headings. */
  sections: {
    'warning-signs': 'Warnsignale',
    'sounds-like': 'So klingt es',
    story: undefined,
    'root-causes': 'Ursachen',
    'diagnostic-questions': 'Diagnosefragen',
    plays: 'Maßnahmen',
    metrics: 'Kennzahlen',
    exercise: 'Trainingsübung',
    related: 'Verwandte Fehlermuster',
    sources: 'Quellen',
  } as Record<SectionId, string | undefined>,

  /** The categories a failure mode belongs to, by id (src/schemas/taxonomy.ts holds their order). */
  categories: {
    'vision-leadership': {
      label: 'Vision und Führung',
      /** The name inside a sentence ("Only … has answers so far"). */
      inSentence: 'Vision und Führung',
      blurb: 'Was die Spitze des Unternehmens über Service sagt – und was sie tatsächlich vorlebt.',
    },
    'hiring-training': {
      label: 'Einstellung und Training',
      inSentence: 'Einstellung und Training',
      blurb:
        'Wer ins Team kommt und wie alle lernen, gut zu bedienen – am ersten Tag und jeden Monat danach.',
    },
    'empowerment-communication': {
      label: 'Handlungsspielraum und Kommunikation',
      inSentence: 'Handlungsspielraum und Kommunikation',
      blurb: 'Ob Mitarbeitende handeln dürfen, wissen, was los ist, und gehört werden, wenn sie etwas sagen.',
    },
    'working-conditions': {
      label: 'Arbeitsbedingungen und Ressourcen',
      inSentence: 'Arbeitsbedingungen und Ressourcen',
      blurb:
        'Personalstärke, Werkzeuge und wie das Unternehmen mit den Menschen umgeht, die den Service leisten.',
    },
    'recognition-culture': {
      label: 'Anerkennung und Kultur',
      inSentence: 'Anerkennung und Kultur',
      blurb: 'Dank, gemeinsames Feiern und die alltägliche Stimmung im Team.',
    },
    'customer-processes': {
      label: 'Kundenprozesse',
      inSentence: 'Kundenprozesse',
      blurb: 'Reaktionszeiten, Wiedergutmachung und Abläufe, die von der Kundenseite her gedacht sind.',
    },
    'measurement-improvement': {
      label: 'Messen und Verbessern',
      inSentence: 'Messen und Verbessern',
      blurb:
        'Service so sehen, wie Kundinnen und Kunden ihn erleben, Ursachen finden und gezielt besser werden.',
    },
  },

  /** Who a page speaks to, by id. */
  audiences: {
    executives: 'Geschäftsleitung',
    managers: 'Führungskräfte',
    frontline: 'Mitarbeitende im Kundenkontakt',
    hr: 'HR',
    trainers: 'Trainerinnen und Trainer',
  },

  /** The same readers inside a sentence ("For executives, managers and HR."). */
  audiencesInSentence: {
    executives: 'die Geschäftsleitung',
    managers: 'Führungskräfte',
    frontline: 'Mitarbeitende im Kundenkontakt',
    hr: 'HR',
    trainers: 'Trainerinnen und Trainer',
  },

  /** The answer scale of the diagnostic statements, from 1 to 5. */
  scale: ['Trifft nicht zu', 'Trifft selten zu', 'Trifft teilweise zu', 'Trifft meist zu', 'Trifft voll zu'],
  /** The scale's two ends inside a sentence ("from 1 (not true of us) to 5 (completely true of us)"). */
  scaleEnds: { low: 'trifft nicht zu', high: 'trifft voll zu' },

  /** A training exercise's format, as a reader says it, by id. */
  exerciseFormats: {
    'role-play': 'Rollenspiel',
    discussion: 'Diskussion',
    workshop: 'Workshop',
    'case-study': 'Fallstudie',
    simulation: 'Simulation',
    walkthrough: 'Schritt-für-Schritt-Durchgang',
  },

  /** A length of time, "1 h 30 min" or "45 min": the hours and the minutes, joined by a space. */
  duration: { hours: '{h} Std.', minutes: '{m} Min.' },

  /** What a company value reads as where no company has given one (the site's neutral edition), by variable. */
  neutral: {
    company: 'Ihr Unternehmen',
    vision: 'Ihre Servicevision in einem Satz',
    firstResponse: 'die von Ihnen festgelegte Frist für die erste Antwort',
    callback: 'die von Ihnen festgelegte Rückruffrist',
    refundLimit: 'einen vereinbarten Betrag',
  },

  /** The empowerment table shown until a company agrees its own: a sample to start from. */
  sampleEmpowerment: [
    {
      role: 'Mitarbeitende im Kundenkontakt',
      decision: 'Erstattung oder Gutschrift ohne Rückfrage',
      limit: 'Fester Betrag pro Fall, festzulegen',
    },
    {
      role: 'Mitarbeitende im Kundenkontakt',
      decision: 'Gebühr erlassen oder Ersatz schicken',
      limit: 'Einmal pro Bestellung',
    },
    {
      role: 'Teamleitung',
      decision: 'Kulanzleistung nach einer Beschwerde',
      limit: 'Ein höherer fester Betrag',
    },
    {
      role: 'Serviceleitung',
      decision: 'Ausnahmen von Richtlinien',
      limit: 'Unbegrenzt, mit Begründung dokumentiert',
    },
  ],

  /** The words of a failure mode's document: the site page, a handbook chapter, a handout. */
  mode: {
    diagnosticIntro:
      'Bewerten Sie jede Aussage von {low} ({lowLabel}) bis {high} ({highLabel}). Niedrige Werte zeigen, wo Sie anfangen sollten.',
    metricColumns: ['Kennzahl', 'Was sie misst', 'Ziel'],
    /** A metric's definition with what holds only on this page after it. */
    metricNote: '{definition} {note}',
    owner: 'Verantwortlich',
    /** A play's owner and the role they work with. */
    ownerWith: '{owner}, gemeinsam mit {with}',
    when: 'Wann',
    format: 'Methode',
    time: 'Dauer',
    group: 'Gruppe',
    setup: 'Aufbau',
    /** The setup's label, run into its paragraph: "Setup. Split the room…". */
    setupLead: '{label}.',
    roles: 'Rollen',
    prompts: 'Impulsfragen',
    debrief: 'Nachbesprechung',
    /** The audiences, as a list in lower case. */
    audiences: 'Für {list}.',
    printHandout: 'Handout drucken',
    printKit: 'Trainingsmappe drucken',
    printThisKit: 'Diese Mappe drucken',
    qrLabel: 'QR-Code zu dieser Seite im Web: {address}',
    beforeYouStart: 'Bevor Sie beginnen',
    handoutKicker: 'Trainings-Handout · {category}',
    chapterKicker: 'Kapitel {n} · {category}',
    chapterTitle: '{n}. {title}',
    relatedChapter: 'Kapitel {n}: {title}',
    relatedAppendix: '{title} (Anhang)',
    relatedElsewhere: '{title} (im vollständigen Playbook, nicht in diesem Handbuch)',
    /** Under a play: the worksheets it asks a team to fill in, as links. */
    playWorksheets: plural({ one: 'Arbeitsblatt', other: 'Arbeitsblätter' }),
  },

  /** A metric's full entry, as the site's glossary and a handbook's appendix print it (src/document/metrics.ts). */
  metric: {
    /** The label of each fact of an entry, in the order printed. */
    facts: {
      target: 'Ziel',
      targetReason: 'Warum dieses Ziel',
      counts: 'Was gezählt wird',
      window: 'Zeitraum',
      unit: 'Einheit',
      scale: 'Skala',
      minimumSample: 'Kleinste aussagekräftige Stichprobe',
      cadence: 'Wie oft auswerten',
      pulse: 'Aussage in der Befragung',
      source: 'Quelle',
      /** The pages (on the site) or chapters (in a handbook) that use the metric. */
      usedOn: 'Verwendet auf',
      usedIn: 'Verwendet in',
    },
    /** What a metric's figure is, by unit id (src/schemas/metrics.ts). */
    units: {
      percent: 'Prozent',
      count: 'Anzahl',
      ratio: 'Verhältnis',
      score: 'Punktwert',
      minutes: 'Minuten',
      seconds: 'Sekunden',
      days: 'Tage',
    },
    /** How often a figure is read or the survey runs, by cadence id, as it reads on its own. */
    cadences: {
      weekly: 'Jede Woche',
      monthly: 'Jeden Monat',
      quarterly: 'Jedes Quartal',
      'half-yearly': 'Alle sechs Monate',
      yearly: 'Jedes Jahr',
    },
    /** A handbook chapter that uses the metric: "Chapter 3". */
    chapterRef: 'Kapitel {n}',
    /** Under the heading of a handbook's appendix of metrics. */
    appendixIntro:
      'Jede Zahl, die Sie laut den Kapiteln verfolgen sollen, einmal definiert: was über welchen Zeitraum gezählt wird, ab welcher Stichprobe sich das Ablesen lohnt, und das Ziel mit seiner Begründung. Die Kennzahlentabelle jedes Kapitels verlinkt auf die Einträge hier.',
  },

  /** The staff pulse survey: its form (a handbook's appendix) and how it runs (the form and the site). */
  pulse: {
    title: 'Pulsbefragung der Mitarbeitenden',
    /** Above the form's statements. */
    formIntro:
      'Schreiben Sie Ihren Namen nicht auf diesen Bogen. Kreuzen Sie bei jeder Aussage ein Kästchen an, je nachdem, wie es für Sie zurzeit ist.',
    /** The line to fill in above the statements: the team, so its result can be counted. */
    formFields: 'Team: {line}   Datum: {line}',
    statementColumn: 'Aussage',
    /** How the results are read; {agree} is the answers that count, {threshold} the smallest team shown, {cadence} how often it runs. */
    howItRuns:
      'Antworten mit {agree} zählen als Zustimmung. Zeigen Sie das Ergebnis eines Teams nur, wenn mindestens {threshold} Personen daraus geantwortet haben, damit niemandes Antworten auffallen. Sammeln Sie die Bögen so ein, dass niemand erkennen kann, welcher von wem ist, zum Beispiel in einer verschlossenen Box. {cadence} werden dieselben Aussagen erneut gestellt.',
  },

  /** The handbook's front and back matter. */
  handbook: {
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
    howToUseChapters: plural({ one: 'ein Kapitel', other: '{n} Kapitel' }),
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
    trainingSessions: plural({ one: 'Eine Trainingseinheit', other: '{n} Trainingseinheiten' }),
    trainingRefreshers: plural({ one: ' und eine Auffrischung', other: ' und {n} Auffrischungen' }),
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
    playsInChapter: plural({ one: '{chapter} (eine Maßnahme)', other: '{chapter} ({n} Maßnahmen)' }),
    /** The audiences, as a list in lower case. */
    forAudiences: 'Für {list}',
  },

  /** The whole playbook in print (/print/ and `playbook print`). */
  playbook: {
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
  },

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /**
   * The site's own pages and layout: navigation, home, lists, search, sources, 404, the handbook
   * guide, the handout and kit pages; and the few words the site shares with the generator (the
   * callouts in a page body, the titles of a handbook's handout and kit files).
   */
  site,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook builder (/build/): its form, messages, notes, status lines and the settings file it writes. */
  builder,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing,
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** A training kit: the facilitator sheet and the cards. */
  kit: {
    /** Between the parts of a footer: the company, the playbook, the mode. */
    separator: ' · ',
    kicker: 'Trainingsmappe · Moderationsblatt · {category}',
    forMode: 'Zum Fehlermuster „{title}“: {summary}',
    facts: { format: 'Methode', length: 'Dauer', group: 'Gruppe', prep: 'Vorbereitung', cards: 'Karten' },
    minutes: plural({ one: '{n} Minute', other: '{n} Minuten' }),
    noCards: 'keine',
    cardsOnSheets: '{cards} auf {sheets}',
    sheets: plural({ one: '{n} Bogen', other: '{n} Bögen' }),
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
    fullPages: plural({
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
    cutNote: plural({
      one: '{n} Karte, {sheets} mit bis zu {perSheet}. An den gestrichelten Linien ausschneiden.',
      other: '{n} Karten, {sheets} mit bis zu {perSheet}. An den gestrichelten Linien ausschneiden.',
    }),
    cutSheets: plural({ one: 'ein Bogen', other: '{n} Bögen' }),
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
    sets: plural({ one: '{count} Satz', other: '{count} Sätze' }),
    copies: plural({ one: '{count} Exemplar', other: '{count} Exemplare' }),
    setsFor: '{sets} {holder}',
    partOfDeck: '{count} der {size} Karten {holder}',
    partOfDeckSets: '{count} der {size} Karten {holder}, {sets}',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The training calendar (training-plan.ics): its events' titles and descriptions. */
  calendar: {
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
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Worksheets (content/worksheets/): the printed form, its site pages and a handbook's appendix of them. */
  worksheets: {
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
  },

  /** "Our first 90 days": the chapters' plays laid out by the week each starts. */
  firstDays: {
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
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The formats a handbook comes in (src/render/outputs.ts): their names and descriptions. */
  outputs: {
    // By format: its heading, what a person gets (the help and the builder), its PDFs' titles and
    // subjects, and the command line's progress lines about it, which the table holds too.
    html: {
      title: 'Handbuch',
      summary: 'das Handbuch als eine Webseite: öffnet sich in jedem Browser und druckt sauber',
      wrote: 'handbook.html geschrieben',
    },
    md: {
      title: 'Handbuch für ein Wiki',
      summary: 'das Handbuch als Markdown, für ein Wiki',
      wrote: 'handbook.md geschrieben',
    },
    pdf: {
      title: 'Handbuch als PDF',
      summary:
        'das Handbuch als PDF mit nummeriertem Inhaltsverzeichnis und Lesezeichen (gedruckt mit Chromium)',
      subject: 'Servicehandbuch',
      /** {installHint} says how to install Chromium (src/render/pdf/install-hint.ts). */
      withoutChromium:
        '{installHint} Oder öffnen Sie handbook.html in einem Browser und drucken Sie es als PDF.',
    },
    handouts: {
      title: 'Handouts',
      summary: 'ein einseitiges Trainings-Handout pro Kapitel (HTML, und PDF mit Chromium)',
      chapterLabel: 'Handout {n}: {title}',
      files: 'handouts/NN-<id>.html und .pdf',
      wrote: plural({ one: '{n} Handout geschrieben (HTML)', other: '{n} Handouts geschrieben (HTML)' }),
      pdfTitle: 'Handout: {title}',
      subject: 'Trainings-Handout',
      withoutChromium:
        'Chromium wurde nicht gefunden; die HTML-Handouts lassen sich aus jedem Browser drucken.',
    },
    kits: {
      title: 'Trainingsmappen',
      summary: 'ein Moderationsblatt und Karten zum Ausschneiden pro Kapitel (HTML, und PDF mit Chromium)',
      chapterLabel: 'Mappe {n}: {title}',
      files: 'kits/NN-<id>.html und .pdf',
      wrote: plural({
        one: '{n} Trainingsmappe geschrieben (HTML)',
        other: '{n} Trainingsmappen geschrieben (HTML)',
      }),
      pdfTitle: 'Trainingsmappe: {title}',
      subject: 'Moderationsblatt und Karten',
      withoutChromium:
        'Chromium wurde nicht gefunden; die HTML-Mappen lassen sich aus jedem Browser drucken.',
    },
    ics: {
      title: 'Trainingskalender',
      summary: 'die Trainingseinheiten und ihre Auffrischungen, für einen Kalender',
      cannotMake:
        'der Kalender braucht das Datum der ersten Einheit, z. B. "training: { start: 2025-09-08, cadence: weekly }"',
      wrote: plural({
        one: 'training-plan.ics geschrieben ({n} Einheit, dann Auffrischungen)',
        other: 'training-plan.ics geschrieben ({n} Einheiten, dann Auffrischungen)',
      }),
    },
    worksheets: {
      title: 'Arbeitsblätter',
      summary:
        'die Formulare, die Sie für die Maßnahmen der Kapitel ausfüllen, je eine gedruckte Seite (HTML, und PDF mit Chromium)',
      wrote: plural({
        one: 'worksheets.html geschrieben ({n} Arbeitsblatt)',
        other: 'worksheets.html geschrieben ({n} Arbeitsblätter)',
      }),
      none: 'Keine Arbeitsblätter geschrieben: Die Maßnahmen der Kapitel verwenden keine',
      pdfTitle: 'Arbeitsblätter: {company}',
      subject: 'Arbeitsblätter',
      withoutChromium: 'Chromium wurde nicht gefunden; worksheets.html lässt sich aus jedem Browser drucken.',
    },
    /** Keywords written into every PDF's properties. */
    keywords: {
      all: 'Kundenservice',
      handbook: 'Handbuch',
      training: 'Schulung',
      kit: 'Trainingsmappe',
      worksheet: 'Arbeitsblatt',
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Printing from the browser (/print/, the builder's Print): the paper choice and its messages. */
  print: {
    /** The hidden frame the builder prints the handbook from, named for assistive technology. */
    handbookFrame: 'Das Handbuch in der Druckfassung',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook in Word (handbook.docx, src/render/docx/) and its entry in the table of outputs. */
  docx: {
    title: 'Handbuch für Word',
    summary:
      'das Handbuch als bearbeitbares Word-Dokument, zum Überarbeiten mit „Änderungen nachverfolgen“; es öffnet sich auch in LibreOffice und Google Docs',
    wrote: 'handbook.docx geschrieben',
    /** The progress line when the logo cannot go into a Word document; {type} is e.g. "SVG". */
    wroteWithoutLogo:
      'handbook.docx ohne Logo geschrieben: Word braucht ein Logo als PNG, JPEG oder GIF, dieses ist {type}; exportieren Sie es als PNG, damit es auf dem Titelblatt erscheint',
    /** Every page's footer but the cover's; {n} and {total} become Word's page fields. */
    pageOf: 'Seite {n} von {total}',
    /** The first column of a table of diagnostic statements with tick boxes. */
    statement: 'Aussage',
    /** The document's subject, in File > Properties. */
    subject: 'Servicehandbuch',
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────
};
