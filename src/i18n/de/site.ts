/** German words for the site's pages: one part of the dictionary src/i18n/de.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const site: Dictionary['site'] = {
  /** The title of every page but the home page: the page's own title, then the site's name. */
  pageTitle: '{title} · {site}',
  skipLink: 'Zum Inhalt springen',
  languages: { label: 'Sprache' },
  untranslated: 'Dieser Teil ist noch nicht ins Deutsche übersetzt und wird deshalb auf Englisch angezeigt.',
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
    lede: pluralForms({
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
    lede: pluralForms({
      one: 'Eine Art, wie Service zusammenbricht, mit Warnsignalen, Maßnahmen und einer Trainingsübung.',
      other:
        '{n} Arten, wie Service zusammenbricht, jeweils mit Warnsignalen, Maßnahmen und einer Trainingsübung.',
    }),
    categoryLegend: 'Kategorie',
    audienceLegend: 'Zielgruppe',
    /** The status line under the filters; {n} is how many modes there are in all, {shown} how many the filters show. */
    showingAll: pluralForms({
      one: 'Das eine Fehlermuster wird angezeigt.',
      other: 'Alle {n} Fehlermuster werden angezeigt.',
    }),
    showingSome: pluralForms({
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
    inEnglish:
      'Die Seiten sind noch nicht in diese Sprache übersetzt; suchen Sie deshalb mit englischen Wörtern.',
    /**
     * The status line once the reader searches: {query} is what they typed, {category} the
     * category they chose (the "…In" sentences), {n} how many pages were found.
     */
    status: {
      searching: 'Suche läuft …',
      none: 'Keine Seite passt zu „{query}“. Versuchen Sie ein kürzeres oder anderes Wort.',
      noneIn: 'Keine Seite in {category} passt zu „{query}“. Versuchen Sie ein kürzeres oder anderes Wort.',
      /** No page holds every word of the query, but some hold some of them. */
      partial: pluralForms({
        one: 'Keine Seite enthält alle Wörter von „{query}“; {n} Seite enthält einige davon, die passendste zuerst.',
        other:
          'Keine Seite enthält alle Wörter von „{query}“; {n} Seiten enthalten einige davon, die passendsten zuerst.',
      }),
      partialIn: pluralForms({
        one: 'Keine Seite in {category} enthält alle Wörter von „{query}“; {n} Seite enthält einige davon, die passendste zuerst.',
        other:
          'Keine Seite in {category} enthält alle Wörter von „{query}“; {n} Seiten enthalten einige davon, die passendsten zuerst.',
      }),
      found: pluralForms({ one: '{n} Seite passt zu „{query}“.', other: '{n} Seiten passen zu „{query}“.' }),
      foundIn: pluralForms({
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
};
