// `playbook list`: the ids a config names (failure modes, plays, roles), so nobody copies them from the site.
import type { Library } from '../core/library/library.ts';
import { toTerminalText } from '../core/terminal-text.ts';
import { CONTENT, loadGenerate, str, type Command } from './command.ts';
import { UsageError, type Io } from './io.ts';
import { closest } from '../core/did-you-mean.ts';

/** One mode's plays: id, title and owner, for `chapters.<id>.skip`. */
async function listPlays(io: Io, library: Library, id: string, json: boolean): Promise<number> {
  const mode = library.modes.find((m) => m.id === id);
  if (!mode) {
    const guess = closest(
      id,
      library.modes.map((m) => m.id),
    );
    throw new UsageError(
      `--plays: unknown failure mode "${toTerminalText(id)}"${guess ? ` (did you mean "${guess}"?)` : ''}; \`playbook list\` shows every id`,
      'list',
    );
  }
  const names = Object.fromEntries(library.roles.map((r) => [r.id, r.name]));
  if (json) {
    io.stdout(
      JSON.stringify(
        mode.plays.map((p) => ({
          id: p.id,
          title: p.title,
          owner: p.owner,
          ...(p.with ? { with: p.with } : {}),
        })),
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const width = Math.max(...mode.plays.map((p) => p.id.length));
  const owner = (p: (typeof mode.plays)[number]) =>
    [p.owner, p.with]
      .filter(Boolean)
      .map((r) => names[r!] ?? r)
      .join(', with ');
  io.stdout(
    [
      toTerminalText(mode.title),
      ...mode.plays.map(
        (p) => `  ${p.id.padEnd(width)}  ${toTerminalText(p.title)} (${toTerminalText(owner(p))})`,
      ),
      '',
    ].join('\n'),
  );
  return 0;
}

/** The role vocabulary: id, neutral title and what the role does, for a config's `roles`. */
function listRoles(io: Io, library: Library, json: boolean): number {
  if (json) {
    io.stdout(JSON.stringify(library.roles, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...library.roles.map((r) => r.id.length));
  io.stdout(
    [
      ...library.roles.map(
        (r) => `  ${r.id.padEnd(width)}  ${toTerminalText(r.name)}: ${toTerminalText(r.description)}`,
      ),
      '',
    ].join('\n'),
  );
  return 0;
}

export const listCommand: Command = {
  name: 'list',
  summary: 'List the failure-mode ids, with titles and categories, to choose priorities from',
  usage: 'playbook list [--plays ID] [--roles] [--json]',
  options: {
    plays: {
      type: 'string',
      value: 'ID',
      description:
        "one failure mode's plays, with the ids a config's `chapters.<id>.skip` names, and their owners",
    },
    roles: {
      type: 'boolean',
      description: "the roles plays are given to, with the ids a config's `roles` maps to your titles",
    },
    json: { type: 'boolean', description: 'print the list as JSON' },
    content: CONTENT,
  },
  examples: [
    'playbook list',
    'playbook list --plays understaffing',
    'playbook list --roles',
    'playbook list --json',
  ],
  async run(args, io) {
    const [{ loadLibraryFor }, { groupByCategory }] = await Promise.all([
      loadGenerate(),
      import('../core/library/navigation.ts'),
    ]);
    const { library } = await loadLibraryFor(io, str(args, 'content'));
    if (args.values.roles) return listRoles(io, library, Boolean(args.values.json));
    const playsOf = str(args, 'plays');
    if (playsOf !== undefined) return listPlays(io, library, playsOf, Boolean(args.values.json));
    if (args.values.json) {
      io.stdout(
        JSON.stringify(
          library.modes.map((m) => ({
            id: m.id,
            title: m.title,
            category: m.category,
            audiences: m.audiences,
          })),
          null,
          2,
        ) + '\n',
      );
      return 0;
    }
    const width = Math.max(...library.modes.map((m) => m.id.length));
    const lines = groupByCategory(library.modes).flatMap((g) => [
      `${g.label}`,
      ...g.modes.map((m) => `  ${m.id.padEnd(width)}  ${toTerminalText(m.title)}`),
      '',
    ]);
    io.stdout(lines.join('\n'));
    return 0;
  },
};
