/**
 * Text from a user's file, made safe to print in a terminal: control characters (C0, DEL, C1),
 * bidirectional overrides and isolates, and line or paragraph separators are shown as visible
 * `\u{…}` escapes, so a name can neither recolour the terminal nor forge a line of output.
 */
export function toTerminalText(value: string): string {
  return value.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** C0 controls, DEL, C1 controls, bidi embeddings/overrides/isolates, LRM/RLM/ALM, line and paragraph separators. */
export const UNSAFE_FOR_TERMINAL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu;
