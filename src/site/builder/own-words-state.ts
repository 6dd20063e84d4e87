/**
 * The company's own words in the builder's state (role titles, words in each chapter, chapters of
 * its own) and both directions between them and config data: the `roles`, `chapters` and `own`
 * fields. The form keeps what the person typed (steps as the lines of a text box, empty fields
 * empty); the config gets only what says something. Pure: no DOM, so it is testable in Node.
 */

/** A play the company adds to a chapter, as the form holds it. */
export interface OwnPlayState {
  title: string;
  /** A role id, or empty until one is chosen. */
  owner: string;
  /** A role id, or empty for nobody. */
  with: string;
  when: string;
  /** One step per line, as typed. */
  steps: string;
}

/** The company's words in one chapter of the library, as the form holds them. */
export interface ChapterWordsState {
  note: string;
  /** Ids of the library's plays left out. */
  skip: string[];
  plays: OwnPlayState[];
  example: string;
}

/** A chapter the company writes, as the form holds it. */
export interface OwnChapterState {
  id: string;
  title: string;
  /** The chapter it follows, or empty for the end. */
  after: string;
  body: string;
  /** The file an opened config kept the text in: the browser cannot read it, so the form says so. */
  file?: string;
}

export interface OwnWordsState {
  /** The company's title for a role, by role id; empty keeps the library's name. */
  roles: Record<string, string>;
  /** By failure-mode id; words of a chapter taken out of the list stay here in case it comes back. */
  chapters: Record<string, ChapterWordsState>;
  own: OwnChapterState[];
}

export const blankOwnWords = (): OwnWordsState => ({ roles: {}, chapters: {}, own: [] });
export const blankChapterWords = (): ChapterWordsState => ({ note: '', skip: [], plays: [], example: '' });
export const blankOwnPlay = (): OwnPlayState => ({ title: '', owner: '', with: '', when: '', steps: '' });
export const blankOwnChapter = (): OwnChapterState => ({ id: '', title: '', after: '', body: '' });

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A step as the checker reads it (whitespace folded), so that it stays one line of the steps box. */
const oneLine = (v: unknown) =>
  str(v)
    .replace(/[\s\u0085\u2028\u2029]+/gu, ' ')
    .trim();

/** The config's `roles`, `chapters` and `own`, read leniently into the form (the checker says what is wrong). */
export function ownWordsFromConfig(raw: Record<string, unknown>): OwnWordsState {
  return {
    roles: Object.fromEntries(Object.entries(obj(raw.roles)).map(([id, title]) => [id, str(title)])),
    chapters: Object.fromEntries(
      Object.entries(obj(raw.chapters)).map(([id, value]) => {
        const words = obj(value);
        return [
          id,
          {
            note: str(words.note),
            skip: arr(words.skip).map(str),
            plays: arr(words.plays).map((p) => {
              const play = obj(p);
              return {
                title: str(play.title),
                owner: str(play.owner),
                with: str(play.with),
                when: str(play.when),
                steps: arr(play.steps).map(oneLine).join('\n'),
              };
            }),
            example: str(words.example),
          },
        ];
      }),
    ),
    own: arr(raw.own).map((c) => {
      const chapter = obj(c);
      return {
        id: str(chapter.id),
        title: str(chapter.title),
        after: str(chapter.after),
        body: str(chapter.body),
        ...(typeof chapter.file === 'string' ? { file: chapter.file } : {}),
      };
    }),
  };
}

const hasText = (text: string) => text.trim() !== '';
const hasWords = (w: ChapterWordsState) =>
  hasText(w.note) || w.skip.length > 0 || w.plays.length > 0 || hasText(w.example);

/** The steps box as the config's list: one step a line, empty lines left out. */
export const stepsOf = (steps: string): string[] => steps.split('\n').filter(hasText);

/**
 * The config's `roles`, `chapters` (only for chapters in the list, in its order) and `own`, each
 * left out when it says nothing. A play's owner left unchosen is left out, so the checker asks for it.
 */
export function ownWordsConfig(state: OwnWordsState, priorities: readonly string[]): Record<string, unknown> {
  const roles = Object.entries(state.roles).filter(([, title]) => hasText(title));
  const chapters = priorities.flatMap((id) => {
    const words = state.chapters[id];
    if (!words || !hasWords(words)) return [];
    return [
      [
        id,
        {
          ...(hasText(words.note) ? { note: words.note } : {}),
          ...(words.skip.length > 0 ? { skip: words.skip } : {}),
          ...(words.plays.length > 0
            ? {
                plays: words.plays.map((p) => ({
                  title: p.title,
                  ...(p.owner ? { owner: p.owner } : {}),
                  ...(p.with ? { with: p.with } : {}),
                  when: p.when,
                  steps: stepsOf(p.steps),
                })),
              }
            : {}),
          ...(hasText(words.example) ? { example: words.example } : {}),
        },
      ] as const,
    ];
  });
  return {
    ...(chapters.length > 0 ? { chapters: Object.fromEntries(chapters) } : {}),
    ...(state.own.length > 0
      ? {
          own: state.own.map((c) => ({
            ...(c.id.trim() ? { id: c.id } : {}),
            title: c.title,
            ...(c.after ? { after: c.after } : {}),
            body: c.body,
          })),
        }
      : {}),
    ...(roles.length > 0 ? { roles: Object.fromEntries(roles) } : {}),
  };
}

/**
 * True when the form holds Markdown of the company's own, which only the lazily loaded parser reads:
 * a note, an example, or any chapter of its own (its text is read even while still empty).
 */
export function hasCompanyMarkdown(state: OwnWordsState): boolean {
  return (
    state.own.length > 0 || Object.values(state.chapters).some((w) => hasText(w.note) || hasText(w.example))
  );
}

/** What the library offers the form: its roles, and each failure mode's plays. */
export interface LibraryChoices {
  roleIds: readonly string[];
  playIds: (modeId: string) => readonly string[] | undefined;
}

/**
 * An opened file's words fitted to what the form can show: titles for roles the library does not
 * have and plays left out that a chapter does not have are dropped (the form has no box for them;
 * the file's own problems, shown on opening, say so), everything else stays as written.
 */
export function fitOwnWords(state: OwnWordsState, choices: LibraryChoices): OwnWordsState {
  const roles = new Set(choices.roleIds);
  return {
    roles: Object.fromEntries(Object.entries(state.roles).filter(([id]) => roles.has(id))),
    chapters: Object.fromEntries(
      Object.entries(state.chapters).map(([id, words]) => {
        const plays = choices.playIds(id);
        return [id, plays ? { ...words, skip: words.skip.filter((p) => plays.includes(p)) } : words];
      }),
    ),
    own: state.own,
  };
}

/**
 * The id a chapter of the company's own gets from its title: its words in lowercase joined by
 * hyphens, prefixed "our-" when a failure mode has it, and numbered when another chapter of its own
 * has it; "our-chapter" when the title has no letters an id can hold.
 */
export function deriveOwnId(
  title: string,
  taken: { library: ReadonlySet<string>; own: readonly string[] },
): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const base = words === '' ? 'our-chapter' : taken.library.has(words) ? `our-${words}` : words;
  let id = base;
  for (let n = 2; taken.own.includes(id) || taken.library.has(id); n++) id = `${base}-${n}`;
  return id;
}
