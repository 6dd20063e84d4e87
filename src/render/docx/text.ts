/**
 * Text on its way into a .docx part. The docx package escapes markup characters, but passes every
 * other character through, and XML 1.0 cannot hold most C0 controls: one in a run would make the
 * whole document unreadable to Word. So every string we hand it goes through `cleanText` first.
 */

/** C0 and C1 controls, the two non-characters XML forbids, and halves of a broken surrogate pair. */
const NOT_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with controls removed and line breaks and tabs as spaces (as HTML reads them). */
export function cleanText(value: string): string {
  return value.replace(NOT_TEXT, '').replace(/[\t\r\n]+/g, ' ');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Clean text escaped for an XML element or attribute we write ourselves (the document properties). */
export function escapeXml(value: string): string {
  return cleanText(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: the scripts written right to left. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * Whether text reads right to left, by its first letter: what `dir="auto"` on the HTML's `<bdi>`
 * decides, so a company name in Arabic is laid out in Word as it is in the browser.
 */
export function startsRightToLeft(value: string): boolean {
  const first = value.match(/\p{L}/u);
  return first !== null && RTL_LETTER.test(first[0]);
}
