/**
 * A config whose every text field carries something an attacker (or a careless paste) could put
 * there: markup, CSS, Markdown and iCalendar syntax, quotes and backslashes, URLs, separators that
 * YAML keeps but a line-based format would split on, right-to-left text and emoji. Shared by the
 * unit test that parses each output and the browser test that opens them.
 */
export const HOSTILE_VALUES = {
  company: 'Évil </style><script>alert(1)</script> & "Co" \\ Ltd',
  vision: 'We serve */ body{display:none} /* [click](javascript:alert(1)) <img src=x onerror=alert(2)> {{x}}',
  firstResponse: '1 hour; DESCRIPTION:forged\\nline, https://evil.example/x?y=1',
  callback: '# Not a heading | not | a table |',
  refundLimit: '50 GBP \u2028second line\u2029third',
  otherName: 'مرحبا بكم (Arabic, right to left)',
  otherValue: 'שלום — Hebrew “quoted” text 😀',
  role: '<b>Agent</b>',
  decision: '`code` *bold* _em_ ~~strike~~',
  limit: "1.10 ' OR 1=1 --",
} as const;

/** What each value reads as once the config has been checked: line and paragraph separators fold to spaces. */
export const HOSTILE_TEXT = Object.fromEntries(
  Object.entries(HOSTILE_VALUES).map(([k, v]) => [k, v.replace(/[\s\u2028\u2029]+/gu, ' ')]),
) as Record<keyof typeof HOSTILE_VALUES, string>;

const yamlString = (value: string) => JSON.stringify(value);

/** The config as YAML, with the given priorities and (optionally) a logo file name. */
export function hostileConfig(priorities: string[], options: { formats?: string[] } = {}): string {
  const v = HOSTILE_VALUES;
  return [
    `company: ${yamlString(v.company)}`,
    `vision: ${yamlString(v.vision)}`,
    'priorities:',
    ...priorities.map((id) => `  - ${id}`),
    'standards:',
    `  firstResponse: ${yamlString(v.firstResponse)}`,
    `  callback: ${yamlString(v.callback)}`,
    `  refundLimit: ${yamlString(v.refundLimit)}`,
    '  others:',
    `    - name: ${yamlString(v.otherName)}`,
    `      value: ${yamlString(v.otherValue)}`,
    'empowerment:',
    `  - role: ${yamlString(v.role)}`,
    `    decision: ${yamlString(v.decision)}`,
    `    limit: ${v.limit.includes("'") ? yamlString(v.limit) : v.limit}`,
    'date: 2025-03-01',
    'training:',
    '  start: 2025-03-03',
    'output:',
    '  dir: out',
    `  formats: [${(options.formats ?? ['html', 'md', 'handouts', 'ics']).join(', ')}]`,
    '',
  ].join('\n');
}
