/** German words for a failure mode's and a metric's documents and the staff pulse survey: one part of the dictionary src/i18n/de.ts. */
import { pluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const mode: Dictionary['mode'] = {
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
  playWorksheets: pluralForms({ one: 'Arbeitsblatt', other: 'Arbeitsblätter' }),
};

export const metric: Dictionary['metric'] = {
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
};

export const pulse: Dictionary['pulse'] = {
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
};
