/** What the /build/ page embeds for its script: the library, the examples, and a few links. */
import type { Library } from '../../core/library.ts';
import { loadLibrary } from '../../core/load.ts';
import { contentDir } from '../content-dir.ts';
import retailer from '../../../examples/retailer.yaml?raw';
import contactCentre from '../../../examples/contact-centre.yaml?raw';
import northbeamLogoText from '../../../examples/northbeam-logo.svg?raw';
import { toBase64 } from '../../core/base64.ts';

const northbeamLogo = new TextEncoder().encode(northbeamLogoText);

export interface BuilderData {
  library: Library;
  examples: { id: string; label: string; text: string; logo?: { name: string; base64: string } }[];
}

export const EXAMPLES: BuilderData['examples'] = [
  { id: 'retailer', label: 'Example: a small retailer', text: retailer },
  { id: 'contact-centre', label: 'Example: a contact centre', text: contactCentre, logo: { name: 'northbeam-logo.svg', base64: toBase64(northbeamLogo) } },
];

/** The JSON for the page's data element; `<` is escaped so no text can close the script element. */
export function builderJson(library: Library): string {
  const data: BuilderData = { library, examples: EXAMPLES };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The library exactly as `playbook generate` loads it: the site's collections hold the neutral
 * edition (variables already filled with their defaults), which would lose the company's values.
 */
export function builderLibrary(): Promise<Library> {
  return loadLibrary(contentDir());
}
