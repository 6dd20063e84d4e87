import { z } from 'astro/zod';
import { MetricUseSchema } from './metrics.ts';
import { RoleIdSchema } from './roles.ts';
import { WorksheetIdSchema } from './worksheet.ts';
import { AudienceSchema, CategorySchema, EXERCISE_FORMATS } from './taxonomy.ts';

/** A lowercase, hyphenated id, the same as the page's file name without `.mdx`. */
export const ModeIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "no-service-vision"');

const text = (what: string) => z.string().trim().min(1, `${what} cannot be empty`);

/** A week of a company's first months with its handbook, counted from its start (week 0). */
const Week = z
  .number()
  .int('a whole number of weeks')
  .min(0, "weeks count from 0, the handbook's start")
  .max(104, 'at most 104 (two years)');

/** A concrete remedy: who does what, by when. */
export const PlaySchema = z
  .object({
    /** Stable id, unique within its page, that a company's config names to leave the play out. */
    id: ModeIdSchema,
    /** A short imperative name, e.g. "Write the sentence together". */
    title: text('a play title'),
    /** The role that owns the play: an id from content/roles.yaml, e.g. "team-leader". */
    owner: RoleIdSchema,
    /** A second role the owner works with, when there is one. */
    with: RoleIdSchema.optional(),
    /** How long it takes or when it happens, e.g. "First two weeks". */
    timeframe: text('a play timeframe'),
    /** The week it begins, counted from the handbook's start. */
    start: Week.optional(),
    /** The week of its first review. */
    review: Week.optional(),
    /** Ordered steps, each one action. */
    steps: z.array(text('a step')).min(2, 'a play needs at least 2 steps'),
    /** The worksheets it asks a team to fill in: ids from content/worksheets/, e.g. [friction-log]. */
    worksheets: z
      .array(WorksheetIdSchema)
      .max(4, 'a play uses at most 4 worksheets')
      .refine((ids) => new Set(ids).size === ids.length, 'a worksheet is listed twice; list each once')
      .default([]),
    /**
     * Where a play touches law or HR (hiring screens, working time, recordings, consumer law): what to
     * check first and with whom. Not legal advice; shown as "Before you start".
     */
    beforeYouStart: z.string().trim().min(1).optional(),
  })
  .refine((p) => p.start === undefined || p.review === undefined || p.review >= p.start, {
    message:
      'the first review cannot come before the play starts; make review the same week as start or later',
    path: ['review'],
  })
  .refine((p) => p.with === undefined || p.with !== p.owner, {
    message: 'a play is not owned "with" its own owner; leave with out',
    path: ['with'],
  });

/**
 * One statement of the self-assessment, answered on the diagnostic scale. A plain string is a
 * statement that is true of a healthy organisation; the object form can flag the other cases.
 */
export const DiagnosticStatementSchema = z
  .union([
    text('a diagnostic statement'),
    z
      .object({
        /** The statement, as the person taking the assessment reads it. */
        text: text('a diagnostic statement'),
        /** True when agreeing is the unhealthy answer; scoring turns the scale round. */
        reversed: z.boolean().default(false),
        /** The one statement the quick scan asks for this mode; written to stand alone. */
        headline: z.boolean().default(false),
      })
      .strict(),
  ])
  .transform((s) => (typeof s === 'string' ? { text: s, reversed: false, headline: false } : s));

/** One step of a session's agenda; the steps add up to the exercise's minutes. */
export const AgendaStepSchema = z
  .object({
    minutes: z.number().int().min(1).max(120),
    /** What happens, e.g. "Brief the room and hand out role cards". */
    step: text('an agenda step'),
    /** Marks the step in which the room answers the debrief questions: it needs 3 minutes a question. */
    debrief: z.boolean().optional(),
  })
  .strict();

/**
 * The session on a video call: its own minute plan (breakout rooms, how hidden cards stay hidden),
 * the same length as the room's unless `minutes` and `why` say otherwise, and what to prepare.
 */
