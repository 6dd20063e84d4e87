/**
 * The respondent roles, without zod: the /assess/ page's script needs the ids, and importing the
 * schema module would bring zod into every visit. `assessment.ts` builds the schema from these; the
 * labels people read are in the dictionary (`assess.roles`).
 */
export const RESPONDENT_ROLE_IDS = ['leader', 'manager', 'frontline', 'other'] as const;

export type RespondentRole = (typeof RESPONDENT_ROLE_IDS)[number];
