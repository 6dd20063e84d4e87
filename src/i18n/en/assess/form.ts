/** English words for the self-assessment, one part of src/i18n/en/assess.ts. What a person sees while answering: the progress line and the messages of the buttons. */
import { pluralForms } from '../../format.ts';

export const assessForm = {
  /** The questionnaire's progress line and the messages of its buttons (the page's first script). */
  form: {
    progress: 'Quick scan: {answered} of {total} statements answered.',
    progressDone: pluralForms({
      one: 'Quick scan done: all {n} statement answered.',
      other: 'Quick scan done: all {n} statements answered.',
    }),
    deeper: 'Deep dive: {n} more.',
    notSaved: 'Answers cannot be saved in this browser, so keep this tab open.',
    cleared: 'All answers cleared. {progress}',
    codeCopied: 'Code copied. Paste it into a message to whoever combines the answers.',
    codeSelected: 'The code is selected: copy it with Ctrl+C (⌘C on a Mac).',
    linkCopied:
      'Link copied. Whoever opens it adds your answers to their team view, which shows results once {min} people’s answers are in.',
    copyThisLink: 'Copy this link: {link}',
    roleFirst:
      'Choose your role under “About you” first, so the team view can compare leadership with the front line.',
    exported: pluralForms({
      one: 'Exported your answers ({n} statement). Sending the code is easier: it carries the same answers.',
      other:
        'Exported your answers ({n} statements). Sending the code is easier: it carries the same answers.',
    }),
    roleFirstMine: 'Choose your role under “About you” first, then add your own answers.',
  },
};
