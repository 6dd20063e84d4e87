/**
 * The one writer of handbook config files: `playbook init`'s starter, the config the self-assessment
 * (page and `playbook assess`) makes from a ranking, and the builder's config.yaml. Data goes through
 * the yaml package's Document API, so any text a person typed stays one value (quoted where it must
 * be), and the comments that explain each field are attached to their nodes: they survive the yaml
 * package's own round trip, and the file can be edited and run with `playbook generate` later.
 */
import { Document, isCollection, isMap, isScalar, visit, type Node } from 'yaml';

/** A comment in a written config: on the lines above a field (or list item), or at the end of its line. */
export interface ConfigComment {
  path: (string | number)[];
  above?: string;
  beside?: string;
}

export interface ConfigText {
  /** The lines at the top of the file. */
  header: string;
  comments?: ConfigComment[];
  /** Lists written on one line, e.g. `formats: [ html, md ]`. */
  flow?: (string | number)[][];
  /** The lines at the end of the file, e.g. an optional block written commented out. */
  footer?: string;
}

/** Characters yaml writes raw even inside quotes, which an editor may show as line breaks or not at all. */
const RAW_IN_QUOTES = /[\u0080-\u009F\u2028\u2029]/g;
const HAS_RAW = /[\u0080-\u009F\u2028\u2029]/;

/** Comment text as yaml writes it: `# ` before each line, and an empty line kept as a blank line. */
const asComment = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? ` ${line}` : ''))
    .join('\n');

/** The key node of a field, or the node of a list item, at `path`. */
function commentTarget(doc: Document, path: (string | number)[]): Node | undefined {
  const last = path.at(-1);
  if (typeof last === 'number') return doc.getIn(path, true) as Node | undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
  return isScalar(pair?.key) ? pair.key : undefined;
}

/** Writes config data as commented YAML; top-level fields are separated by a blank line. */
export function writeConfigYaml(data: Record<string, unknown>, text: ConfigText): string {
  const doc = new Document(data);
  doc.commentBefore = asComment(text.header);
  if (isMap(doc.contents))
    doc.contents.items.forEach((pair, i) => isScalar(pair.key) && i > 0 && (pair.key.spaceBefore = true));
  for (const comment of text.comments ?? []) {
    if (comment.above !== undefined) {
      const target = commentTarget(doc, comment.path);
      if (!target) throw new Error(`writeConfigYaml: no field ${comment.path.join('.')} to comment on`);
      target.commentBefore = asComment(comment.above);
    }
    if (comment.beside !== undefined) {
      const value = doc.getIn(comment.path, true);
      if (!isScalar(value))
        throw new Error(`writeConfigYaml: ${comment.path.join('.')} is not a single value to comment beside`);
      value.comment = ` ${comment.beside}`;
    }
  }
  for (const path of text.flow ?? []) {
    const node = doc.getIn(path, true);
    if (isCollection(node)) node.flow = true;
  }
  if (text.footer) doc.comment = asComment(text.footer);
  // Text holding characters yaml would leave raw is written double-quoted, and those characters escaped below.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && HAS_RAW.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc
    .toString({ lineWidth: 0 })
    .replace(RAW_IN_QUOTES, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
