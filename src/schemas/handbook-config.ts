import { z } from 'astro/zod';
import { LANGUAGES } from '../i18n/index.ts';
import { ModeIdSchema } from './failure-mode.ts';
import { StaffingConfigSchema } from './staffing.ts';
import { AudienceSchema } from './taxonomy.ts';
import { RoleIdSchema } from './roles.ts';
import { userMarkdown, userText } from './user-text.ts';
import { PAPER_SIZES } from './paper.ts';

/**
 * What the generator can write; `docx` is the handbook as an editable Word document; `handouts` is one page per priority (HTML, plus PDF with Chromium);
 * `ics` is training-plan.ics, the training sessions as a calendar (needs `training.start`); `kits` is
 * one training kit per priority (facilitator sheet and cut-out cards: HTML, plus PDF with Chromium);
 * `worksheets` is worksheets.html, every form the chapters' plays use, one printed page each (plus PDF with Chromium).
 */
export const OUTPUT_FORMATS = ['html', 'md', 'docx', 'pdf', 'handouts', 'kits', 'worksheets', 'ics'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const OutputFormatSchema = z.enum(OUTPUT_FORMATS);

const text = (what: string) => userText(what);

/** A relative path that stays inside its base folder: no leading slash or drive, no `..` step. */
function staysInside(path: string): boolean {
  return !/^([a-zA-Z]:)?[\\/]/.test(path) && !path.split(/[\\/]/).includes('..');
}

/** An ISO calendar date, e.g. 2025-03-01; checked to be a real day. */
export const IsoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .refine((value) => isIsoDate(value), 'expected a date written as YYYY-MM-DD, e.g. 2025-03-01');

/** True for a real calendar day written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The playbook's own colour, and a handbook's until the company chooses its own. */
export const DEFAULT_ACCENT = '#1f5f8b';

/** A colour written as #rgb or #rrggbb, normalised to lowercase #rrggbb. */
export const HexColourSchema = z
  .string()
  .trim()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'expected a hex colour such as "#0b5cad" or "#07c"')
  .transform((value) => {
    const hex = value.slice(1).toLowerCase();
    return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
  });

/** A BCP 47 locale such as en-GB or en-US, normalised to its canonical spelling. */
export const LocaleSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  }, 'expected a locale such as "en-GB" or "en-US"')
  .transform((value) => Intl.getCanonicalLocales(value)[0]!);

/** A company standard that is not one of the built-in variables, shown in the standards table. */
export const OtherStandardSchema = z
  .object({
    /** What the standard is about, e.g. "Complaint acknowledged". */
    name: text('a standard name'),
    /** The promise, e.g. "within 4 working hours". */
    value: text('a standard value'),
  })
  .strict();

/** The promises the company makes; the first three fill `:var[...]` in page bodies. */
export const StandardsSchema = z
  .object({
    /** How soon a customer gets a first reply, e.g. "1 hour"; fills `:var[firstResponse]`. */
    firstResponse: text('standards.firstResponse'),
    /** How soon a promised callback happens, e.g. "the same business day"; fills `:var[callback]`. */
    callback: text('standards.callback'),
    /**
     * What a frontline agent may refund without asking, e.g. "50 GBP"; fills `:var[refundLimit]`.
     * Optional: without it pages read "an agreed amount".
     */
    refundLimit: text('standards.refundLimit').optional(),
    /** Further standards listed with the others, e.g. complaint acknowledgement time. */
    others: z
      .array(OtherStandardSchema)
      .max(40, 'list at most 40 further standards; a handbook reader remembers a handful')
      .default([]),
  })
  .strict();

/** One row of the empowerment table: who may decide what without asking, up to which limit. */
export const EmpowermentRowSchema = z
  .object({
    /** The role, e.g. "Store assistant". */
    role: text('an empowerment role'),
    /** The decision, e.g. "Refund or exchange without a receipt". */
    decision: text('an empowerment decision'),
    /** The limit, e.g. "Up to 50 GBP per customer". */
    limit: z
      .union([z.string(), z.number()])
      .transform((v) => String(v).trim())
      .pipe(text('an empowerment limit')),
  })
  .strict();

