/** English words for the self-assessment, one part of src/i18n/en/assess.ts. The handbook config the assessment writes (its values and comments), and what writing a name into it changed. */
import { pluralForms } from '../../format.ts';

export const assessConfig = {
  /** What writing a name into a config changed; {what} names it ("The company name"). */
  configText: {
    removed:
      '{what} held invisible control characters ({characters}) that a handbook may not contain, so they were left out; check how it reads',
    cut: '{what} was longer than the {max} characters a handbook allows, so it was cut; check how it reads',
    both: '{what} held invisible control characters ({characters}) that a handbook may not contain, so they were left out, and was longer than the {max} characters a handbook allows, so it was cut; check how it reads',
    /** A status line followed by such a note. */
    withNote: '{status} {note}.',
  },

  /** The handbook config the assessment writes: its starting values and its comments. */
  config: {
    company: 'Your company',
    vision: 'Every customer leaves knowing exactly what happens next.',
    firstResponse: '2 hours',
    callback: 'the same working day',
    refundLimit: '50 GBP',
    /** The header's first line: `playbook assess --force` replaces only a file that starts with it. */
    header: 'Handbook config made by the service-playbook self-assessment.',
    chapters: pluralForms({
      one: 'The chapters below are the failure mode with the most need in {basis}, most need first.',
      other: 'The chapters below are the {n} failure modes with the most need in {basis}, most need first.',
    }),
    tieAll: pluralForms({
      other:
        '{n} failure modes tie at {need} of 100 for {where}; the answers put none ahead of another, so all {n} are in. Remove the ones you do not want.',
    }),
    tieNoneChosen: pluralForms({
      other: '{n} failure modes tie at {need} of 100 for {where}; none of them were chosen.',
    }),
    /** {n} is how many were chosen, {tied} how many tie. */
    tieChosen: pluralForms({
      one: '{tied} failure modes tie at {need} of 100 for {where}; {n} of them was chosen.',
      other: '{tied} failure modes tie at {need} of 100 for {where}; {n} of them were chosen.',
    }),
    lastPlaces: pluralForms({ one: 'the last place', other: 'the last {n} places' }),
    editThen: 'Edit the lines marked EDIT, then check and generate the handbook:',
    validate: 'npx playbook validate --config <this file>',
    generate: 'npx playbook generate --config <this file>',
    companyNote: "EDIT: your company's name as customers know it",
    visionNote: 'EDIT: the one sentence every employee should be able to repeat about the service you give.',
    prioritiesNote:
      'Chapters, most need first. Reorder, remove or add ids; `npx playbook list` shows them all.',
    priority: 'need {need} of 100',
    priorityTied: 'need {need} of 100, tied',
    /** A chapter's note with the warning signs ticked: {note} is one of the two above. */
    priorityWithSigns: pluralForms({
      one: '{note}; {n} warning sign ticked',
      other: '{note}; {n} warning signs ticked',
    }),
    includeNote:
      '"priorities" prints only those chapters; "all" adds a short appendix with every other failure mode.',
    standardsNote:
      'EDIT: the promises you make to customers. Chapters quote them after "within", e.g. "a first response within 1 hour".',
    refundLimitNote: 'What a frontline employee may refund without asking anyone.',
    empowermentNote:
      'Who may decide what without asking. Without rows the handbook shows a sample table instead.',
    localeNote: 'en-US or en-CA for US Letter paper and US dates',
    dateNote: 'the cover date',
    formatsNote: 'Also possible: pdf (needs Chromium), ics (the training calendar).',
    trainingNote: 'One training session per chapter, from this date on.',
    /** {values} are the other cadences a config accepts, as written in it. */
    cadenceNote: 'or {values}',
    trainingLater: 'Optional: put dates on the training plan, one session per chapter.',
    nothingToWrite: 'nothing to put in the handbook yet: answer at least one statement first',
  },
};
