import { z } from 'astro/zod';
import { ID_PATTERN, requiredText } from './fields.ts';

/** A worksheet's id: lowercase words joined by hyphens, the same as its file name without `.yaml`. */
export const WorksheetIdSchema = z
  .string()
  .trim()
  .regex(ID_PATTERN, 'expected a worksheet id from content/worksheets/, such as "friction-log"');

/** The kinds of block a worksheet is made of, in the words an author writes after `type:`. */
export const WORKSHEET_BLOCK_TYPES = ['fields', 'table', 'lines', 'checklist'] as const;
export type WorksheetBlockType = (typeof WORKSHEET_BLOCK_TYPES)[number];

/** What each kind of block holds besides its type; any other field is a mistake the author is told about. */
const BLOCK_FIELDS: Record<WorksheetBlockType, readonly string[]> = {
  fields: ['fields'],
  table: ['columns', 'rows'],
  lines: ['label', 'lines'],
  checklist: ['items'],
};

/**
 * One block of a worksheet. Written as one object whose `type` says which of its fields it uses,
 * so a mistyped type or field gets "did you mean" from the common checks; turned into a union.
 */
export const WorksheetBlockSchema = z
  .object({
    /** fields, table, lines or checklist. */
    type: z.enum(WORKSHEET_BLOCK_TYPES),
    /** fields: the labels of the things to fill in, one to a line, e.g. [Team, Week starting]. */
    fields: z
      .array(requiredText('a field label'))
      .min(1, 'list at least one field')
      .max(8, 'at most 8 fields in one block; split them into two blocks')
      .optional(),
    /** table: the column headings of a ruled table to write in. */
    columns: z
      .array(requiredText('a column heading'))
      .min(1, 'list at least one column')
      .max(8, 'at most 8 columns fit across a printed page')
      .optional(),
    /** table: how many empty rows it prints. */
    rows: z
      .number()
      .int('a whole number of rows')
      .min(1, 'a table needs at least 1 row')
      .max(24, 'at most 24 rows fit on one page; shorten the table or make it a second worksheet')
      .optional(),
    /** lines: what to write on the lines, e.g. "Notes". */
    label: requiredText('a label').optional(),
    /** lines: how many writing lines follow the label. */
    lines: z
      .number()
      .int('a whole number of lines')
      .min(1, 'at least 1 line')
      .max(12, 'at most 12 lines in one block')
      .optional(),
    /** checklist: the things to tick, each one line. */
    items: z
      .array(requiredText('a checklist item'))
      .min(1, 'list at least one item')
      .max(10, 'at most 10 items in one checklist')
      .optional(),
  })
  .strict()
  .superRefine((block, ctx) => {
    const wanted = BLOCK_FIELDS[block.type];
    for (const key of wanted)
      if (block[key as keyof typeof block] === undefined)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [key],
          message: `a ${block.type} block needs ${wanted.join(' and ')}`,
        });
    for (const key of Object.values(BLOCK_FIELDS).flat())
      if (!wanted.includes(key) && block[key as keyof typeof block] !== undefined)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [key],
          message: `${key} is not part of a ${block.type} block, which has ${wanted.join(' and ')}; remove it or change the type`,
        });
  })
  .transform((block): WorksheetBlock => {
    switch (block.type) {
      case 'fields':
        return { type: 'fields', fields: block.fields! };
      case 'table':
        return { type: 'table', columns: block.columns!, rows: block.rows! };
      case 'lines':
        return { type: 'lines', label: block.label!, lines: block.lines! };
      case 'checklist':
        return { type: 'checklist', items: block.items! };
    }
  });

/** A block as the layouts read it: exactly the fields of its type. */
export type WorksheetBlock =
  | { type: 'fields'; fields: string[] }
  | { type: 'table'; columns: string[]; rows: number }
  | { type: 'lines'; label: string; lines: number }
  | { type: 'checklist'; items: string[] };

/** One printable worksheet (content/worksheets/<id>.yaml): a form a play asks a team to fill in on paper. */
export const WorksheetSchema = z
  .object({
    /** The same as the file name without `.yaml`; plays name it in their `worksheets`. */
    id: WorksheetIdSchema,
    /** Its name as printed, e.g. "Friction log". */
    title: requiredText('a title'),
    /** One or two sentences: what it records and who fills it in. */
    purpose: requiredText('a purpose'),
    /** A short paragraph on how to fill it in. */
    instructions: requiredText('the instructions'),
    /** What it prints, top to bottom. */
    blocks: z
      .array(WorksheetBlockSchema)
      .min(1, 'a worksheet needs at least one block')
      .max(10, 'at most 10 blocks fit on one page'),
  })
  .strict();

export type Worksheet = z.infer<typeof WorksheetSchema>;
