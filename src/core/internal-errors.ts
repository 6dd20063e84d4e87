/**
 * Messages for errors that mean a bug in our own code, never a user's mistake: a caller skipped the
 * check that comes first (the config check, queueProblems) or passed options no config can give.
 * The command line prints them whole and exits 2. They name functions and options for whoever
 * fixes the code, so they stay English and out of the dictionary; kept here so the files that throw
 * them hold no English of their own (tests/unit/dictionary.test.ts).
 */
export const INTERNAL_ERRORS = {
  unknownMode: (id: string) => `selectModes: "${id}" is not in the library; check the config first`,
  unknownMetric: (id: string) =>
    `metricsOnPage: "${id}" is not in the library's metrics; load the library through buildLibrary, which checks it`,
  noStaffingMeetsTarget: (inputs: unknown) =>
    `planQueue: no staffing meets the target for ${JSON.stringify(inputs)}; check queueProblems first`,
  sessionTime: (time: string) => `time must be HH:MM, got "${time}"`,
  sessionStart: (start: string) => `start must be YYYY-MM-DD, got "${start}"`,
  companyParserNotLoaded: (path: string) =>
    `parsed-company: ${path} needs the Markdown parser; call loadCompanyParser() before checking`,
  sessionCadence: (days: number) => `cadenceDays must be a whole number of days above 0, got ${days}`,
} as const;
