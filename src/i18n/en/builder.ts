/** English words for the handbook builder (/build/): one part of the dictionary src/i18n/en.ts. Each panel's words are in a file of ./builder/, split the same way in every language. */
import { page } from './builder/page.ts';
import { fields, form, locales, paper, cadences, examples, rows, chapters } from './builder/form.ts';
import { ownWords } from './builder/own-words.ts';
import { start, edits, preview } from './builder/status.ts';
import { problems } from './builder/problems.ts';
import { configFile } from './builder/config-file.ts';

export const builder = {
  page,
  fields,
  form,
  locales,
  paper,
  cadences,
  examples,
  rows,
  ownWords,
  chapters,
  start,
  edits,
  preview,
  problems,
  configFile,
};
