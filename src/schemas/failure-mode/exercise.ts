/**
 * A page's training exercise: what a trainer needs to run the session cold, in the room or on a
 * call, with its minute plans checked against its length. The printed cards are in kit.ts.
 */
import { z } from 'astro/zod';
import { EXERCISE_FORMATS } from '../taxonomy.ts';
import { requiredText } from '../fields.ts';
import { KitCardSchema, MaterialSchema } from './kit.ts';

/** One step of a session's agenda; the steps add up to the exercise's minutes. */
export const AgendaStepSchema = z
  .object({
    minutes: z.number().int().min(1).max(120),
    /** What happens, e.g. "Brief the room and hand out role cards". */
    step: requiredText('an agenda step'),
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
      why: requiredText('the reason the call takes longer or shorter').optional(),
      /** The call minute by minute; the steps add up to the exercise's minutes (or the call's own). */
      agenda: z.array(AgendaStepSchema).min(2, 'a remote agenda needs at least 2 steps'),
      /** What to prepare before the call: shared documents, briefs sent privately, labelled columns. */
      notes: z.array(requiredText('a remote note')).min(1).optional(),
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

/** What a facilitator needs to know to run the session cold. */
export const FacilitatorNotesSchema = z
  .object({
    /** What to watch for while the exercise runs. */
    watchFor: z.array(requiredText('a thing to watch for')).min(1),
    /** What to do when the group is quiet. */
    quietGroup: requiredText('advice for a quiet group'),
    /** What to do when the group is defensive. */
    defensiveGroup: requiredText('advice for a defensive group'),
    /** The one point the debrief must land. */
    debriefPoint: requiredText('the debrief point'),
  })
  .strict();

/** After the session: what the team does next, and how the refresher checks that it stuck. */
export const FollowUpSchema = z
  .object({
    /** Actions for the next 30 days. */
    next30Days: z.array(requiredText('a follow-up action')).min(1),
    /** How the refresher session checks that the change stuck. */
    refresherCheck: requiredText('the refresher check'),
  })
  .strict();

/** A role in a role-play or simulation. */
export const ExerciseRoleSchema = z.object({
  name: requiredText('a role name'),
  brief: requiredText('a role brief'),
});

/** A training exercise a trainer can run from the page alone. */
export const ExerciseSchema = z
  .object({
    title: requiredText('an exercise title'),
    format: z.enum(EXERCISE_FORMATS),
    /** Total length in minutes, debrief included. */
    minutes: z.number().int().min(5).max(240),
    /** Group size, e.g. "4 to 12". */
    groupSize: z.string().trim().optional(),
    /** What the trainer prepares and how the room is arranged. */
    setup: requiredText('the exercise setup'),
    /** Roles for role-plays and simulations. */
    roles: z.array(ExerciseRoleSchema).default([]),
    /** Prompts, scenarios or discussion starters. */
    prompts: z.array(requiredText('a prompt')).default([]),
    /** Questions for the debrief. */
    debrief: z
      .array(requiredText('a debrief question'))
      .min(2, 'an exercise needs at least 2 debrief questions'),
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

export type Exercise = z.infer<typeof ExerciseSchema>;
