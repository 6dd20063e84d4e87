// The list of commands, in the order help shows them; each one is declared in a file of its own.
import { assessCommand } from './assess-command.ts';
import type { Command } from './command.ts';
import { generateCommand } from './generate-command.ts';
import { initCommand } from './init-command.ts';
import { listCommand } from './list-command.ts';
import { printCommand } from './print-command.ts';
import { staffingCommand } from './staffing.ts';
import { validateCommand } from './validate-command.ts';

/** Every command, declared as data; `main` parses arguments from these declarations and prints help from them. */
export const COMMANDS: Command[] = [
  listCommand,
  initCommand,
  validateCommand,
  generateCommand,
  assessCommand,
  staffingCommand,
  printCommand,
];
