/**
 * The commented starter config `playbook init` writes, through the one config writer. `today` fills
 * the cover date once, so every later run of the same file prints the same date.
 */
import { writeConfigYaml } from '../core/config/writer.ts';
import { DEFAULT_ACCENT } from '../schemas/handbook-config.ts';

/** The starter's data and comments, kept in one function over 60 lines so it reads like the file it writes. */
export function starterConfig(today: string): string {
  const data = {
    company: 'Example Ltd',
    vision: 'Every customer leaves knowing exactly what happens next.',
    priorities: ['no-service-vision', 'empowerment-in-name-only', 'yesterdays-response-standards'],
    include: 'priorities',
    standards: {
      firstResponse: '1 hour',
      callback: 'the same working day',
      refundLimit: '50 GBP',
      others: [{ name: 'Complaint acknowledged', value: 'within 4 working hours' }],
    },
    empowerment: [
      { role: 'Frontline employee', decision: 'Refund, replace or credit', limit: '50 GBP per customer' },
      { role: 'Team leader', decision: 'Goodwill gesture after a complaint', limit: '200 GBP' },
      {
        role: 'Service manager',
        decision: 'Exceptions to policy',
        limit: 'Any amount, with the reason written down',
      },
    ],
    branding: { accent: DEFAULT_ACCENT },
    locale: 'en-GB',
    date: today,
    output: { dir: 'handbook', formats: ['html', 'md', 'pdf', 'handouts'] },
  };
  return writeConfigYaml(data, {
    header: [
      'Handbook config for the service-playbook generator.',
      'Check it:     npx playbook validate --config <this file>',
      'Generate it:  npx playbook generate --config <this file>',
      'Ids to choose from: npx playbook list',
    ].join('\n'),
    comments: [
      { path: ['company'], above: "Your company's name as customers know it." },
      { path: ['vision'], above: 'The service vision: one sentence that every employee could repeat.' },
      {
        path: ['priorities'],
        above: 'The chapters of your handbook, most urgent first. Three to six is a good size.',
      },
      {
        path: ['include'],
        above:
          '"priorities" prints only those chapters; "all" adds a short appendix with every other failure mode.',
      },
      {
        path: ['standards'],
        above: [
          'Optional: only show appendix entries meant for these readers',
          '(executives, managers, frontline, hr, trainers).',
          'audiences: [managers, frontline]',
          '',
          'The promises you make to customers. The chapters quote them inside sentences such as',
          '"a first response within 1 hour", so write each one as it reads after "within".',
        ].join('\n'),
      },
      {
        path: ['standards', 'refundLimit'],
        above: 'What a frontline employee may refund without asking anyone.',
      },
      { path: ['standards', 'others'], above: 'Any further promises to list in the standards table.' },
      {
        path: ['empowerment'],
        above: 'Who may decide what without asking. Shown in the empowerment chapter and in an appendix.',
      },
      {
        path: ['branding', 'accent'],
        above: [
          'Headings and the cover use this colour. A colour too light to read on white is darkened for you.',
          'A logo beside this file (PNG, JPEG, SVG, WebP or GIF): remove the # before "logo" to use one.',
          'logo: logo.png',
        ].join('\n'),
      },
      {
        path: ['locale'],
        above:
          'Dates are written the local way, and the PDF uses the local paper size:\nen-GB, en-IE, en-AU print on A4; en-US and en-CA print on US Letter.',
      },
      { path: ['date'], above: 'The date on the cover. Change it when you publish a new edition.' },
      {
        path: ['output', 'dir'],
        above:
          'Relative to the folder you run the command from. The generator replaces this folder\non each run, and refuses to touch a folder it did not create.',
      },
      {
        path: ['output', 'formats'],
        above:
          'html: one print-ready file. md: the same text for a wiki. docx: for Word and Track Changes.\npdf: needs Chromium. handouts: one page per chapter; kits: cards and a facilitator sheet.\nworksheets: the forms the plays ask you to fill in, one page each.',
      },
    ],
    flow: [['output', 'formats']],
    footer: [
      'Optional: put dates on the training plan, one session per chapter.',
      'training:',
      `  start: ${today}`,
      '  cadence: weekly   # or fortnightly, monthly',
      '',
      'Optional: your own titles for the people plays are given to (ids: npx playbook list --roles).',
      'roles:',
      '  team-leader: Shift supervisor',
      '',
      'Optional: your own words in a chapter (play ids: npx playbook list --plays <chapter>).',
      'chapters:',
      '  empowerment-in-name-only:',
      '    note: |',
      '      At the tills, the limit is the one on the staff card.',
      '    skip: [<a play id>]',
      '    example: |',
      '      Something that really happened here, and what we did.',
      '',
      'Optional: chapters you write yourself, placed after one of the priorities.',
      'own:',
      '  - id: our-returns-promise',
      '    title: Our returns promise',
      '    after: empowerment-in-name-only',
      '    body: |',
      '      Every return within 30 days, refunded within :var[callback].',
    ].join('\n'),
  });
}
