/**
 * The German dictionary: en.ts translated, key for key (see docs/languages/de.md for the register,
 * the typography and the glossary). Formal address (Sie), de-DE conventions, „German quotes“.
 */
import type { Plural } from './format.ts';
import type { SectionId } from './keys.ts';
import type { Dictionary } from './index.ts';

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
  site: {
    /** The title of every page but the home page: the page's own title, then the site's name. */
    pageTitle: '{title} · {site}',
    skipLink: 'Zum Inhalt springen',
    /** The main navigation, at the top of every page; `label` names it for assistive technology. */
    nav: {
      label: 'Hauptnavigation',
      modes: 'Fehlermuster',
      search: 'Suche',
      assess: 'Selbsteinschätzung',
      tools: 'Personalrechner',
      build: 'Handbuch erstellen',
      handbook: 'Handbuch-Leitfaden',
      sources: 'Quellen',
    },
    /** The footer of every page; {sources} and {print} are links, worded below. */
    footer:
      'In eigenen Worten verfasst auf Grundlage von fünf Artikeln über Kundenservice; siehe {sources}. {print}.',
    footerSources: 'die Quellen',
    footerPrint: 'Das vollständige Playbook zum Drucken',
    /** The search box of the home and 404 pages (the search page's button too). */
    searchBox: { label: 'Playbook durchsuchen', button: 'Suchen' },

    home: {
      title: '{site}: Warum Kundenservice scheitert – und was dagegen hilft',
      description:
        'Ein praxisnahes Playbook zu den strukturellen Gründen, warum Unternehmen im Kundenservice scheitern, mit Maßnahmen, Kennzahlen und Trainingsübungen.',
      heading: 'Warum Kundenservice scheitert – und was dagegen hilft',
      /** The opening paragraph; {n} is how many failure modes the playbook has. */
      lede: plural({
        one: 'Schlechter Service steckt meist in der Art, wie ein Unternehmen geführt wird, nicht darin, wie sehr sich die Menschen dort bemühen. Dieses Playbook benennt eines dieser strukturellen Fehlermuster und gibt ihm Warnsignale, Maßnahmen, Kennzahlen und eine Trainingsübung, die Sie morgen durchführen können.',
        other:
          'Schlechter Service steckt meist in der Art, wie ein Unternehmen geführt wird, nicht darin, wie sehr sich die Menschen dort bemühen. Dieses Playbook benennt {n} dieser strukturellen Fehlermuster und gibt jedem davon Warnsignale, Maßnahmen, Kennzahlen und eine Trainingsübung, die Sie morgen durchführen können.',
      }),
      searchPlaceholder: 'Suchen, z. B. Erstattung, Personal, Training',
      /** Two links under the search box. */
      browse: '{modes} · {print}',
      browseModes: 'Alle Fehlermuster mit Filtern durchsehen',
      browsePrint: 'Das vollständige Playbook drucken',
      assessHeading: 'Sie wissen nicht, wo Sie anfangen sollen?',
      assessText:
        'Führungskräfte schätzen ihren Service oft besser ein als Kundinnen, Kunden und Mitarbeitende im Kundenkontakt. Die Selbsteinschätzung bewertet Ihre Organisation anhand jedes Fehlermusters, vergleicht die Sicht aller in Ihrem Team und wählt die Kapitel Ihres Handbuchs nach den tatsächlichen Lücken aus. Ihre Antworten bleiben in Ihrem Browser.',
      assessLink: 'Selbsteinschätzung starten',
      handbookHeading: 'Das eigene Handbuch Ihres Unternehmens',
      handbookText:
        'Der Handbuch-Baukasten macht aus dieser Sammlung ein Handbuch für ein Unternehmen, direkt hier in Ihrem Browser: mit seinem Namen, seiner Servicevision, seinen Prioritäten als Kapiteln, seinen Reaktionsstandards und der Regelung, wer was freigeben darf. Drucken Sie es oder speichern Sie es als PDF, und laden Sie HTML, Markdown, ein Handout pro Kapitel und einen Trainingskalender herunter. Nichts, was Sie eingeben, verlässt Ihren Browser.',
      /** Two links: the builder, and the example handbook. */
      handbookLinks: '{build} · oder {example}',
      handbookBuild: 'Handbuch erstellen',
      handbookExample: 'zuerst ein Beispielhandbuch ansehen',
    },

    notFound: {
      title: 'Seite nicht gefunden',
      description: 'Diese Seite gibt es im {site} nicht.',
      heading: 'Diese Seite haben wir nicht gefunden',
      lede: 'Vielleicht ist der Link veraltet oder die Seite wurde verschoben.',
      searchPlaceholder: 'Playbook durchsuchen',
      /** {modes} and {home} are links, worded below. */
      elsewhere: 'Oder beginnen Sie bei {modes} oder {home}.',
      elsewhereModes: 'der Liste der Fehlermuster',
      elsewhereHome: 'der Startseite',
    },

    /** The list of every failure mode (/modes/), with its filters. */
    modes: {
      title: 'Alle Fehlermuster',
      description: 'Alle Fehlermuster des Playbooks, filterbar nach Kategorie und Zielgruppe.',
      lede: plural({
        one: 'Eine Art, wie Service zusammenbricht, mit Warnsignalen, Maßnahmen und einer Trainingsübung.',
        other:
          '{n} Arten, wie Service zusammenbricht, jeweils mit Warnsignalen, Maßnahmen und einer Trainingsübung.',
      }),
      categoryLegend: 'Kategorie',
      audienceLegend: 'Zielgruppe',
      /** The status line under the filters; {n} is how many modes there are in all, {shown} how many the filters show. */
      showingAll: plural({
        one: 'Das eine Fehlermuster wird angezeigt.',
        other: 'Alle {n} Fehlermuster werden angezeigt.',
      }),
      showingSome: plural({
        one: '{shown} von {n} Fehlermuster angezeigt.',
        other: '{shown} von {n} Fehlermustern angezeigt.',
      }),
    },

    /** A category's page: the link back to the list of every mode. */
    category: { allModes: 'Alle Fehlermuster' },

    /** A failure mode's page, around its article. */
    modePage: {
      /** The previous and next mode in the same category. */
      pager: 'Mehr aus {category}',
      previous: '← {title}',
      next: '{title} →',
      /** Under "Warning signs" on the modes a tool works out numbers for: {link} opens the tool. */
      toolPitch: '{link}: {pitch}',
      /** {tool} is the tool's name as it reads mid-sentence. */
      openTool: 'Zum {tool}',
    },

    /** A mode's handout page (/modes/<id>/handout/), and a handbook's handout file. */
    handoutPage: {
      title: 'Handout: {title}',
      description: 'Ein einseitiges Trainings-Handout: {summary}',
      back: '← Zurück zu {title}',
      kitLink: 'Trainingsmappe: Moderationsblatt und Karten',
      printNote:
        'Passt auf eine Seite, A4 oder US Letter. Verwenden Sie den Druckbefehl Ihres Browsers (Strg+P oder ⌘P).',
      /** The title of a handout file in a handbook: the mode's title and the company's name. */
      fileTitle: 'Handout: {title} · {company}',
    },

    /** A mode's training kit page (/modes/<id>/kit/), and a handbook's kit file. */
    kitPage: {
      title: 'Trainingsmappe: {title}',
      /** {title} is the mode's title as it reads mid-sentence. */
      description: 'Ein Moderationsblatt und Karten zum Ausschneiden für eine Trainingseinheit zu {title}.',
      back: '← Zurück zu {title}',
      handoutLink: 'Einseitiges Handout',
      printNote:
        'Mit dem Druckbefehl Ihres Browsers (Strg+P oder ⌘P) auf A4 oder US Letter drucken: zuerst das Moderationsblatt, dann die Karten, acht pro Seite, mit gestrichelten Schnittlinien.',
      /** The title of a kit file in a handbook: the exercise's title and the company's name. */
      fileTitle: 'Trainingsmappe: {title} · {company}',
    },

    search: {
      title: 'Suche',
      description: 'Den vollständigen Text aller Fehlermuster im Playbook durchsuchen.',
      heading: 'Playbook durchsuchen',
      wordsLabel: 'Suchbegriffe',
      placeholder: 'z. B. Erstattung, unterbesetzt, Rollenspiel',
      categoryLabel: 'Kategorie',
      allCategories: 'Alle Kategorien',
      /** Without JavaScript; {modes} is a link, worded below. */
      noScript: 'Die Suche braucht JavaScript. Alle Fehlermuster finden Sie auch in {modes}.',
      noScriptModes: 'der Liste der Fehlermuster',
      /**
       * The status line once the reader searches: {query} is what they typed, {category} the
       * category they chose (the "…In" sentences), {n} how many pages were found.
       */
      status: {
        searching: 'Suche läuft …',
        none: 'Keine Seite passt zu „{query}“. Versuchen Sie ein kürzeres oder anderes Wort.',
        noneIn: 'Keine Seite in {category} passt zu „{query}“. Versuchen Sie ein kürzeres oder anderes Wort.',
        /** No page holds every word of the query, but some hold some of them. */
        partial: plural({
          one: 'Keine Seite enthält alle Wörter von „{query}“; {n} Seite enthält einige davon, die passendste zuerst.',
          other:
            'Keine Seite enthält alle Wörter von „{query}“; {n} Seiten enthalten einige davon, die passendsten zuerst.',
        }),
        partialIn: plural({
          one: 'Keine Seite in {category} enthält alle Wörter von „{query}“; {n} Seite enthält einige davon, die passendste zuerst.',
          other:
            'Keine Seite in {category} enthält alle Wörter von „{query}“; {n} Seiten enthalten einige davon, die passendsten zuerst.',
        }),
        found: plural({ one: '{n} Seite passt zu „{query}“.', other: '{n} Seiten passen zu „{query}“.' }),
        foundIn: plural({
          one: '{n} Seite in {category} passt zu „{query}“.',
          other: '{n} Seiten in {category} passen zu „{query}“.',
        }),
      },
    },

    sources: {
      title: 'Quellen',
      description:
        'Die fünf Artikel, auf die sich das Playbook stützt, und welche Fehlermuster sie jeweils nutzen.',
      lede: 'Das Playbook bezieht seine Fakten und Ideen aus fünf Artikeln über Kundenservice und fasst sie in eigene Worte. Jedes Fehlermuster nennt die Punkte, auf die es sich stützt.',
      /** Between an article's author, publisher and date. */
      bylineSeparator: ' · ',
      unknownByline: 'Ohne Angabe von Autor und Datum',
      pointsHeading: 'Kernpunkte und wo sie verwendet werden',
      /** One of an article's points, and the failure modes that draw on it (a list of links). */
      point: '{point}: {modes}',
    },

    /** The glossary of metrics (/metrics/). */
    metrics: {
      title: 'Kennzahlen',
      description:
        'Alle Kennzahlen des Playbooks, jeweils einmal definiert: was gezählt wird, über welchen Zeitraum, ab welcher Stichprobe sich das Ablesen lohnt, und ein Ziel mit Begründung.',
      /** {pulse} is a link to the staff pulse survey, worded as pulseLink. */
      lede: 'Jede Zahl, die Sie laut den Fehlermustern verfolgen sollen, ist hier einmal definiert, mit einem einzigen Ziel – so können sich zwei Seiten nie widersprechen. Die Kennzahlentabelle einer Seite verlinkt auf die Einträge unten und kann einen Hinweis ergänzen, der nur dort gilt. Kennzahlen, die mit „Mitarbeitende, die zustimmen“ beginnen, stammen aus der {pulse}.',
      pulseLink: 'Pulsbefragung der Mitarbeitenden',
      /** Names the row of letters at the top, for assistive technology. */
      lettersLabel: 'Kennzahlen nach Anfangsbuchstabe',
    },

    /** The staff pulse survey (/pulse/). */
    pulse: {
      title: 'Pulsbefragung der Mitarbeitenden',
      description:
        'Die eine kurze Befragung ohne Namen hinter jeder Kennzahl „Mitarbeitende, die zustimmen“: ihre Aussagen, ihre Skala, was als Zustimmung zählt und wie oft sie stattfindet.',
      /** {metrics} is a link to the glossary of metrics, worded as metricsLink. */
      lede: 'Eine kurze Befragung ohne Namen liefert jede Zahl „Mitarbeitende, die zustimmen“ im Playbook. Stellen Sie jedes Mal dieselben Aussagen, während der Arbeitszeit, und vergleichen Sie ein Team nur mit sich selbst. Jede Aussage wird von einer Kennzahl im {metrics} erfasst, die ihr Ziel enthält.',
      metricsLink: 'Kennzahlen-Verzeichnis',
      howItRunsHeading: 'So läuft die Befragung',
      scaleIntro: 'Jede Aussage wird auf derselben Skala beantwortet:',
      statementsHeading: 'Die Aussagen',
      /** After a statement: its metric's target, and {entry}, a link to that metric's entry worded as metricEntry. */
      reportedBy: 'Ziel: {target}. {entry}.',
      metricEntry: 'So wird gezählt',
      formHeading: 'Der Fragebogen zum Ausdrucken',
    },

    /** The handbook guide (/handbook/), around its prose (src/guides/generator.mdx). */
    handbookGuide: {
      title: 'Das eigene Handbuch Ihres Unternehmens',
      exampleSummary: 'Für die IT: die Einstellungsdatei des Beispielhändlers',
      /** {file} is the settings file's path in the project. */
      exampleLabel: 'Die Einstellungsdatei des Beispielhändlers, {file}',
    },

    /** The heading of a callout in a page body (`:::note`, `:::example`) whose author gave it none. */
    callouts: { note: 'Hinweis', example: 'Beispiel' },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The handbook builder (/build/): its form, messages, notes, status lines and the settings file it writes. */
  builder: {
    /** The page around the form: its title, its introduction, the start and the output panels. */
    page: {
      title: 'Handbuch-Baukasten',
      description:
        'Erstellen Sie das Servicehandbuch Ihres Unternehmens im Browser: Kapitel auswählen, Standards und Gestaltung festlegen, Vorschau ansehen, drucken und herunterladen. Nichts verlässt Ihren Browser.',
      heading: 'Ihr Servicehandbuch erstellen',
      lede: 'Füllen Sie das Formular aus – Ihr Handbuch entsteht daneben. Danach drucken Sie es oder laden die Dateien herunter. Alles bleibt in diesem Browser: Nichts, was Sie eingeben, wird irgendwohin gesendet, und Ihr Entwurf bleibt hier gespeichert, bis Sie neu beginnen.',
      /** Shown when JavaScript is off; {modes} is the link `noScriptModes`. */
      noScript:
        'Der Baukasten läuft in Ihrem Browser und braucht JavaScript: Aktivieren Sie es für diese Website, um ihn zu nutzen. Die {modes} und ihre druckbaren Handouts funktionieren auch ohne.',
      noScriptModes: 'Seiten der Fehlermuster',
      /** Shown when the list of failure modes the builder fetches as it starts does not arrive. */
      libraryUnavailable:
        'Der Baukasten konnte die Liste der Fehlermuster nicht laden und kann daher nicht starten. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
      startFrom: 'Womit beginnen?',
      startBlank: 'Leeres Formular',
      startFile: 'Gespeicherte Einstellungsdatei …',
      /** {assessment} is the link `fromAssessmentLink`; the quoted words are the assessment's link to this page. */
      fromAssessment:
        'Sie kommen von der {assessment}? Deren Ergebnisse haben einen Link „Dieses Handbuch erstellen“, der Ihre Prioritäten hierher mitnimmt.',
      fromAssessmentLink: 'Selbsteinschätzung',
      output: 'Ihr Handbuch',
      print: 'Drucken / als PDF speichern',
      toDownloads: 'Zu den Downloads',
      previewPlaceholder: 'Ihr Handbuch erscheint hier, während Sie das Formular ausfüllen.',
      files: 'Dateien herunterladen',
      /** A download: {file} is its button (the file's name), {summary} what it holds. */
      file: '{file} ({summary})',
      icsNeedsDate: '(braucht das Datum der ersten Trainingseinheit)',
      configSummary:
        'Ihre Einstellungen: eine Datei, die Sie später hier öffnen können, um dort weiterzumachen, wo Sie aufgehört haben',
      /** The heading over a per-chapter format's downloads: "Handouts, one per chapter". */
      perChapter: '{title}, für jedes Kapitel',
      startOver: 'Neu beginnen',
    },

    /** The form's fields as its labels name them, by the field's name in the config: messages use the same words. */
    fields: {
      company: 'Name des Unternehmens',
      vision: 'Servicevision',
      priorities: 'Kapitel',
      include: 'Der Rest des Playbooks',
      audiences: 'Zielgruppen',
      'standards.firstResponse': 'Erste Antwort',
      'standards.callback': 'Rückruf',
      'standards.refundLimit': 'Erstattungsgrenze',
      standards: 'Weitere Standards',
      empowerment: 'Wer was entscheiden darf',
      'branding.accent': 'Akzentfarbe',
      'branding.logo': 'Logo',
      locale: 'Datumsformat',
      output: 'Papier',
      date: 'Datum auf dem Titelblatt',
      'training.start': 'Erste Trainingseinheit',
      training: 'Rhythmus der Einheiten',
    },

    /** The form around its fields: the groups' legends, the labels' added hints, the buttons and the choices. */
    form: {
      yourCompany: 'Ihr Unternehmen',
      /** {label} is the field's label (`fields`). */
      visionLabel: '{label} (ein Satz, den alle wiedergeben können)',
      chaptersHelp:
        'Das Dringendste zuerst. Verschieben Sie ein Kapitel mit seinen Schaltflächen oder ziehen Sie es am Griff.',
      filter: 'Kapitel hinzufügen: Fehlermuster filtern',
      includePriorities: 'Nur diese Kapitel',
      includeAll: 'Alle übrigen Fehlermuster als kurzen Anhang aufnehmen',
      audiencesLegend: '{label} (alle leer lassen für alle Zielgruppen)',
      standards: 'Standards (jeweils eine Frist, z. B. „2 Stunden“ oder „am selben Arbeitstag“)',
      firstResponsePlaceholder: '1 Stunde',
      callbackPlaceholder: 'am selben Arbeitstag',
      refundLimitLabel: '{label} (kann leer bleiben)',
      refundLimitHint:
        'Was Mitarbeitende im Kundenkontakt ohne Rückfrage erstatten dürfen, zum Beispiel 50 Euro.',
      refundLimitPlaceholder: '50 Euro',
      addStandard: 'Standard hinzufügen',
      empowermentLegend: '{label} (ohne Rückfrage)',
      addRow: 'Zeile hinzufügen',
      lookAndDates: 'Gestaltung und Termine',
      logoLabel: '{label} (PNG, JPEG, SVG, WebP oder GIF, höchstens 1 MB)',
      removeLogo: 'Logo entfernen',
      dateLabel: '{label} (leer lassen für kein Datum)',
      trainingStartLabel: '{label} (leer lassen für einen Plan ohne Termine)',
      /** What goes before a note beside a field (a problem has a warning sign instead). */
      noteLabel: 'Hinweis: ',
    },

    /** The date conventions offered, by locale: where, and the paper and date they give. */
    locales: {
      'en-GB': 'Vereinigtes Königreich (A4, 1 September 2025)',
      'en-IE': 'Irland (A4)',
      'en-AU': 'Australien (A4)',
      'en-NZ': 'Neuseeland (A4)',
      'en-US': 'Vereinigte Staaten (Letter, September 1, 2025)',
      'en-CA': 'Kanada (Letter)',
    },
    /** The paper choices; `auto` leaves it to the date convention. */
    paper: { auto: 'Das übliche Format zu diesem Datumsformat', A4: 'A4', Letter: 'US Letter' },
    /** How often the training sessions are held, by cadence. */
    cadences: { weekly: 'wöchentlich', fortnightly: 'alle zwei Wochen', monthly: 'monatlich' },

    /** The examples to start from, by id: the button, and what the status line says once started. */
    examples: {
      retailer: {
        label: 'Beispiel: ein kleiner Einzelhändler',
        started: 'Mit dem Beispiel begonnen: ein kleiner Einzelhändler.',
      },
      'contact-centre': {
        label: 'Beispiel: ein Contact-Center',
        started: 'Mit dem Beispiel begonnen: ein Contact-Center.',
      },
    },

    /** The editable rows (further standards, empowerment rows): one row's name, its fields and its messages. */
    rows: {
      others: {
        /** One row, as its group, its problems and the status line name it. */
        name: 'Standard {n}',
        label: '{label} (Standard {n})',
        remove: 'Standard {n} entfernen',
        removed: 'Standard {n} entfernt.',
        fields: { name: 'Bezeichnung', value: 'Versprechen' },
        /** What a row lacks, as a problem names it; {parts} is a list of `parts`. */
        needs: plural({
          one: 'Bei Standard {row} fehlt {parts}: Tragen Sie das nach oder entfernen Sie den Standard.',
          other: 'Bei Standard {row} fehlen {parts}: Tragen Sie sie nach oder entfernen Sie den Standard.',
        }),
        parts: { name: 'eine Bezeichnung', value: 'ein Versprechen' } as Record<string, string>,
      },
      empowerment: {
        name: 'Zeile {n}',
        label: '{label} (Zeile {n})',
        remove: 'Zeile {n} entfernen',
        removed: 'Zeile {n} entfernt.',
        fields: { role: 'Rolle', decision: 'Entscheidung', limit: 'Grenze' },
        needs: plural({
          one: 'In Zeile {row} fehlt {parts}: Tragen Sie das nach oder entfernen Sie die Zeile.',
          other: 'In Zeile {row} fehlen {parts}: Tragen Sie sie nach oder entfernen Sie die Zeile.',
        }),
        parts: { role: 'eine Rolle', decision: 'eine Entscheidung', limit: 'eine Grenze' } as Record<
          string,
          string
        >,
      },
    },

    /**
     * The company's own words: what it calls each role, its words in each chosen chapter (a note,
     * plays left out, plays and an example of its own), and chapters it writes itself. {n} is a
     * chapter's number in the list, {p} a play's number within its chapter.
     */
    ownWords: {
      rolesLegend: 'Ihre Bezeichnungen für die Rollen (optional)',
      rolesHelp:
        'Die Maßnahmen nennen über diese Rollen, wer sie umsetzt. Tragen Sie Ihre eigene Bezeichnung für eine Rolle ein, dann verwendet das Handbuch sie überall; lassen Sie das Feld leer, bleibt der angezeigte Name.',
      /** The list of roles, folded away until opened; {n} is how many there are. */
      rolesShow: 'Ihre Bezeichnungen für die {n} Rollen',
      /** {role} is the role's name in the playbook. */
      roleTitle: 'Ihre Bezeichnung für {role}',
      /** Who usually fills the role, by the size of the company. */
      roleUsually: 'Kleines Unternehmen: {small}. Mittelgroß: {mid}. Groß: {large}.',

      chaptersLegend: 'Ihre Worte in jedem Kapitel (optional)',
      chaptersHelp:
        'Öffnen Sie ein Kapitel, um oben einen Hinweis einzufügen, Maßnahmen wegzulassen, die Ihr Unternehmen nicht umsetzt, eigene Maßnahmen hinzuzufügen oder ein eigenes Beispiel einzusetzen.',
      chaptersNone:
        'Fügen Sie zuerst oben Kapitel hinzu; jedes bekommt dann hier einen Platz für Ihre Worte.',
      /** A chapter's fold: its number and title, and whether it has words of yours yet. */
      chapterSummary: '{n}. {title}',
      chapterSummaryWithWords: '{n}. {title} (mit Ihren Worten)',
      /** A field in a chapter's fold, named with the chapter's number: "Note at the top (chapter 2)". */
      inChapter: '{label} (Kapitel {n})',
      /** A field of a play of your own: "When (chapter 2, your play 1)". */
      inPlay: '{label} (Kapitel {n}, Ihre Maßnahme {p})',
      note: 'Hinweis oben im Kapitel',
      noteHint:
        'Wird oben im Kapitel gedruckt, in einem Kasten mit dem Namen Ihres Unternehmens als Überschrift. Markdown funktioniert: **fett**, *kursiv*, Listen und Links.',
      skip: 'Wegzulassende Maßnahmen',
      skipHint:
        'Kreuzen Sie eine Maßnahme an, die Ihr Unternehmen nicht umsetzt: Sie verschwindet aus dem Kapitel, seinem Handout und „Wer macht was“.',
      /** A play to leave out: its title and who owns it. */
      skipPlay: '{title} ({owner})',
      plays: 'Eigene Maßnahmen',
      /** One play of your own, as its group, its problems and the status line name it. */
      play: 'Ihre Maßnahme {p} in Kapitel {n}',
      playTitle: 'Was zu tun ist',
      playOwner: 'Wer es tut',
      playWith: 'Gemeinsam mit',
      playWhen: 'Wann',
      playSteps: 'Schritte, einer pro Zeile',
      chooseRole: 'Rolle wählen',
      nobody: 'Niemand sonst',
      /** A role in a list of roles, by the company's title with the playbook's name after it. */
      roleAs: '{title} ({role})',
      /** A role id the playbook does not have, as a list shows it. */
      notARole: '{id} (keine Rolle im Playbook)',
      addPlay: 'Eigene Maßnahme hinzufügen',
      removePlay: 'Ihre Maßnahme {p} entfernen',
      playRemoved: 'Ihre Maßnahme {p} aus Kapitel {n} entfernt.',
      undoPlay: 'Rückgängig: Ihre Maßnahme {p} wieder in Kapitel {n} einfügen',
      playBack: 'Ihre Maßnahme {p} ist wieder in Kapitel {n}.',
      example: 'Ihr eigenes Beispiel',
      exampleHint:
        'Ersetzt das Beispiel des Kapitels, mit der Überschrift „Ein Beispiel von“ und dem Namen Ihres Unternehmens. Markdown funktioniert auch hier.',

      ownLegend: 'Eigene Kapitel (optional)',
      ownHelp:
        'Schreiben Sie ein eigenes Kapitel, etwa Ihr Rückgabeversprechen oder wen man anruft, wenn etwas schiefgeht, und ordnen Sie es zwischen den anderen ein.',
      /** One chapter of your own, as its group, its problems and the status line name it. */
      own: 'Ihr Kapitel {n}',
      /** A field of a chapter of your own: "Title (your chapter 1)". */
      inOwn: '{label} (Ihr Kapitel {n})',
      ownTitle: 'Titel',
      ownId: 'Kurzname',
      ownIdHint:
        'Wird für Links innerhalb des Handbuchs verwendet: Wörter in Kleinbuchstaben, mit Bindestrichen verbunden. Er folgt dem Titel, bis Sie ihn ändern.',
      ownAfter: 'Steht nach',
      atTheEnd: 'Am Ende, nach dem letzten Kapitel',
      afterChapter: 'Kapitel {n}: {title}',
      /** A chapter an own chapter was placed after that is no longer in the list. */
      afterGone: '{title} (nicht mehr in der Liste)',
      ownBody: 'Kapiteltext',
      ownBodyHint:
        'In Markdown: ## vor einer Überschrift, **fett**, ein Bindestrich vor jedem Listenpunkt, und Links. Die Vorschau zeigt den Text, während Sie tippen.',
      /** {file} is the file's name in quotation marks. */
      ownFile:
        'Die geöffnete Datei verweist für den Text dieses Kapitels auf {file}, die diese Seite nicht öffnen kann. Fügen Sie den Text hier ein.',
      addOwn: 'Eigenes Kapitel hinzufügen',
      /** {name} is the chapter's title in quotation marks, or "Your chapter {n}" while it has none. */
      moveUp: '{name} nach oben verschieben',
      moveDown: '{name} nach unten verschieben',
      remove: '{name} entfernen',
      moved: '{name} an Position {n} von {total} verschoben.',
      alreadyFirst: '{name} steht bereits an erster Stelle.',
      alreadyLast: '{name} steht bereits an letzter Stelle.',
      removed: '{name} entfernt.',
      undoRemove: 'Rückgängig: {name} wiederherstellen',
      back: '{name} ist wieder da.',
      added: 'Ihr Kapitel {n} wurde hinzugefügt: Geben Sie ihm einen Titel und einen Text.',
      /** Said when the part of the page that reads Markdown could not be fetched. */
      parserFailed:
        'Der Teil dieser Seite, der Ihre eigenen Texte (Hinweise, Beispiele, Kapitel) verarbeitet, wurde nicht geladen. Prüfen Sie die Verbindung und laden Sie die Seite neu; Ihr Entwurf bleibt erhalten.',
    },

    /** The chapter list and the library to add from; {title} is a chapter's title in quotation marks. */
    chapters: {
      numbered: '{n}. {title}',
      dragHandle: 'Zum Verschieben ziehen',
      up: '↑ Nach oben',
      down: '↓ Nach unten',
      remove: 'Entfernen',
      add: 'Hinzufügen',
      /** The accessible names of the buttons; {title} is the chapter's title as it is. */
      moveUp: '{title} nach oben verschieben',
      moveDown: '{title} nach unten verschieben',
      removeNamed: '{title} entfernen',
      addNamed: '{title} hinzufügen',
      /** A library entry already chosen: its chapter number in place of its Add button. */
      chosenAs: 'Kapitel {n}',
      none: 'Noch keine Kapitel: Fügen Sie welche aus der Liste unten hinzu.',
      noMatch: 'Kein Fehlermuster passt zu diesen Wörtern.',
      alreadyFirst: '{title} steht bereits an erster Stelle.',
      alreadyLast: '{title} steht bereits an letzter Stelle.',
      moved: '{title} an Position {n} von {total} verschoben.',
      removed: '{title} aus den Kapiteln entfernt.',
      /** The removal's Undo button; {title} is the chapter's title as it is. */
      undoRemove: 'Rückgängig: {title} wieder als Kapitel {n} einfügen',
      alreadyChapter: '{title} ist bereits Kapitel {n}.',
      back: '{title} ist wieder Kapitel {n}.',
      added: '{title} als Kapitel {n} hinzugefügt.',
      dragStays:
        '{title} bleibt an Position {n}: Lassen Sie ein Kapitel über der Liste los, um es zu verschieben.',
    },

    /** Starting again: from an example, a blank form, a saved file, last time's draft or the self-assessment. */
    start: {
      replace: 'Meinen Entwurf ersetzen',
      keep: 'Meinen Entwurf behalten',
      merge: 'Zusammenführen: neue Kapitel zu meinen hinzufügen',
      unchanged: 'Ihr Entwurf ist unverändert.',
      replaceWithExample:
        'Ihren Entwurf durch das Beispiel ersetzen? Sie können das direkt danach rückgängig machen.',
      replaceWithBlank:
        'Ihren Entwurf durch ein leeres Formular ersetzen? Sie können das direkt danach rückgängig machen.',
      startedBlank: 'Mit einem leeren Formular begonnen.',
      startOverQuestion:
        'Mit einem leeren Formular neu beginnen? Sie können das direkt danach rückgängig machen.',
      startedOver: 'Mit einem leeren Formular neu begonnen.',
      undo: 'Rückgängig: den bisherigen Entwurf zurückholen',
      draftBack: 'Ihr Entwurf ist wieder so, wie er war.',
      /** {size} is in KB. */
      fileTooBig:
        '{file} ist {size} KB groß; eine Einstellungsdatei von dieser Seite hat nur wenige KB. Wählen Sie die Datei, die Sie hier heruntergeladen haben.',
      replaceWithFile: 'Ihren Entwurf durch {file} ersetzen? Sie können das direkt danach rückgängig machen.',
      fileUnreadable:
        '{file} konnte nicht gelesen werden, Ihr Entwurf ist daher unverändert. Was an der Datei nicht stimmt, steht über dem Formular.',
      opened: '{file} geöffnet.',
      openedWithProblems: plural({
        one: '{file} geöffnet: Die Datei hat {n} Problem, es ist im Formular markiert.',
        other: '{file} geöffnet: Die Datei hat {n} Probleme, sie sind im Formular markiert.',
      }),
      /** Said after `opened` when the file names a logo; {field} is the logo field's label. */
      openedLogo:
        'Die Datei nennt das Logo „{logo}“: Wählen Sie diese Logodatei unter {field}, damit es auf das Titelblatt kommt.',
      /** Two sentences said one after the other. */
      sentences: '{first} {second}',
      draftUnreadable:
        'Ein in diesem Browser gespeicherter Entwurf konnte nicht gelesen werden, daher beginnt das Formular leer. Der alte Entwurf ist nicht gelöscht, sondern bleibt im Speicher dieser Website unter dem Namen „{key}“ erhalten.',
      /** {startOver} is the Start over button's label in quotation marks. */
      draftRestored: 'Ihr Entwurf vom letzten Mal ist wieder da. {startOver} am Ende löscht ihn.',
      handOverTaken: plural({
        one: '{n} Priorität aus Ihrer Selbsteinschätzung übernommen, nach Rang geordnet. Prüfen Sie die Kapitel unten; drei bis sechs ergeben ein gutes Handbuch.',
        other:
          '{n} Prioritäten aus Ihrer Selbsteinschätzung übernommen, nach Rang geordnet. Prüfen Sie die Kapitel unten; drei bis sechs ergeben ein gutes Handbuch.',
      }),
      handOverTakenWithCompany: plural({
        one: '{n} Priorität und den Namen des Unternehmens aus Ihrer Selbsteinschätzung übernommen, nach Rang geordnet. Prüfen Sie die Kapitel unten; drei bis sechs ergeben ein gutes Handbuch.',
        other:
          '{n} Prioritäten und den Namen des Unternehmens aus Ihrer Selbsteinschätzung übernommen, nach Rang geordnet. Prüfen Sie die Kapitel unten; drei bis sechs ergeben ein gutes Handbuch.',
      }),
      handOverMerged: plural({
        one: '{n} Kapitel aus Ihrer Selbsteinschätzung nach Ihren eigenen eingefügt; Ihre eigene Reihenfolge und der Name des Unternehmens bleiben erhalten.',
        other:
          '{n} Kapitel aus Ihrer Selbsteinschätzung nach Ihren eigenen eingefügt; Ihre eigene Reihenfolge und der Name des Unternehmens bleiben erhalten.',
      }),
      /** The question when a hand-over would overwrite a draft: what it brings, what the draft has, and the question. */
      handOverQuestion: '{brings} {draft} Was soll mit Ihrem Entwurf geschehen?',
      /** {chapters} is the list of the chapters' titles in quotation marks. */
      handOverBrings: plural({
        one: 'Die Selbsteinschätzung bringt {n} Kapitel nach Rang geordnet mit ({chapters}).',
        other: 'Die Selbsteinschätzung bringt {n} Kapitel nach Rang geordnet mit ({chapters}).',
      }),
      handOverBringsWithCompany: plural({
        one: 'Die Selbsteinschätzung bringt {n} Kapitel nach Rang geordnet ({chapters}) und den Unternehmensnamen „{company}“ mit.',
        other:
          'Die Selbsteinschätzung bringt {n} Kapitel nach Rang geordnet ({chapters}) und den Unternehmensnamen „{company}“ mit.',
      }),
      draftHasChapters: plural({
        one: 'Ihr Entwurf hat {n} Kapitel in Ihrer eigenen Reihenfolge.',
        other: 'Ihr Entwurf hat {n} Kapitel in Ihrer eigenen Reihenfolge.',
      }),
      draftHasCompany: 'Ihr Entwurf hat den Unternehmensnamen „{company}“.',
      draftHasBoth: plural({
        one: 'Ihr Entwurf hat {n} Kapitel in Ihrer eigenen Reihenfolge und den Unternehmensnamen „{company}“.',
        other:
          'Ihr Entwurf hat {n} Kapitel in Ihrer eigenen Reihenfolge und den Unternehmensnamen „{company}“.',
      }),
      handOverKept: 'Ihr Entwurf ist unverändert; aus der Selbsteinschätzung wurde nichts übernommen.',
    },

    /** What the status line and the notes beside the fields say as the form is edited. */
    edits: {
      notSaved:
        'Dieser Browser speichert den Entwurf nicht (privates Fenster oder voller Speicher): Laden Sie Ihre Einstellungsdatei herunter (der letzte Download in der Liste), um Ihre Arbeit zu sichern.',
      visionEmpty: 'Ein Satz wirkt am besten.',
      visionSentences: plural({
        one: 'Ein Satz: gut.',
        other: 'Das sind {n} Sätze; einer lässt sich leichter merken und zitieren.',
      }),
      visionOne: 'Ein Satz: gut.',
      logoRemoved: 'Logo entfernt.',
      logoRefused: 'Das Logo wurde nicht übernommen; was nicht stimmt, steht daneben.',
      logoAdded: 'Logo {file} hinzugefügt.',
      logoNamed: 'Logo: {file}.',
      noLogo: 'Kein Logo.',
      /** {ratio} is the contrast against white, such as "4.5". */
      accentAsChosen: 'Wie gewählt verwendet: {colour}, Kontrast {ratio}:1 auf Weiß.',
      accentDarkened:
        'Zu hell, um auf Weiß lesbar zu sein; das Handbuch verwendet daher {colour} (Kontrast {ratio}:1).',
      fixFirst: 'Beheben Sie zuerst die im Formular markierten Probleme.',
      /** The Undo button after a change that took something away. */
      undo: 'Rückgängig',
    },

    /** The preview's frame and its status line. */
    preview: {
      frameTitle: 'Vorschau des Handbuchs',
      chapters: plural({ one: 'Vorschau: {n} Kapitel.', other: 'Vorschau: {n} Kapitel.' }),
      /** The per-chapter downloads while there is no handbook yet. */
      chapterFilesWaiting: 'Diese erscheinen, sobald das Formular keine Probleme mehr hat.',
      /** {fields} is a list of the form's labels. */
      lastGood: plural({
        one: 'Vorschau, Drucken und Downloads zeigen den letzten fehlerfreien Stand, solange dies noch Aufmerksamkeit braucht: {fields}.',
        other:
          'Vorschau, Drucken und Downloads zeigen den letzten fehlerfreien Stand, solange diese noch Aufmerksamkeit brauchen: {fields}.',
      }),
      lastGoodForm:
        'Vorschau, Drucken und Downloads zeigen den letzten fehlerfreien Stand, solange das Formular noch Aufmerksamkeit braucht.',
      waitingForFixes: 'Die Vorschau erscheint, sobald die im Formular markierten Probleme behoben sind.',
      waitingForFields: 'Die Vorschau erscheint, sobald diese Felder ausgefüllt sind: {fields}.',
      waitingForBoth:
        'Die Vorschau erscheint, sobald die im Formular markierten Probleme behoben und diese Felder ausgefüllt sind: {fields}.',
      /** Where a problem no field shows is listed, as the status line names it. */
      topList: 'die Liste oben',
    },

    /**
     * The checker's problems and notes as the form says them (src/site/builder/form-wording.ts):
     * {field} is a field's label, {title} a chapter's title in quotation marks, {file} an uploaded file's name.
     */
    problems: {
      /** What to write in a field the form needs and finds empty. */
      whenEmpty: {
        company: 'Geben Sie den Namen Ihres Unternehmens so ein, wie Ihre Kundschaft ihn kennt.',
        vision: 'Schreiben Sie den einen Satz über Service, den alle wiedergeben können.',
        'standards.firstResponse':
          'Geben Sie an, wie schnell Kundinnen und Kunden eine erste Antwort bekommen, zum Beispiel „1 Stunde“.',
        'standards.callback':
          'Geben Sie an, wie schnell ein zugesagter Rückruf erfolgt, zum Beispiel „am selben Arbeitstag“.',
        'standards.refundLimit': 'Geben Sie einen Betrag ein, etwa „50 Euro“, oder lassen Sie das Feld weg.',
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
      notADate:
        '{field} ist kein gültiges Datum. Wählen Sie eines im Kalender oder lassen Sie das Feld leer.',
      /** {field} is the date field's label in quotation marks. */
      locale: 'Das Datumsformat konnte nicht gelesen werden. Wählen Sie eines unter {field}.',
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
        'Ohne Erstattungsgrenze steht in {chapters} {amount}. Tragen Sie hier eine ein, wenn Ihr Team eine hat, zum Beispiel „50 Euro“.',
      noEmpowerment:
        'Ohne Zeilen hier zeigt {chapters} eine Beispieltabelle. Fügen Sie für jede Rolle eine Zeile hinzu, mit dem, was sie ohne Rückfrage entscheiden darf.',
      /** {readers} is a list of audiences. */
      otherReaders:
        '{title} richtet sich an {readers}, nicht an die gewählten Zielgruppen; es bleibt drin, weil Sie es ausgewählt haben.',
    },

    /**
     * The comments in the config.yaml the builder writes (through src/core/config/writer.ts, which
     * writes no words of its own): the lines at the top, and one above each field. {site} is the
     * site's name.
     */
    configFile: {
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
    },
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The self-assessment (/assess/), its results, team view and one-page team report. */
  assess: {
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
      teamChartCaption:
        'Handlungsbedarf des Teams nach Kategorie, von 0 (gut aufgestellt) bis 100 (dringend)',
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
      refundLimit: '50 Euro',
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
        other:
          '{n} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; keines davon wurde gewählt.',
      }),
      /** {n} is how many were chosen, {tied} how many tie. */
      tieChosen: plural({
        one: '{tied} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; {n} davon wurde gewählt.',
        other:
          '{tied} Fehlermuster liegen gleichauf bei {need} von 100 für {where}; {n} davon wurden gewählt.',
      }),
      lastPlaces: plural({ one: 'den letzten Platz', other: 'die letzten {n} Plätze' }),
      editThen: 'Bearbeiten Sie die mit EDIT markierten Zeilen, dann prüfen und erzeugen Sie das Handbuch:',
      validate: 'npx playbook validate --config <diese Datei>',
      generate: 'npx playbook generate --config <diese Datei>',
      companyNote: 'EDIT: der Name Ihres Unternehmens, so wie Ihre Kundschaft ihn kennt',
      visionNote:
        'EDIT: der eine Satz über Ihren Service, den alle Mitarbeitenden wiedergeben können sollten.',
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
  },
  // ──────────────────────────────────────────────────────────────────────────────────────────────

  // ──────────────────────────────────────────────────────────────────────────────────────────────
  /** The staffing calculator (/tools/staffing/) and "What our standards take" in the handbook: its readings and questions. */
  staffing: {
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
      seconds: plural({ one: '{n} Sekunde', other: '{n} Sekunden' }),
      minutes: plural({ one: '{n} Minute', other: '{n} Minuten' }),
      hours: plural({ one: '{n} Stunde', other: '{n} Stunden' }),
      /** A duration in two units, the larger first: "2 minutes 3 seconds", "1 hour 30 minutes". */
      twoUnits: '{larger} {smaller}',
      people: plural({ one: '{n} Person', other: '{n} Personen' }),
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
        perHour: plural({ one: '{n} Anruf pro Stunde', other: '{n} Anrufe pro Stunde' }),
        perDay: plural({ one: '{n} Anruf pro Tag', other: '{n} Anrufe pro Tag' }),
        perInterval: plural({ one: '{n} Anruf pro {interval}', other: '{n} Anrufe pro {interval}' }),
      },
      chat: {
        contacts: 'Chats',
        working: 'im Chat',
        waiting: 'Kundinnen und Kunden',
        perHour: plural({ one: '{n} Chat pro Stunde', other: '{n} Chats pro Stunde' }),
        perDay: plural({ one: '{n} Chat pro Tag', other: '{n} Chats pro Tag' }),
        perInterval: plural({ one: '{n} Chat pro {interval}', other: '{n} Chats pro {interval}' }),
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
      captionNeed:
        'Der Balken „Bedarf“ ({n}) ist die kleinste Zahl von Personen, die Ihr Ziel erreicht{you}.',
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
      fix: plural({
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
  },
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
