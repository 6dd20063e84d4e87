import type { Dictionary } from '../../i18n/index.ts';

/** Locales the builder offers (the dictionary names each); an uploaded config's other locale is added to the list when it loads. */
export const BUILDER_LOCALES: (keyof Dictionary['builder']['locales'])[] = [
  'en-GB',
  'en-IE',
  'en-AU',
  'en-NZ',
  'en-US',
  'en-CA',
];
