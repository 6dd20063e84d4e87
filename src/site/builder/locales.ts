/** Locales the builder offers; an uploaded config's other locale is added to the list when it loads. */
export const BUILDER_LOCALES = [
  { id: 'en-GB', label: 'United Kingdom (A4, 1 September 2025)' },
  { id: 'en-IE', label: 'Ireland (A4)' },
  { id: 'en-AU', label: 'Australia (A4)' },
  { id: 'en-NZ', label: 'New Zealand (A4)' },
  { id: 'en-US', label: 'United States (Letter, September 1, 2025)' },
  { id: 'en-CA', label: 'Canada (Letter)' },
];