export const RemoteSchema = z
  .object(
    {
      /** The call's length, only when it differs from the room's; `why` then says why. */
      minutes: z.number().int().min(5).max(240).optional(),
      /** Why the call takes a different time from the room, e.g. "breakout rooms take 5 minutes to open and close". */
      why: text('the reason the call takes longer or shorter').optional(),
      /** The call minute by minute; the steps add up to the exercise's minutes (or the call's own). */
      agenda: z.array(AgendaStepSchema).min(2, 'a remote agenda needs at least 2 steps'),
      /** What to prepare before the call: shared documents, briefs sent privately, labelled columns. */
      notes: z.array(text('a remote note')).min(1).optional(),
    },
    {
      invalid_type_error:
        'remote is a timed plan of its own: write agenda: with { minutes, step } items that add up to the exercise, and notes: for what to prepare',
    },
  )
  .strict()
  .superRefine((r, ctx) => {
    if (r.minutes !== undefined && r.why === undefined)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['why'],
        message: 'say why the call takes a different time from the room, or leave minutes out',
      });
    if (r.why !== undefined && r.minutes === undefined)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['minutes'],
        message: "why explains a call of a different length: give the call's minutes too, or leave why out",
      });
  });

/** A card's table: column headings, then rows; a short row is filled with blank cells to write in. */
export const CardTableSchema = z
  .object({
    /** The column headings, e.g. ["Who", "Up to", "Without asking"]. */
    columns: z.array(text('a column heading')).min(1).max(8),
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
    deck: text('a card deck'),
    /** Optional heading on the card. */
    title: z.string().trim().min(1).optional(),
    /** The card's text, written out in full; at most 700 characters, so it fits its printed cell. */
    text: text('a card text').max(
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
      text: text('a material'),
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

/** What a facilitator needs to know to run the session cold. */
export const FacilitatorNotesSchema = z
  .object({
    /** What to watch for while the exercise runs. */
    watchFor: z.array(text('a thing to watch for')).min(1),
    /** What to do when the group is quiet. */
    quietGroup: text('advice for a quiet group'),
    /** What to do when the group is defensive. */
    defensiveGroup: text('advice for a defensive group'),
    /** The one point the debrief must land. */
    debriefPoint: text('the debrief point'),
  })
  .strict();

/** After the session: what the team does next, and how the refresher checks that it stuck. */
export const FollowUpSchema = z
  .object({
    /** Actions for the next 30 days. */
    next30Days: z.array(text('a follow-up action')).min(1),
    /** How the refresher session checks that the change stuck. */
    refresherCheck: text('the refresher check'),
  })
  .strict();

/** A role in a role-play or simulation. */
export const ExerciseRoleSchema = z.object({
  name: text('a role name'),
  brief: text('a role brief'),
});

/** A training exercise a trainer can run from the page alone. */
export const ExerciseSchema = z
  .object({
    title: text('an exercise title'),
    format: z.enum(EXERCISE_FORMATS),
    /** Total length in minutes, debrief included. */
    minutes: z.number().int().min(5).max(240),
    /** Group size, e.g. "4 to 12". */
    groupSize: z.string().trim().optional(),
    /** What the trainer prepares and how the room is arranged. */
    setup: text('the exercise setup'),
    /** Roles for role-plays and simulations. */
    roles: z.array(ExerciseRoleSchema).default([]),
    /** Prompts, scenarios or discussion starters. */
    prompts: z.array(text('a prompt')).default([]),
    /** Questions for the debrief. */
    debrief: z.array(text('a debrief question')).min(2, 'an exercise needs at least 2 debrief questions'),
    /** Minutes the trainer needs to prepare, printing and room set-up included. */
    prepMinutes: z.number().int().min(0).max(480).optional(),
    /** Everything the session needs, printed decks (with their card counts) and the rest. */
    materials: z.array(MaterialSchema).min(1).optional(),
    /** The session minute by minute; the steps add up to `minutes`. */
    agenda: z.array(AgendaStepSchema).min(2).optional(),
    /** Every card the session uses, written out in full. */
    cards: z.array(KitCardSchema).optional(),
    facilitator: FacilitatorNotesSchema.optional(),
    /** How to run it on a video call, with its own minute plan. */
    remote: RemoteSchema.optional(),
    followUp: FollowUpSchema.optional(),
  })
  .refine((e) => e.roles.length > 0 || e.prompts.length > 0, {
    message: 'an exercise needs roles or prompts (or both) so a trainer can run it',
    path: ['prompts'],
  })
  .superRefine((e, ctx) => {
    const sum = (steps: { minutes: number }[]) => steps.reduce((total, s) => total + s.minutes, 0);
    if (e.agenda && sum(e.agenda) !== e.minutes) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['agenda'],
        message: `the agenda adds up to ${sum(e.agenda)} minutes but the exercise says ${e.minutes}; make them agree`,
      });
    }
    if (!e.remote) return;
    const call = e.remote.minutes ?? e.minutes;
    if (sum(e.remote.agenda) !== call) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['remote', 'agenda'],
        message:
          e.remote.minutes === undefined
            ? `the remote agenda adds up to ${sum(e.remote.agenda)} minutes but the exercise says ${e.minutes}; make them agree, or give the call its own minutes and say why`
            : `the remote agenda adds up to ${sum(e.remote.agenda)} minutes but the call's minutes say ${call}; make them agree`,
      });
    }
  });

