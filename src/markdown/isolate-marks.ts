/**
 * A company's value filled into frontmatter text (a play step that says `:var[company]`) becomes
 * part of a plain string, yet must be direction-isolated like every other piece of user text, so a
 * right-to-left name cannot reorder the sentence around it. The string carries the value between
 * U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, the plain-text form of `<bdi>`.
 * The serialisers turn each marked run into an isolate node (HTML `<bdi>`); plain-text outputs keep
 * the marks, which is correct Unicode isolation there. Config text can never contain these
 * characters (user-text.ts refuses bidi controls), so a mark always means "a value we filled in".
 */
import type { Root } from 'mdast';
import type { Isolate } from '../document/nodes.ts';

export const ISOLATE_OPEN = '\u2068';
export const ISOLATE_CLOSE = '\u2069';

const MARKED_RUN = /\u2068([^\u2068\u2069]*)\u2069/g;

export function markIsolated(value: string): string {
  return `${ISOLATE_OPEN}${value}${ISOLATE_CLOSE}`;
}

export function hasIsolateMarks(text: string): boolean {
  return text.includes(ISOLATE_OPEN);
}

export interface TextRun {
  text: string;
  isolated: boolean;
}

/** Splits a string into plain runs and marked (isolated) runs, marks removed; empty runs dropped. */
export function splitIsolated(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(MARKED_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), isolated: false });
    if (match[1]) runs.push({ text: match[1], isolated: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), isolated: false });
  return runs;
}

/**
 * The tree with each marked run in its text as an isolate node, which the serialisers know how to
 * write. The tree given is left as it is: a copy is made only along the paths to marked text, and
 * every other node is shared, so a body shared by a thousand pages is neither changed nor copied.
 */
export function isolateMarkedText(tree: Root): Root {
  return isolatedCopy(tree) as Root;
}

type AnyNode = { type: string; value?: string; children?: AnyNode[] };

function isolatedCopy(node: AnyNode): AnyNode {
  if (!node.children) return node;
  let children: AnyNode[] | undefined;
  node.children.forEach((child, index) => {
    const replaced =
      child.type === 'text' && hasIsolateMarks(child.value ?? '')
        ? isolateRuns(child.value!)
        : isolatedCopy(child);
    if (replaced !== child) children ??= node.children!.slice(0, index);
    if (!children) return;
    if (Array.isArray(replaced)) children.push(...replaced);
    else children.push(replaced);
  });
  return children ? { ...node, children } : node;
}

function isolateRuns(value: string): AnyNode[] {
  return splitIsolated(value).map((run) =>
    run.isolated
      ? ({ type: 'isolate', children: [{ type: 'text', value: run.text }] } satisfies Isolate as AnyNode)
      : { type: 'text', value: run.text },
  );
}
