import { checkHandbookConfigData, type CheckedConfig } from './data-check.ts';
import type { Library, SourceText } from '../library/library.ts';
import { parseYamlDocument, toPlainData } from './yaml-source.ts';

export type { CheckedConfig };

/**
 * Parses and checks a handbook config against the library: YAML syntax, the schema, unknown and
 * duplicate priority ids, the logo's type. Every problem is returned at once, with field and line.
 */
export function checkHandbookConfig(source: SourceText, library: Library): CheckedConfig {
  const file = source.path;
  const parsed = parseYamlDocument(file, source.text);
  if (parsed.problems.length > 0) return { problems: parsed.problems, warnings: [] };
  const plain = toPlainData(file, parsed);
  if (plain.problems.length > 0) return { problems: plain.problems, warnings: [] };
  return checkHandbookConfigData(file, plain.data, library, { doc: parsed.doc, lines: parsed.lines });
}
