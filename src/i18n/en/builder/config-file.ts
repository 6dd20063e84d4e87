/** English words for the handbook builder's settings file it writes, apart because these words land in a downloaded file, not on the page; composed in ../builder.ts. */

/**
 * The comments in the config.yaml the builder writes (through src/core/config/writer.ts, which
 * writes no words of its own): the lines at the top, and one above each field. {site} is the
 * site's name.
 */
export const configFile = {
  header:
    'Handbook config, made with the handbook builder on the {site} site.\nOpen it in the builder again, or generate it on a computer with Node.js:\n  npx playbook generate --config config.yaml',
  comments: {
    company: "Your company's name as customers know it.",
    vision: 'The service vision: one sentence that every employee could repeat.',
    priorities: 'The chapters of your handbook, most urgent first.',
    include:
      '"priorities" prints only those chapters; "all" adds a short appendix with every other failure mode.',
    audiences: 'Only show appendix entries meant for these readers.',
    standards: 'The promises you make to customers. Each one reads after "within" in a sentence.',
    empowerment: 'Who may decide what without asking. Shown in the empowerment chapter and in an appendix.',
    branding:
      'Headings and the cover use this colour; a colour too light to read on white is darkened.\nThe logo file must sit beside this config file.',
    language: 'The language of the handbook: en, es, de or ar. Chapters not translated yet print in English.',
    locale: 'Dates are written the local way; en-US and en-CA print on US Letter, others on A4.',
    date: 'The date on the cover. Change it when you publish a new edition.',
    output: 'What `playbook generate` writes, and where (relative to the folder you run it from).',
    training: 'Dates for the training plan and training-plan.ics: one session per chapter.',
    chapters:
      'Your own words in chapters, by chapter: a note at the top, plays left out (by id),\nplays of your own (owner and with are role ids) and an example of your own.',
    own: 'Chapters you wrote, each placed after the chapter named in "after" (or at the end).',
    roles: "Your titles for the playbook's roles, by role id; a role not listed keeps its name.",
  } as Record<string, string>,
};
