import { z } from 'astro/zod';
import { ID_PATTERN, requiredText } from './fields.ts';
import { refuseRepeatedIds } from './unique-ids.ts';

/** A role's id: lowercase words joined by hyphens, e.g. "team-leader". */
export const RoleIdSchema = z
  .string()
  .trim()
  .regex(ID_PATTERN, 'expected a role id from content/roles.yaml, such as "team-leader"');

/** One of the people the playbook gives work to, named neutrally; a company maps it to its own title. */
export const RoleSchema = z
  .object({
    /** Stable id that plays and configs refer to, e.g. "team-leader". */
    id: RoleIdSchema,
    /** The neutral title, singular, e.g. "Team leader". */
    name: requiredText('a role name'),
    /** One line: what this person does in a service team. */
    description: requiredText('a role description'),
    /** Who it usually is in a small, mid-size and large company. */
    usually: z
      .object({
        small: requiredText('who it usually is'),
        mid: requiredText('who it usually is'),
        large: requiredText('who it usually is'),
      })
      .strict(),
  })
  .strict();

/** content/roles.yaml: the role vocabulary, each id once. */
export const RolesFileSchema = z
  .object({ roles: z.array(RoleSchema).min(1, 'list at least one role') })
  .strict()
  .superRefine((file, ctx) => {
    refuseRepeatedIds(file.roles, 'roles', ctx, (id) => `duplicate role id "${id}"`);
  });

export type Role = z.infer<typeof RoleSchema>;
