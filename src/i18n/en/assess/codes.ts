/** English words for the self-assessment, one part of src/i18n/en/assess.ts. Why a pasted answer code is refused or counted once, told to the person who collects the codes. */

export const assessCodes = {
  /** Why an answer code cannot be read, for the person who pasted it. */
  code: {
    notACode: 'not an answer code: codes start with {prefix}',
    otherVersion:
      'made by another version of the assessment ({version}); ask for the answers again from this page',
    stray: 'contains "{character}", which no code has; copy the code again',
    aSpace: 'a space',
    incomplete:
      'incomplete or mistyped (its checksum does not match); ask the person to copy the whole code again',
    otherStatements:
      'made against a different set of statements than this playbook now has (they have changed since); ask the person to take the quick scan again on this page',
    damaged: 'damaged: the checksum matches but the answers do not fit this playbook; ask for the code again',
    tooLong: 'the pasted text is {length} characters long; paste at most {max} (a code is a few hundred)',
  },

  /** Notes on the same person's answers given twice: {source} and {earlier} name where each came from. */
  duplicates: {
    sameAnswers: '{source} has the same answers as {earlier}, so they were counted once',
    samePerson:
      '{source} and {earlier} come from the same person, so they were counted once (using {source}, the later one)',
  },
};
