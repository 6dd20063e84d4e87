/** German words for the handbook builder (/build/): one part of the dictionary src/i18n/de.ts. */
import type { Plural } from '../format.ts';
import type { Dictionary } from '../index.ts';

const plural = (forms: Plural): Plural => forms;

export const builder: Dictionary['builder'] = {
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
    language: 'Sprache des Handbuchs',
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
    refundLimitHint: 'Was Mitarbeitende im Kundenkontakt ohne Rückfrage erstatten dürfen, zum Beispiel 50 €.',
    refundLimitPlaceholder: '50 €',
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
    /** Under the handbook's language: what it changes, and what it leaves to the next choice. */
    languageHelp:
      'Seine Überschriften und Beschriftungen, und seine Kapitel, soweit sie übersetzt sind. Datum und Papier richten sich nach der nächsten Auswahl.',
    /** Under the handbook's language, when some chosen chapters are still English; {language} is the language's name. */
    untranslated: plural({
      one: '{n} von Ihren {total} Kapiteln liegt auf {language} noch nicht vor und wird auf Englisch gedruckt.',
      other:
        '{n} von Ihren {total} Kapiteln liegen auf {language} noch nicht vor und werden auf Englisch gedruckt.',
    }),
  },

  /** The date conventions offered, by locale: where, and the paper and date they give. */
  locales: {
    'en-GB': 'Vereinigtes Königreich (A4, 1 September 2025)',
    'en-IE': 'Irland (A4)',
    'en-AU': 'Australien (A4)',
    'en-NZ': 'Neuseeland (A4)',
    'en-US': 'Vereinigte Staaten (Letter, September 1, 2025)',
    'en-CA': 'Kanada (Letter)',
    'es-ES': 'Spanien (A4)',
    'es-MX': 'Mexiko (Letter)',
    'de-DE': 'Deutschland (A4)',
    'de-AT': 'Österreich (A4)',
    'de-CH': 'Schweiz (A4)',
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
    chaptersNone: 'Fügen Sie zuerst oben Kapitel hinzu; jedes bekommt dann hier einen Platz für Ihre Worte.',
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
    /** The chapters of the chosen language could not be fetched; {language} is its name. */
    languageUnavailable:
      'Die Kapitel auf {language} konnten nicht geladen werden; Vorschau und Downloads bleiben in der bisherigen Sprache. Prüfen Sie die Verbindung und wählen Sie die Sprache noch einmal.',
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
      'standards.refundLimit': 'Geben Sie einen Betrag ein, etwa „50 €“, oder lassen Sie das Feld weg.',
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
    notADate: '{field} ist kein gültiges Datum. Wählen Sie eines im Kalender oder lassen Sie das Feld leer.',
    /** {field} is the date field's label in quotation marks. */
    locale: 'Das Datumsformat konnte nicht gelesen werden. Wählen Sie eines unter {field}.',
    /** {written} is the file's value in quotation marks. */
    language: 'Die Sprache {written} gibt es für das Handbuch nicht. Wählen Sie eine unter {field}.',
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
      'Ohne Erstattungsgrenze steht in {chapters} {amount}. Tragen Sie hier eine ein, wenn Ihr Team eine hat, zum Beispiel „50 €“.',
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
      language:
        'Die Sprache des Handbuchs: en, es, de oder ar. Noch nicht übersetzte Kapitel werden auf Englisch gedruckt.',
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
};