/** A pointer to the article and the point in it that a page draws on. */
export const SourceRefSchema = z.object({
  /** An article id from content/sources.yaml. */
  article: ModeIdSchema,
  /** A point id within that article, from content/sources.yaml. */
  point: ModeIdSchema,
  /** Optional note, e.g. what was merged into this page. */
  note: z.string().trim().optional(),
});

/** The frontmatter of one failure-mode page. */
export const FailureModeSchema = z.object({
  /** A plain-language name of the failure, e.g. "No one-sentence service vision". */
  title: text('title'),
  /** One sentence saying what goes wrong. */
  summary: text('summary').refine((s) => !/[.!?]\s+[A-Z]/.test(s), 'summary must be one sentence'),
  category: CategorySchema,
  /** Who most needs to read this page. */
  audiences: z.array(AudienceSchema).min(1, 'name at least one audience'),
  /** Symptoms a reader can spot in their own organisation. */
  warningSigns: z.array(text('a warning sign')).min(3, 'list at least 3 warning signs'),
  /** Why the failure happens underneath the symptoms. */
  rootCauses: z.array(text('a root cause')).min(2, 'list at least 2 root causes'),
  /** The words people use for these symptoms ("my agents are burning out"); weighted in search. */
  symptoms: z.array(text('a symptom phrase')).default([]),
  /** Statements answered on the diagnostic scale; at most one is the quick scan's headline. */
  diagnosticQuestions: z
    .array(DiagnosticStatementSchema)
    .min(3, 'list at least 3 diagnostic statements')
    .refine(
      (list) => list.filter((s) => s.headline).length <= 1,
      'mark at most one statement as headline: true',
    ),
  plays: z
    .array(PlaySchema)
    .min(2, 'list at least 2 plays')
    .superRefine((plays, ctx) => {
      const seen = new Set<string>();
      plays.forEach((play, i) => {
        if (seen.has(play.id))
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [i, 'id'],
            message: `two plays have the id "${play.id}"; give each play on a page its own id`,
          });
        seen.add(play.id);
      });
    }),
  /** The metrics this page uses, by id from content/metrics.yaml, each with an optional note for this page. */
  metrics: z
    .array(MetricUseSchema)
    .min(2, 'list at least 2 metrics')
    .superRefine((uses, ctx) => {
      const seen = new Set<string>();
      uses.forEach((use, i) => {
        if (seen.has(use.metric))
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [i],
            message: `"${use.metric}" is listed twice; list each metric once`,
          });
        seen.add(use.metric);
      });
    }),
  exercise: ExerciseSchema,
  /** Ids of other failure modes worth reading next. */
  related: z.array(ModeIdSchema).default([]),
  /** Where the ideas come from. */
  sources: z.array(SourceRefSchema).min(1, 'cite at least one source'),
});

export type FailureModeData = z.infer<typeof FailureModeSchema>;
export type Play = z.infer<typeof PlaySchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
export type Material = z.infer<typeof MaterialSchema>;
export type DiagnosticStatement = z.infer<typeof DiagnosticStatementSchema>;

/** The statement the quick scan asks: the one marked headline, else the first. */
export function headlineStatement(mode: Pick<FailureModeData, 'diagnosticQuestions'>): DiagnosticStatement {
  return mode.diagnosticQuestions.find((s) => s.headline) ?? mode.diagnosticQuestions[0]!;
}
