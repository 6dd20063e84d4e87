/**
 * Text from a user's file, made safe to print in a terminal: control characters (C0, DEL, C1),
 * bidirectional overrides and isolates, and line or paragraph separators are shown as visible
 * `\u{…}` escapes, so a name can neither recolour the terminal nor forge a line of output.
 */
export function toTerminalText(value: string): string {
  return value.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** A value the user typed or named, in double quotes and terminal-safe, for a message that quotes it. */
export function quoteForTerminal(value: string): string {
  return `"${toTerminalText(value)}"`;
}

/**
 * A message of ours made of several lines: each line is made terminal-safe on its own, so the line
 * breaks we wrote stay line breaks and anything a user's text smuggled in is shown, not obeyed.
 */
export function toTerminalLines(text: string): string {
  return text.split('\n').map(toTerminalText).join('\n');
}

/** C0 controls, DEL, C1 controls, bidi embeddings/overrides/isolates, LRM/RLM/ALM, line and paragraph separators. */
export const UNSAFE_FOR_TERMINAL =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu;
