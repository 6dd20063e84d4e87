// What every command shares: the declaration `run` parses arguments and prints help from, the
// options several commands take, and the argument readers, so each command file holds only its own.
import { readSiteUrl, siteUrlError } from '../core/config/site-address.ts';
import { UsageError, type Io } from './io.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help, e.g. FILE. */
  value?: string;
  /** The option may be given more than once; its value is then a list. */
  multiple?: boolean;
  description: string;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  positionals?: { name: string; description: string }[];
  options: Record<string, OptionSpec>;
  examples: string[];
  run: (args: ParsedArgs, io: Io) => Promise<number>;
}

export const CONTENT: OptionSpec = {
  type: 'string',
  value: 'DIR',
  description: 'playbook library folder (default: the project content/, or PLAYBOOK_CONTENT_DIR)',
};
export const CONFIG: OptionSpec = {
  type: 'string',
  short: 'c',
  value: 'FILE',
  description: 'the handbook config (YAML)',
};

// Loaded on demand: the library and renderers take a second to import, and help or init need neither.
export const loadGenerate = () => import('./generate.ts');

export const str = (args: ParsedArgs, name: string) =>
  typeof args.values[name] === 'string' ? (args.values[name] as string) : undefined;
export const strs = (args: ParsedArgs, name: string) =>
  [args.values[name] ?? []].flat().filter((v): v is string => typeof v === 'string');

export function requireConfig(args: ParsedArgs, command: string): string {
  const config = str(args, 'config') ?? args.positionals[0];
  if (!config)
    throw new UsageError(
      'missing --config FILE: which handbook config to use (e.g. --config examples/retailer.yaml)',
      command,
    );
  return config;
}

/**
 * PLAYBOOK_SITE_URL as validate and generate use it: its warnings printed, an address too long for
 * a handout's QR code refused before anything is built.
 */
export function readSiteUrlFor(io: Io): string | undefined {
  const reading = readSiteUrl(io.env.PLAYBOOK_SITE_URL);
  for (const warning of reading.warnings) io.stderr(`warning: ${warning}\n`);
  if (reading.problem) throw siteUrlError(reading.problem);
  return reading.url;
}
