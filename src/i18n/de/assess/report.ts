/** German words for the self-assessment, one part of src/i18n/de/assess.ts. The team's one-page report, printed or as Markdown (`playbook assess --format md`). */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessReport: Pick<Dictionary['assess'], 'report' | 'markdown'> = {
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
    fewRaters: pluralForms({
      one: '{n} Fehlermuster wurde von weniger als {min} Personen bewertet und ist nicht aufgeführt.',
      other: '{n} Fehlermuster wurden von weniger als {min} Personen bewertet und sind nicht aufgeführt.',
    }),
    dash: 'Ein Strich: Weniger als {min} Personen dieser Gruppe haben es bewertet (oder eine andere Gruppe ist so klein), daher steht nur der Wert des Teams da.',
    cutTie: pluralForms({
      one: '{n} weiteres Fehlermuster erreicht ebenfalls {need} und liegt gleichauf mit den letzten Zeilen: {modes}.',
      other:
        '{n} weitere Fehlermuster erreichen ebenfalls {need} und liegen gleichauf mit den letzten Zeilen: {modes}.',
    }),
    topModes: pluralForms({
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
    countedOnce: pluralForms({
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
};
