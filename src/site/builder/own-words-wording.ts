/**
 * The checker's problems with a company's own words (role titles, words in chapters, chapters of
 * its own, and the Markdown in them) as the builder's form says them: each field named as its
 * label names it ("Note at the top (chapter 2)"), ids as titles, and what to do on this page
 * rather than in a file or on the command line. form-wording.ts asks here first. Pure: no DOM.
 */
import type { Problem } from '../../core/problems.ts';
import { fill, list } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';

const w = pageWords;
const say = () => w().builder.problems;
const own = () => w().builder.ownWords;
const quoted = (text: string) => fill(w().locale, w().quoted, { text });

export interface OwnWordingContext {
  titles: ReadonlyMap<string, string>;
  priorities: readonly string[];
  /** Each role's name in the playbook, by id. */
  roles?: ReadonlyMap<string, string>;
}

const PLAY_LABELS: Record<string, string> = {
  title: own().playTitle,
  owner: own().playOwner,
  with: own().playWith,
  when: own().playWhen,
  steps: own().playSteps,
};
const OWN_LABELS: Record<string, string> = {
  title: own().ownTitle,
  id: own().ownId,
  after: own().ownAfter,
  body: own().ownBody,
};
const CHAPTER_LABELS: Record<string, string> = {
  note: own().note,
  example: own().example,
  skip: own().skip,
  plays: own().plays,
};

/** The form's name of a field of one's own words, or undefined for another field (or one the form has no box for). */
export function labelOfOwn(field: string, context: OwnWordingContext): string | undefined {
  let m: RegExpExecArray | null;
  if (field === 'own') return own().ownLegend;
  if (field === 'chapters') return own().chaptersLegend;
  if (field === 'roles') return own().rolesLegend;
  if ((m = /^roles\.(.+)$/.exec(field))) {
    const role = context.roles?.get(m[1]!);
    return role ? fill(w().locale, own().roleTitle, { role }) : undefined;
  }
  if ((m = /^own\.(\d+)(?:\.(\w+))?$/.exec(field))) {
    const n = Number(m[1]) + 1;
    if (!m[2]) return fill(w().locale, own().own, { n });
    const label = OWN_LABELS[m[2]];
    return label ? fill(w().locale, own().inOwn, { label, n }) : undefined;
  }
  if ((m = /^chapters\.([^.]+)\.(\w+)(?:\.(\d+)(?:\.(\w+))?)?$/.exec(field))) {
    const n = context.priorities.indexOf(m[1]!) + 1;
    if (n === 0) return undefined;
    if (m[2] === 'plays' && m[3] !== undefined) {
      const p = Number(m[3]) + 1;
      const label = m[4] ? PLAY_LABELS[m[4]] : undefined;
      if (m[4] && !label) return undefined;
      return label ? fill(w().locale, own().inPlay, { label, n, p }) : fill(w().locale, own().play, { p, n });
    }
    const label = CHAPTER_LABELS[m[2]!];
    return label ? fill(w().locale, own().inChapter, { label, n }) : undefined;
  }
  return undefined;
}

/** What to write in an empty field of a play or a chapter of one's own, if the field is one. */
export function emptyHintOwn(field: string): string | undefined {
  const m = /^(?:chapters\.[^.]+\.plays\.\d+\.(\w+)|own\.\d+\.(\w+))$/.exec(field);
  if (!m) return undefined;
  return m[1] ? say().whenEmptyOwn[`play.${m[1]}`] : say().whenEmptyOwn[`own().${m[2]}`];
}

/**
 * One problem with one's own words as a sentence, or undefined when it is not one (form-wording.ts
 * then words it). `label` is the field's name in the form, `file` the opened file's.
 */
