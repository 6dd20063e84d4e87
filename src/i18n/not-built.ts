/**
 * Stands in for the dictionary of a language the site is not built in (PLAYBOOK_LANGUAGES=en):
 * src/site/browser-stand-ins.ts resolves that language's import here, so a build of fewer
 * languages does not bundle the others' dictionaries (about 2.5 CPU-s of a 250-mode build, 29.5 ->
 * 26.8, one paired run). Nothing asks for such a language: no page is built in it and no form offers it.
 */
export const es = undefined;
export const de = undefined;
export const ar = undefined;
