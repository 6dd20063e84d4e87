/**
 * The builder's config as YAML text, both ways: the commented config.yaml the person downloads (and
 * can run later with `playbook generate`), and an uploaded file read back into the form. Loaded only
 * when a file is read or written, so the yaml library stays out of the page's first script.
 */
import { parse } from 'yaml';
import { writeConfigYaml } from '../../core/config/writer.ts';
import { checkHandbookConfig, type CheckedConfig } from '../../core/config/check.ts';
import type { Library } from '../../core/library/library.ts';
import { configData, stateFromConfigData, type BuilderState } from './state.ts';

/** Reads a config file's text into the form; undefined when the text is not YAML at all (the checker's message then says where). */
export function stateFromConfigText(text: string, logo?: BuilderState['logo']): BuilderState | undefined {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return undefined;
  }
  return stateFromConfigData(data, logo);
}

/** An uploaded config checked exactly as `playbook validate` checks it, with lines. */
export function checkConfigText(path: string, text: string, library: Library): CheckedConfig {
  return checkHandbookConfig({ path, text }, library);
}

/** The logo file a config names, if any: the browser cannot read it from beside the config, so the person picks it. */
export function logoNamed(text: string): string | undefined {
  try {
    const branding = (parse(text) as { branding?: { logo?: unknown } } | null)?.branding;
    const name = typeof branding?.logo === 'string' ? branding.logo.trim() : '';
    return name || undefined;
  } catch {
    return undefined;
  }
}

const COMMENTS: Record<string, string> = {
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
  locale: 'Dates are written the local way; en-US and en-CA print on US Letter, others on A4.',
  date: 'The date on the cover. Change it when you publish a new edition.',
  output: 'What `playbook generate` writes, and where (relative to the folder you run it from).',
  training: 'Dates for the training plan and training-plan.ics: one session per chapter.',
};

/**
 * The config as commented YAML, through the one config writer: made in the browser, checked there
 * with the CLI's checker, and run later with `playbook generate --config config.yaml`.
 */
export function configYaml(state: BuilderState, titles: ReadonlyMap<string, string>): string {
  const data = configData(state);
  return writeConfigYaml(data, {
    header:
      'Handbook config, made with the handbook builder on the Service Playbook site.\nOpen it in the builder again, or generate it on a computer with Node.js:\n  npx playbook generate --config config.yaml',
    comments: [
      ...Object.keys(data).flatMap((key) => (COMMENTS[key] ? [{ path: [key], above: COMMENTS[key] }] : [])),
      ...state.priorities.flatMap((id, i) =>
        titles.has(id) ? [{ path: ['priorities', i], beside: titles.get(id)! }] : [],
      ),
    ],
  });
}