/** How the handbook looks. */
export const BrandingSchema = z
  .object({
    /** Accent colour for headings, rules and the cover; darkened automatically when too light to read. */
    accent: HexColourSchema.default(DEFAULT_ACCENT),
    /** A logo image (PNG, JPEG, SVG, WebP or GIF), relative to the config file; embedded in the HTML. */
    logo: text('branding.logo')
      .refine(
        staysInside,
        'the logo must be a file in the config\'s folder or below it, written relative to the config, e.g. "logo.png" or "brand/logo.svg"',
      )
      .optional(),
  })
  .strict();

/** Where and what to write. */
export const OutputSchema = z
  .object({
    /** Output folder, relative to the current working directory; `--out` overrides it. */
    dir: text('output.dir')
      .refine(
        staysInside,
        'output.dir must be a folder inside the current folder, e.g. "handbook"; to write anywhere else, pass --out on the command line',
      )
      .default('handbook'),
    /** Which files to write; `--format` overrides it. */
    formats: z
      .array(OutputFormatSchema)
      .min(1, 'list at least one format: html, md, docx, pdf, handouts, kits, worksheets or ics')
      .default(['html', 'md', 'handouts'])
      .transform((formats) => OUTPUT_FORMATS.filter((f) => formats.includes(f))),
    /** Paper size for the PDF; by default A4, or Letter for US, Canadian and other Letter locales. */
    paper: z.enum(PAPER_SIZES).optional(),
  })
  .strict();

/** How often training sessions run; `monthly` keeps the same day of the month. */
export const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** An optional schedule for the training plan: one session per chapter; also dates training-plan.ics. */
export const TrainingSchema = z
  .object({
    /** The first session's date (YYYY-MM-DD); later sessions follow the cadence. */
    start: IsoDateSchema.optional(),
    /** How often sessions run. */
    cadence: z.enum(CADENCES).default('weekly'),
  })
  .strict();

/** How far into the library the handbook goes. */
export const IncludeSchema = z.enum(['priorities', 'all']);

/** A play a company adds to a chapter: the library's shape, in the company's words. */
export const OwnPlaySchema = z
  .object({
    /** What to do, e.g. "Open the second till line at five in the queue". */
    title: text('a play title'),
    /** Who owns it: a role id, e.g. team-leader (its title is the company's, under `roles`). */
    owner: RoleIdSchema,
    /** A second role the owner works with. */
    with: RoleIdSchema.optional(),
    /** When it happens, e.g. "From next Saturday". */
    when: text('when the play happens'),
    /** The steps, each one action. */
    steps: z.array(text('a step')).min(1, 'list at least one step').max(20, 'list at most 20 steps'),
  })
  .strict();

/** A company's own words in one chapter of its handbook. */
export const ChapterWordsSchema = z
  .object({
    /** Printed at the top of the chapter, in a box headed with the company's name (Markdown). */
    note: userMarkdown('a note', { max: 4000 }).optional(),
    /** Ids of the library's plays to leave out (`playbook list --plays <chapter>` shows them). */
    skip: z.array(ModeIdSchema).max(50, 'list at most 50 plays to leave out').default([]),
    /** The company's own plays, after the library's, marked as its own. */
    plays: z.array(OwnPlaySchema).max(20, 'list at most 20 plays of your own in one chapter').default([]),
    /** The company's own example, which replaces the library's (Markdown). */
    example: userMarkdown('an example', { max: 6000 }).optional(),
  })
  .strict();

/** A chapter the company writes itself: its returns promise, its escalation ladder. */
export const OwnChapterSchema = z
  .object({
    /** Its id, lowercase words joined by hyphens, different from every failure mode's. */
    id: ModeIdSchema,
    /** Its title, e.g. "Our returns promise". */
    title: text('a chapter title'),
    /** The chapter it follows (a priority's id); without it, it comes after the last. */
    after: ModeIdSchema.optional(),
    /** Its text, in Markdown with the library's constructs (`:var[…]`, `:::note`, lists, tables). */
    body: userMarkdown('a chapter body').optional(),
    /** Or a Markdown file beside the config (the command line only), e.g. chapters/returns.md. */
    file: text('a chapter file').optional(),
  })
  .strict()
  .refine((c) => (c.body === undefined) !== (c.file === undefined), {
    message:
      'give the chapter either body (its text here) or file (a Markdown file beside the config), not both and not neither',
  });

