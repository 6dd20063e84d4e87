/**
 * Limits on what the assessment reads, checked before any heavy work; zod-free, so the page's team
 * view can check a file's size without loading the file reader. docs/assessment.md states them.
 */
/** Largest answers file read: a full questionnaire with a long name is under 10 KB. */
export const MAX_ANSWERS_FILE_BYTES = 256 * 1024;
/** Most answers files (or codes) combined at once. */
export const MAX_ANSWERS_FILES = 200;
/** Most failure modes listed under `answers` or `warningSigns`, and statements under one mode. */
export const MAX_MODE_ENTRIES = 500;
export const MAX_STATEMENT_ENTRIES = 200;
/** Problems listed per file; the rest are counted, so a file of a million mistakes stays readable. */
export const MAX_PROBLEMS_PER_FILE = 20;
/**
 * The fewest people whose answers are shown together, for the team and for each group within it:
 * the mean of one person is their answers, and with two each can work out the other's from it.
 */
export const MIN_PEOPLE = 3;
