/** The `hyphen` package's pattern modules (CommonJS, without types): each language's hyphenator. */
declare module 'hyphen/*' {
  /** The text with soft hyphens (U+00AD) where its words may break. */
  export function hyphenateSync(text: string): string;
  const patterns: { hyphenateSync: typeof hyphenateSync };
  export default patterns;
}
