import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from '../problems.ts';

/** Aliases (`*name`) a file may use before it is refused as an expansion bomb. */
export const MAX_YAML_ALIASES = 50;

/**
 * Turns a file's bytes into text, or says plainly why it is not UTF-8 text. Pure: the caller reads
 * the bytes (and checks the size) so the same check runs in Node and in the browser builder.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; problems: Problem[] } {
  const problem = (message: string, line?: number): { problems: Problem[] } => ({
    problems: [{ file, ...(line ? { line } : {}), message }],
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem(
      'is saved as UTF-16; save it as UTF-8 (in most editors: "Save with encoding" or "Save as", then UTF-8)',
      1,
    );
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const nul = bytes.indexOf(0, start);
  if (nul !== -1)
    return problem(
      'contains a NUL byte, so it is not a text file; check that you picked the right file',
      lineAt(bytes, nul),
    );
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), problems: [] };
  } catch {
    const line = firstInvalidLine(bytes.subarray(start));
    return problem(
      'is not UTF-8 text: this line has characters saved in another encoding (often Latin-1 or Windows-1252, e.g. é or £); save the file as UTF-8 and run again',
      line,
    );
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

/** A parsed YAML file with the positions needed to point at a line, or the problems that stopped it. */
export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  problems: Problem[];
}

/** Parses one YAML document, keeping positions; syntax errors become problems in the user's words. */
export function parseYamlDocument(file: string, text: string, lineOffset = 0): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((error) => {
    const at = lines.linePos(error.pos[0]);
    const message =
      error.code === 'MULTIPLE_DOCS'
        ? 'a line "---" here starts a second YAML document, but this file must hold one; remove this line and what follows it, or merge the two parts'
        : error.code === 'DUPLICATE_KEY'
          ? `${error.message.split('\n')[0]}; each field may appear once, so remove or merge the repeated one`
          : /call stack/i.test(error.message)
            ? // The yaml package reports its own stack overflow as an error at the innermost value.
              'values are nested hundreds of levels deep (brackets or indents inside each other); no field nests more than a few levels, so remove the extra nesting'
            : `YAML syntax: ${error.message.split('\n')[0]}`;
    return { file, line: at.line + lineOffset, column: at.col, message };
  });
  return { doc, lines, problems };
}

/**
 * The document as plain data, with two protections: plain scalars that YAML would silently change
 * (`1.10` to 1.1, `0x1F` to 31, `012` to 12, `True` to true) are kept exactly as written, as text,
 * and alias expansion is capped so a "billion laughs" file is refused instead of filling memory.
 */
export function toPlainData(
  file: string,
  parsed: ParsedYaml,
  lineOffset = 0,
): { data?: unknown; problems: Problem[] } {
  visit(parsed.doc, {
    Scalar(key, node) {
      if (key === 'key' || node.type !== 'PLAIN' || node.source === undefined) return;
      const value = node.value;
      if ((typeof value === 'number' || typeof value === 'boolean') && String(value) !== node.source)
        node.value = node.source;
    },
  });
  try {
    return { data: parsed.doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }), problems: [] };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const first = firstAlias(parsed);
    return {
      problems: [
        {
          file,
          ...(first !== undefined ? { line: first + lineOffset } : {}),
          message: `uses YAML aliases (*name) to repeat values more than ${MAX_YAML_ALIASES} times; write the values out instead of aliasing them`,
        },
      ],
    };
  }
}

function firstAlias(parsed: ParsedYaml): number | undefined {
  let line: number | undefined;
  visit(parsed.doc, {
    Alias(_key, node) {
      if (node.range) line = parsed.lines.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}
