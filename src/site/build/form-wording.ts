/**
 * A checker message as the builder's form shows it. The checker's messages are written for
 * config.yaml and the command line too, and a few end by naming a command to run; in the browser
 * the form itself is how they are fixed, so those endings become what to do on this page.
 */
const FOR_THE_FORM: [RegExp, string][] = [
  [/^list at least one failure-mode id; run `playbook list` to see them$/, 'add at least one chapter from the list below'],
  [/; run `playbook list` to see every id$/, ''],
  [/ \(run `playbook init` for a starter\)$/, ''],
  [/; run `playbook init` for a starter$/, ''],
];

export function problemForTheForm(message: string): string {
  return FOR_THE_FORM.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}
