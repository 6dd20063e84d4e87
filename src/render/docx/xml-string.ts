/**
 * The docx package's XML objects (`{ name: [children] }`, `{ _attr: {...} }`, text) as an XML
 * string, character for character as the `xml` package that docx 9.7.1 bundles writes them
 * without indentation, including its odd corners (a text child after an element child replaces it;
 * numbers and booleans are written as they are). That package builds a second tree of every
 * element before writing it and escapes each text through a callback; a Word handbook has some
 * 60,000 elements, and this writes them straight to a string instead.
 */

type XmlObject = Readonly<Record<string, unknown>>;

/** The XML declaration Word's parts start with. */
export interface XmlDeclaration {
  standalone?: string;
  encoding?: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
const MARKUP = /[&"<>']/g;
const HAS_MARKUP = /[&"<>']/;

/** The `xml` package's escapeForXML: strings escaped, anything else (a number, true) as it is. */
function escape(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return HAS_MARKUP.test(value) ? value.replace(MARKUP, (c) => ESCAPES[c]!) : value;
}

/** The object as XML, after the declaration when one is given: `xml(object, { declaration })`. */
export function writeXml(object: XmlObject, declaration?: XmlDeclaration): string {
  let head = '';
  if (declaration) {
    const attributes: Record<string, unknown> = {
      version: '1.0',
      encoding: declaration.encoding || 'UTF-8',
    };
    if (declaration.standalone) attributes.standalone = declaration.standalone;
    head = `<?xml${attributesOf(attributes)}?>`;
  }
  return head + element(object);
}

function attributesOf(attributes: object): string {
  let out = '';
  for (const key of Object.keys(attributes))
    out += ` ${key}="${escape((attributes as Record<string, unknown>)[key])}"`;
  return out;
}

/**
 * One element: `{ name: value }`, where value is children, attributes, text or nothing. Its content
 * is kept as the package keeps it, a list of entries: for children, an empty string first, each
 * element child appended, a text child replacing the last entry (so `[element, "text"]` keeps only
 * the text), and an empty string at the end unless the last child was text. Whether the list is
 * empty decides between `<name/>` and `<name>...</name>`. Only the last entry can be replaced, so
 * the list is kept as the text before it, the last entry, and a count.
 */
function element(object: XmlObject): string {
  const name = Object.keys(object)[0];
  const value = object[name!];
  let attributes = '';
  let before = '';
  let last = '';
  let count = 0;
  if (typeof value === 'object') {
    if (value !== null) {
      const values = value as { _attr?: object; _cdata?: unknown; forEach?: unknown };
      if (values._attr) attributes += attributesOf(values._attr);
      if (values._cdata) {
        last = `<![CDATA[${String(values._cdata)}`.replace(/\]\]>/g, ']]]]><![CDATA[>') + ']]>';
        count++;
      }
      if (typeof values.forEach === 'function') {
        let hadText = false;
        // An empty entry first, so a text child always has an entry to replace.
        before += last;
        last = '';
        count++;
        for (const child of value as readonly unknown[]) {
          if (typeof child === 'object') {
            if (Object.keys(child as object)[0] === '_attr')
              attributes += attributesOf((child as { _attr: object })._attr);
            else {
              before += last;
              last = element(child as XmlObject);
              count++;
            }
          } else {
            last = valueText(escape(child));
            hadText = true;
          }
        }
        if (!hadText) count++;
      }
    }
  } else {
    last = valueText(escape(value));
    count++;
  }
  const content = before + last;
  if (!name) return count ? attributes + content : attributes;
  if (!count) return `<${name}${attributes}/>`;
  return `<${name}${attributes}>${content}</${name}>`;
}

/** How the package appends a written value: undefined adds nothing, anything else as a string. */
const valueText = (value: unknown): string => (value === undefined ? '' : String(value));
