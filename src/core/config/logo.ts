/**
 * What a logo may be, checked on its bytes: pure, so the CLI and the browser builder apply the same
 * rules. The file itself (a regular file in the config's folder, no link) is checked by the reader.
 */

/** Image types a logo may have, by file extension, with the media type used in the data URI. */
export const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

/** The largest logo accepted: ample for a cover logo, small enough that the handbook stays light. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/** The media type for a file name, or undefined when the extension is not a supported image. */
export function logoTypeFor(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? undefined : LOGO_TYPES[name.slice(dot).toLowerCase()];
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The media type the bytes really are, by their signature; undefined for anything else. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (looksLikeSvg(bytes)) return 'image/svg+xml';
  return undefined;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '');
  // An XML declaration, comments and a doctype may come before the root element.
  const rest = head.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  return /^<svg[\s>]/i.test(rest);
}

/**
 * Active or external content an SVG logo may not carry. The logo is only ever shown through an
 * <img> element, where browsers run no script and load nothing; refusing these as well means the
 * file stays harmless if someone opens it on its own or a renderer changes.
 */
const SVG_FORBIDDEN: [RegExp, string][] = [
  [/<script[\s>/]/i, 'a <script> element'],
  [/<foreignObject[\s>/]/i, 'a <foreignObject> element'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (onload=, onclick=, ...)'],
  [
    /(?:href|src)\s*=\s*["']?\s*(?!#|data:image\/)[a-z][a-z0-9+.-]*:/i,
    'a link to another file or site (href or src with a URL)',
  ],
  [/url\(\s*["']?\s*(?!#|data:image\/)[a-z][a-z0-9+.-]*:/i, 'a url(...) pointing outside the file'],
  [/<!ENTITY/i, 'an XML entity declaration'],
  [/@import/i, 'a CSS @import'],
];

/** Checks a logo's bytes against its file name; returns what is wrong, or undefined when it is fine. */
export function checkLogoBytes(name: string, bytes: Uint8Array): string | undefined {
  const declared = logoTypeFor(name);
  if (!declared)
    return `"${name}" is not a supported image; expected a file ending in ${Object.keys(LOGO_TYPES).join(', ')}`;
  if (bytes.byteLength === 0) return 'the logo file is empty; export the logo again';
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    return `the logo is ${formatBytes(bytes.byteLength)}; a logo may be at most ${formatBytes(MAX_LOGO_BYTES)}: export a smaller PNG (600 px wide is plenty) or an SVG`;
  }
  const actual = sniffImageType(bytes);
  if (!actual)
    return `the file is named like ${declared.replace('image/', '').toUpperCase()} but its contents are not an image we recognise; export the logo again as PNG, JPEG, SVG, WebP or GIF`;
  if (actual !== declared) {
    return `the file is named like ${declared.replace('image/', '').toUpperCase()} but holds ${actual.replace('image/', '').toUpperCase()} data; rename it to match what it is`;
  }
  if (actual === 'image/svg+xml') {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const found = SVG_FORBIDDEN.find(([pattern]) => pattern.test(text));
    if (found)
      return `the SVG contains ${found[1]}; a logo must be a plain drawing. Export it again as a plain SVG, or use a PNG`;
  }
  return undefined;
}

/** "1.5 MB", "800 KB": sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
