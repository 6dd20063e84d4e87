import type { Root } from 'mdast';

/**
 * A deep copy of a tree without `position`: only error messages use positions, they are most of a
 * tree's size, and the copy is what a page embeds or a store keeps (and safe from later plugins).
 */
export function withoutPositions(tree: Root): Root {
  return JSON.parse(
    JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)),
  ) as Root;
}
