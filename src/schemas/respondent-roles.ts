/**
 * The respondent roles, without zod: the /assess/ page's script needs the labels, and importing the
 * schema module would bring zod into every visit. `assessment.ts` builds the schema from these.
 */
export const RESPONDENT_ROLES = {
  leader: 'Leader',
  manager: 'Manager',
  frontline: 'Frontline',
  other: 'Other',
} as const;

export type RespondentRole = keyof typeof RESPONDENT_ROLES;
export const RESPONDENT_ROLE_IDS = Object.keys(RESPONDENT_ROLES) as [RespondentRole, ...RespondentRole[]];
