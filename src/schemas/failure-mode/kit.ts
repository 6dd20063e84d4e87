/**
 * What a session prints and hands out: cut-out cards (with their tables) and the materials list
 * that says how many cards each holder gets, so the build can check the kit supplies them all.
 */
import { z } from 'astro/zod';
import { requiredText } from '../fields.ts';

/** A card's table: column headings, then rows; a short row is filled with blank cells to write in. */
export const CardTableSchema = z
  .object({
    /** The column headings, e.g. ["Who", "Up to", "Without asking"]. */
    columns: z.array(requiredText('a column heading')).min(1).max(8),
    /** Each row's cells from the left; cells left out print blank. */
    rows: z
      .array(z.array(z.union([z.string().trim(), z.number()]).transform(String)))
      .min(1)
      .max(20),
  })
  .strict()
  .refine(
    (t) => t.rows.every((row) => row.length <= t.columns.length),
    'a row has more cells than the table has columns; add a column heading or remove the extra cell',
  )
  .transform((t) => ({
    columns: t.columns,
    rows: t.rows.map((row) => [...row, ...Array<string>(t.columns.length - row.length).fill('')]),
  }));

/** Something printed and cut out: a scenario, a role brief or a customer message. */
export const KitCardSchema = z
  .object({
    /** Which pile the card belongs to, e.g. "Customer messages"; cards print grouped by deck. */
    deck: requiredText('a card deck'),
    /** Optional heading on the card. */
    title: z.string().trim().min(1).optional(),
    /** The card's text, written out in full; at most 700 characters, so it fits its printed cell. */
    text: requiredText('a card text').max(
      700,
      'a card holds at most 700 characters so it fits its cut-out cell; shorten it or split it into two cards',
    ),
    /** A table printed under the text as a real grid: a limits table, or a score sheet with blank cells to write in. */
    table: CardTableSchema.optional(),
    /** Prints the card on a page of its own instead of in the cut-out grid, e.g. a score sheet to fill in. */
    fullPage: z.boolean().optional(),
  })
  .strict();

/** Who is handed one set of the cards a material asks for. */
export const CARD_SET_HOLDERS = ['room', 'trainer', 'person', 'pair', 'group', 'table'] as const;

/**
 * One thing the session needs. A plain string is something the kit does not print ("A timer the
 * room can see"). The object form says which printed decks the item uses, how many cards of each one
 * set holds, and who gets a set, so the build can check the kit supplies every card it asks for.
 */
export const MaterialSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { text: value } : value),
  z
    .object({
      /** The item as the trainer reads it, e.g. "One set of the customer cards for each table". */
      text: requiredText('a material'),
      /** Decks this item uses, each with the cards one set holds: `{ Customer messages: 8 }`. */
      cards: z
        .record(z.string().trim().min(1, 'a deck name cannot be empty'), z.number().int().min(1).max(200))
        .refine(
          (decks) => Object.keys(decks).length > 0,
          'name at least one deck, e.g. cards: { Customer messages: 8 }',
        )
        .optional(),
      /** Who gets a set: the whole room, the trainer alone, or each person, pair, group or table. */
      per: z.enum(CARD_SET_HOLDERS).optional(),
      /** Sets for each holder, when one is not enough (two shuffled copies make one long queue). */
      sets: z.number().int().min(1).max(10).default(1),
    })
    .strict()
    .superRefine((m, ctx) => {
      if (m.cards && !m.per)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['per'],
          message: `say who gets a set of these cards: per: one of ${CARD_SET_HOLDERS.join(', ')}`,
        });
      if (!m.cards && (m.per || m.sets !== 1))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['cards'],
          message:
            'per and sets describe printed cards; name the decks too, e.g. cards: { Customer messages: 8 }',
        });
    })
    .transform(({ text, cards, per, sets }) => ({
      text,
      /** The decks this item uses, in the order written, with the cards one set holds. */
      uses: Object.entries(cards ?? {}).map(([deck, count]) => ({ deck, count })),
      per,
      sets,
    })),
);

export type Material = z.infer<typeof MaterialSchema>;