export function wordOwnProblem(
  problem: Problem,
  label: string | undefined,
  file: string,
  context: OwnWordingContext,
): string | undefined {
  const { message } = problem;
  const field = problem.field ?? '';
  const as = (template: string, values: Record<string, string> = {}) =>
    fill(w().locale, template, { field: label ?? say().someField, file, ...values });
  const titleOf = (id: string) => quoted(context.titles.get(id) ?? id);
  let m: RegExpExecArray | null;

  // The Markdown pipeline's refusals (core/handbook/company-markdown.ts, markdown/remark-playbook.ts).
  if (/^links may only go to https:/.test(message)) return as(say().markdownLink);
  if (/^pictures cannot go into the handbook text/.test(message))
    return as(say().markdownImage, { logo: w().builder.fields['branding.logo'] });
  if (/^HTML is not printed/.test(message)) return as(say().markdownHtml);
  if ((m = /^Unknown variable "([^"]*)"\. Use one of: (.+)\.$/.exec(message))) {
    const known = m[2]!.split(', ').map((name) => quoted(`:var[${name}]`));
    return as(say().unknownVariable, {
      written: quoted(m[1]!),
      known: list(w().locale, known, 'disjunction'),
    });
  }
  if ((m = /^Unknown directive "([^"]*)"\. Known: (.+?)(?: \(see [^)]*\))?\.$/.exec(message))) {
    const known = m[2]!.split(', ').map(quoted);
    return as(say().unknownDirective, {
      written: quoted(m[1]!),
      known: list(w().locale, known, 'disjunction'),
    });
  }

  // Roles: a play's owner or partner, and a title given to a role.
  if (
    /^(?:chapters\.[^.]+\.plays\.\d+\.(?:owner|with))$/.test(field) &&
    /^unknown role |^expected a role id/.test(message)
  )
    return as(say().unknownRole);
  if ((m = /^roles\.(.+)$/.exec(field)) && /^unknown role |^expected a role id/.test(message)) {
    const meant = /\(did you mean "([^"]+)"\?\)/.exec(message)?.[1];
    const role = meant ? (context.roles?.get(meant) ?? meant) : undefined;
    return role
      ? as(say().unknownRoleTitleMeant, { id: quoted(m[1]!), meant: quoted(role) })
      : as(say().unknownRoleTitle, { id: quoted(m[1]!) });
  }

  // Words in a chapter.
  if ((m = /^chapters\.([^.]+)$/.exec(field))) return as(say().wordsNotInChapters, { title: titleOf(m[1]!) });
  if ((m = /^chapters\.([^.]+)\.skip\.\d+$/.exec(field))) {
    const play = /^the chapter has no play "([^"]+)"/.exec(message)?.[1];
    return play
      ? as(say().noSuchPlay, { id: quoted(play), title: titleOf(m[1]!) })
      : as(say().noSuchPlayUnnamed, { title: titleOf(m[1]!) });
  }
  if (/^list at least one step$/.test(message))
    return as(say().empty, { hint: emptyHintOwn(field) ?? say().fillIn });

  // Chapters of one's own().
  if ((m = /^"([^"]+)" is already a failure mode's id; .*e\.g\. "([^"]+)"/.exec(message)))
    return as(say().ownIdTaken, { id: quoted(m[1]!), suggestion: quoted(m[2]!) });
  if ((m = /^two chapters of your own have the id "([^"]+)"/.exec(message)))
    return as(say().ownIdTwice, { id: quoted(m[1]!) });
  if (/^own\.\d+\.id$/.test(field) && /^use lowercase words joined by hyphens/.test(message))
    return as(say().ownIdFormat);
  if (/^own\.\d+\.after$/.test(field)) {
    const gone = /^"([^"]+)" is not one of this handbook's chapters/.exec(message)?.[1];
    return gone ? as(say().ownAfterGone, { title: titleOf(gone) }) : as(say().ownAfterUnknown);
  }
  if (/^give the chapter either body/.test(message))
    return as(say().ownBodyOrFile, { text: quoted(own().ownBody) });
  return undefined;
}
