/**
 * The commented starter config `playbook init` writes. `today` fills the cover date once, so every
 * later run of the same file prints the same date. One long function on purpose: it is the file's
 * text, comments and all, read top to bottom as the user will read it.
 */
export function starterConfig(today: string): string {
  return `# Handbook config for the service-playbook generator.
# Check it:     npx playbook validate --config <this file>
# Generate it:  npx playbook generate --config <this file>
# Ids to choose from: npx playbook list

# Your company's name as customers know it.
company: Example Ltd

# The service vision: one sentence that every employee could repeat.
vision: Every customer leaves knowing exactly what happens next.

# The chapters of your handbook, most urgent first. Three to six is a good size.
priorities:
  - no-service-vision
  - empowerment-in-name-only
  - yesterdays-response-standards

# "priorities" prints only those chapters; "all" adds a short appendix with every other failure mode.
include: priorities

# Optional: only show appendix entries meant for these readers
# (executives, managers, frontline, hr, trainers).
# audiences: [managers, frontline]

# The promises you make to customers. The chapters quote them inside sentences such as
# "a first response within 1 hour", so write each one as it reads after "within".
standards:
  firstResponse: 1 hour
  callback: the same working day
  # What a frontline employee may refund without asking anyone.
  refundLimit: 50 GBP
  # Any further promises to list in the standards table.
  others:
    - name: Complaint acknowledged
      value: within 4 working hours

# Who may decide what without asking. Shown in the empowerment chapter and in an appendix.
empowerment:
  - role: Frontline employee
    decision: Refund, replace or credit
    limit: 50 GBP per customer
  - role: Team leader
    decision: Goodwill gesture after a complaint
    limit: 200 GBP
  - role: Service manager
    decision: Exceptions to policy
    limit: Any amount, with the reason written down

branding:
  # Headings and the cover use this colour. A colour too light to read on white is darkened for you.
  accent: "#1f5f8b"
  # A logo beside this file (PNG, JPEG, SVG, WebP or GIF). Remove the # to use one.
  # logo: logo.png

# Dates are written the local way, and the PDF uses the local paper size:
# en-GB, en-IE, en-AU print on A4; en-US and en-CA print on US Letter.
locale: en-GB

# The date on the cover. Change it when you publish a new edition.
date: ${today}

output:
  # Relative to the folder you run the command from. The generator replaces this folder
  # on each run, and refuses to touch a folder it did not create.
  dir: handbook
  # html: one print-ready file. md: the same text for a wiki.
  # pdf: needs Chromium. handouts: one page per chapter for training sessions.
  formats: [html, md, pdf, handouts]

# Optional: put dates on the training plan, one session per chapter.
# training:
#   start: ${today}
#   cadence: weekly   # or fortnightly, monthly
`;
}
