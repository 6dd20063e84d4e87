/**
 * The builder's config as YAML text, both ways: the commented config.yaml the person downloads (and
 * can run later with `playbook generate`), and an uploaded file read back into the form. Loaded only
 * when a file is read or written, so the yaml library stays out of the page's first script.
 */
import { parse } from 'yaml';
import { writeConfigYaml } from '../../core/config/writer.ts';
import { checkHandbookConfig, type CheckedConfig } from '../../core/config/check.ts';
import type { Library } from '../../core/library/library.ts';
import { fill } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
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

/**
 * The config as commented YAML, through the one config writer: made in the browser, checked there
 * with the CLI's checker, and run later with `playbook generate --config config.yaml`.
 */
export function configYaml(
  state: BuilderState,
  titles: ReadonlyMap<string, string>,
  playTitle: (modeId: string, playId: string) => string | undefined = () => undefined,
): string {
  const data = configData(state);
  const w = pageWords();
  const { header, comments } = w.builder.configFile;
  const chapters = (data.chapters ?? {}) as Record<string, { skip?: string[] }>;
  const own = (data.own ?? []) as { after?: string }[];
  return writeConfigYaml(data, {
    header: fill(w.locale, header, { site: w.siteName }),
    comments: [
      ...Object.keys(data).flatMap((key) => (comments[key] ? [{ path: [key], above: comments[key] }] : [])),
      ...state.priorities.flatMap((id, i) =>
        titles.has(id) ? [{ path: ['priorities', i], beside: titles.get(id)! }] : [],
      ),
      // Ids are what the file keeps; the titles beside them are what a person recognises.
      ...Object.entries(chapters).flatMap(([id, words]) => [
        ...(titles.has(id) ? [{ path: ['chapters', id], above: titles.get(id)! }] : []),
        ...(words.skip ?? []).flatMap((play, i) => {
          const name = playTitle(id, play);
          return name ? [{ path: ['chapters', id, 'skip', i], beside: name }] : [];
        }),
      ]),
      ...own.flatMap((c, i) =>
        c.after && titles.has(c.after) ? [{ path: ['own', i, 'after'], beside: titles.get(c.after)! }] : [],
      ),
    ],
  });
}
