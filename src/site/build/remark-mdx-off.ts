/**
 * Stands in for remark-mdx in the browser builder's bundle (see astro.config.mjs): the MDX syntax
 * extension brings a JavaScript parser (acorn, about 70 KB gzip) that page bodies never need, since
 * the content check refuses MDX-only constructs. tests/unit/builder-parse.test.ts checks that every
 * page parses to the same tree without it, so the builder's handbook stays byte-identical to the CLI's.
 */
export default function remarkMdxOff(): void {}