/** A company's handbook config, as written in YAML. */
export const HandbookConfigSchema = z
  .object({
    /** The company's name, as it should appear on the cover and in the text. */
    company: userText('company', { max: 200 }),
    /** The one-sentence service vision; a longer one is a warning, not an error. */
    vision: text('vision'),
    /** Failure-mode ids in the order the chapters should appear; `playbook list` shows them. */
    priorities: z
      .array(ModeIdSchema)
      .min(1, 'list at least one failure-mode id; run `playbook list` to see them')
      .max(200, 'list at most 200 priorities; each failure mode can be a chapter only once')
      // On the array rather than the whole object, so a duplicate shows up alongside other problems.
      .superRefine((ids, ctx) => {
        ids.forEach((id, i) => {
          const first = ids.indexOf(id);
          if (first !== i) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: [i],
              message: `"${id}" is already listed at position ${first + 1}; each failure mode can be a chapter only once, so remove this line`,
            });
          }
        });
      }),
    /** `priorities`: only the chapters; `all`: the chapters plus every other mode as a short appendix. */
    include: IncludeSchema.default('priorities'),
    /** Who the handbook is for; filters the appendix and flags chapters written for someone else. */
    audiences: z.array(AudienceSchema).min(1).optional(),
    /** Response and callback promises; they fill the page bodies' variables. */
    standards: StandardsSchema,
    /** Who may decide what without asking; shown in the empowerment chapter and an appendix. */
    empowerment: z
      .array(EmpowermentRowSchema)
      .max(100, 'list at most 100 empowerment rows; group similar decisions into one row')
      .default([]),
    /** Accent colour and logo. */
    branding: BrandingSchema.default({}),
    /**
     * The handbook's language: its labels, and its pages where they are translated
     * (content/translations/<language>/). Apart from `locale`, which keeps dates, numbers and paper.
     */
    language: z.enum(LANGUAGES).default('en'),
    /** Region for dates and paper size, e.g. en-GB (A4) or en-US (Letter), es-ES (A4) or es-MX (Letter). */
    locale: LocaleSchema.default('en-GB'),
    /** The date printed on the cover (YYYY-MM-DD); `--date` overrides it. No date, no date printed. */
    date: IsoDateSchema.optional(),
    /** Output folder and formats. */
    output: OutputSchema.default({}),
    /** Optional dates for the training plan. */
    training: TrainingSchema.optional(),
    /** Optional volumes and handle times by channel; they add "What our standards take" to the staffing chapters. */
    staffing: StaffingConfigSchema.optional(),
    /** The company's own title for a role, by role id, e.g. `team-leader: Shift supervisor`. */
    roles: z
      .record(RoleIdSchema, text('a role title'))
      .refine((r) => Object.keys(r).length <= 40, 'give titles for at most 40 roles')
      .default({}),
    /** The company's own words in its chapters, by failure-mode id: a note, plays left out or added, an example. */
    chapters: z
      .record(ModeIdSchema, ChapterWordsSchema)
      .refine((c) => Object.keys(c).length <= 200, 'give words for at most 200 chapters')
      .default({}),
    /** Chapters the company writes itself, placed among the others by `after`. */
    own: z
      .array(OwnChapterSchema)
      .max(20, 'add at most 20 chapters of your own')
      .superRefine((chapters, ctx) => {
        const seen = new Set<string>();
        chapters.forEach((c, i) => {
          if (seen.has(c.id))
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: [i, 'id'],
              message: `two chapters of your own have the id "${c.id}"; give each its own`,
            });
          seen.add(c.id);
        });
      })
      .default([]),
  })
  .strict();

export type HandbookConfig = z.infer<typeof HandbookConfigSchema>;
export type Standards = z.infer<typeof StandardsSchema>;
export type OwnPlay = z.infer<typeof OwnPlaySchema>;
export type OwnChapter = z.infer<typeof OwnChapterSchema>;
export type ChapterWords = z.infer<typeof ChapterWordsSchema>;
