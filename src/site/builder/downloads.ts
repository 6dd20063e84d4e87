/**
 * The builder's downloads, from the table of outputs `playbook generate` writes (src/render/outputs.ts),
 * so for the same config they are the same bytes. The page imports this module on the first
 * download or upload, so the Markdown writer, the handouts' QR codes, the kits and the yaml library
 * are not part of its first script.
 */
import type { Handbook } from '../../core/handbook/model.ts';
import { OUTPUTS, layOut } from '../../render/outputs.ts';
import type { OutputFile } from '../../render/output-types.ts';
import type { HandbookConfig, OutputFormat } from '../../schemas/handbook-config.ts';

// Passed on so config.yaml's reader and writer (and the yaml library) arrive in this same lazy chunk.
export { checkConfigText, configYaml, logoNamed, stateFromConfigText } from './config-yaml.ts';

/** The files one format makes for this handbook, as `playbook generate` writes them. */
export async function filesOf(
  format: OutputFormat,
  handbook: Handbook,
  config: HandbookConfig,
): Promise<OutputFile[]> {
  const run = { handbook, config };
  return OUTPUTS[format].render(run, layOut(run));
}
