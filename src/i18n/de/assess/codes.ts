/** German words for the self-assessment, one part of src/i18n/de/assess.ts. Why a pasted answer code is refused or counted once, told to the person who collects the codes. */
import type { Dictionary } from '../../index.ts';

export const assessCodes: Pick<Dictionary['assess'], 'code' | 'duplicates'> = {
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
};
