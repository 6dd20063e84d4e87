declare module 'virtual:playbook/page-scripts' {
  /** How a page loads its script: see src/site/page-scripts.ts. */
  export function pageScriptTag(
    name: import('./page-scripts.ts').PageScriptName,
  ): import('./page-scripts.ts').PageScriptTag;
}
