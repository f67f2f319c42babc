/**
 * Situations from real accounts of freelancers in other trades, each with
 * the band a seasoned freelancer would give the client (issue 19). The
 * calibration test holds the score to them and the README's calibration table
 * lists them; dates are as of 2026-11-27 (AS_OF), a Friday.
 */
import { Band } from '../../src/core/settings';

export interface Situation {
  id: string;
  trade: string;
  /** What happened, in a line. */
  story: string;
  /** The bands a seasoned freelancer would sign (one, or two when either is fair). */
  expected: Band[];
  note: string;
}

const fm = (lines: string[]) => ['---', ...lines, '---', ''].join('\n');

export const SITUATIONS: Situation[] = [
  {
    id: 'evening-own-work',
    trade: 'web developer',
    story: 'a calm client; the freelancer works evenings (five 21:00 time entries from a Toggl export)',
    expected: ['calm'],
    note: fm(['client: Quiet Harbour', 'rate: 80', 'currency: EUR', 'invoices:', '  - id: QH-1', '    amount: 2400', '    issued: 2026-11-01', '    due: 2026-11-15', '    paid: 2026-11-12']) +
      ['## Log', '- 2026-10-20 10:00 Call: kick-off for the new site', '- 2026-10-27 21:00 2h Homepage build (Site)', '- 2026-10-28 21:30 3h Homepage build (Site)', '- 2026-10-29 22:00 2.5h Product pages (Site)', '- 2026-10-30 21:00 3h Product pages (Site)', '- 2026-10-31 20:30 2h Contact form (Site)', '- 2026-11-03 Sent the staging link #waiting', '- 2026-11-04 10:15 Email: approved, thanks #reply'].join('\n'),
  },
  {
    id: 'agreed-standups',
    trade: 'developer',
    story: 'a client ten hours ahead; 22:00 stand-ups written into the contract (hours:); pays in six days',
    expected: ['calm'],
    note: fm(['client: Far East Labs', 'rate: 95', 'currency: USD', 'hours: "Mon-Fri 21:45-23:00"', 'invoices:', '  - id: FE-10', '    amount: 7600', '    issued: 2026-10-01', '    due: 2026-10-15', '    paid: 2026-10-07', '  - id: FE-11', '    amount: 7600', '    issued: 2026-11-01', '    due: 2026-11-15', '    paid: 2026-11-07']) +
      ['## Log', ...['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'].map((d) => `- ${d} 22:00 Meeting: stand-up`), '- 2026-11-10 8h Sprint work', '- 2026-11-20 8h Sprint work'].join('\n'),
  },
  {
    id: 'midnight-slack-expenses',
    trade: 'developer',
    story: 'a retainer client who sends unsolicited Slack at midnight and holds expenses for months',
    expected: ['strained', 'fire'],
    note: fm(['client: Nightowl Retail', 'rate: 85', 'currency: EUR', 'invoices:', '  - id: NR-EXP-1', '    amount: 1400', '    issued: 2026-07-01', '    due: 2026-07-31', '  - id: NR-20', '    amount: 3400', '    issued: 2026-10-01', '    due: 2026-10-31', '    paid: 2026-11-20']) +
      ['## Log', '- 2026-09-03 23:50 Slack: "quick one" about the checkout', '- 2026-09-19 00:40 Slack: checkout broken?? #urgent', '- 2026-10-04 Slack on Sunday about a banner #after-hours', '- 2026-10-16 23:15 Slack: can we move the launch up', '- 2026-10-30 00:20 Slack: new idea for the app #scope-creep', '- 2026-11-06 Reminder about the July expenses (NR-EXP-1) #waiting', '- 2026-11-14 23:55 Slack: "tiny" change to the cart #urgent', '- 2026-11-20 Reminder about the expenses again #waiting', '- 2026-11-24 23:40 Slack: why is the banner still blue'].join('\n'),
  },
  {
    id: 'billed-rounds',
    trade: 'brand designer',
    story: 'two rounds included; every further round quoted and billed at the hourly rate and paid within two weeks',
    expected: ['calm', 'watch'],
    note: fm(['client: Thorough & Sons', 'rate: 90', 'currency: EUR', 'revisions_included: 2', 'invoices:', '  - id: TS-1', '    amount: 1800', '    issued: 2026-09-20', '    due: 2026-10-04', '    paid: 2026-10-01', '  - id: TS-2', '    amount: 270', '    issued: 2026-10-10', '    due: 2026-10-24', '    paid: 2026-10-20', '  - id: TS-3', '    amount: 270', '    issued: 2026-10-24', '    due: 2026-11-07', '    paid: 2026-11-03', '  - id: TS-4', '    amount: 360', '    issued: 2026-11-07', '    due: 2026-11-21', '    paid: 2026-11-18', '  - id: TS-5', '    amount: 270', '    issued: 2026-11-21', '    due: 2026-12-05']) +
      ['## Log', '- 2026-09-08 10h Logo concepts', '- 2026-09-15 10h Logo refinement', '- 2026-09-22 Feedback round 1 #revision', '- 2026-09-29 Feedback round 2 #revision', '- 2026-10-06 Feedback round 3, billed #revision #billed', '- 2026-10-07 3h Round 3 changes', '- 2026-10-20 Feedback round 4 #revision #vague', '- 2026-10-21 3h Round 4 changes', '- 2026-11-03 Feedback round 5 #revision #vague', '- 2026-11-04 4h Round 5 changes', '- 2026-11-17 Feedback round 6 #revision', '- 2026-11-18 3h Round 6 changes'].join('\n'),
  },
  {
    id: 'free-rounds',
    trade: 'brand designer',
    story: 'the same rounds as the client above, none of them billed (a fixed price of EUR 1,800)',
    expected: ['strained'],
    note: fm(['client: Endless Loop Ltd', 'rate: 90', 'currency: EUR', 'revisions_included: 2', 'invoices:', '  - id: EL-1', '    amount: 1800', '    issued: 2026-09-20', '    due: 2026-10-04', '    paid: 2026-10-01']) +
      ['## Log', '- 2026-09-08 10h Logo concepts', '- 2026-09-15 10h Logo refinement', '- 2026-09-22 Feedback round 1 #revision', '- 2026-09-29 Feedback round 2 #revision', '- 2026-10-06 Feedback round 3 #revision', '- 2026-10-07 3h Round 3 changes', '- 2026-10-20 Feedback round 4 #revision #vague', '- 2026-10-21 3h Round 4 changes', '- 2026-11-03 Feedback round 5 #revision #vague', '- 2026-11-04 4h Round 5 changes', '- 2026-11-17 Feedback round 6 #revision', '- 2026-11-18 3h Round 6 changes'].join('\n'),
  },
  {
    id: 'licence-ignored',
    trade: 'photographer',
    story: 'a EUR 3,600 licence invoice (the year\'s work for this client), unpaid and ignored for seven weeks, after two reminders; no hourly rate',
    expected: ['strained', 'fire'],
    note: fm(['client: Glossy Mag', 'currency: EUR', 'invoices:', '  - id: GM-LIC-1', '    amount: 3600', '    issued: 2026-09-10', '    due: 2026-10-10']) +
      ['## Log', '- 2026-09-02 Shoot for the autumn issue', '- 2026-09-10 Delivered the selects #delivered', '- 2026-10-13 Reminder about GM-LIC-1 #waiting', '- 2026-10-27 Second reminder #waiting'].join('\n'),
  },
  {
    id: 'per-word-agency',
    trade: 'translator',
    story: 'an agency that prices per word, sends a job a week, always pays on day 58 of 60',
    expected: ['calm'],
    note: fm(['client: LinguaBridge Agency', 'currency: EUR', 'invoices:', ...['08', '09', '10'].flatMap((m, i) => [`  - id: LB-${i + 1}`, '    amount: 1150', `    issued: 2026-${m}-01`, `    due: 2026-${String(Number(m) + 2).padStart(2, '0')}-01`, ...(i < 2 ? [`    paid: 2026-${String(Number(m) + 1).padStart(2, '0')}-28`] : [])])]) +
      ['## Log', '- 2026-10-05 Request: 4,000 words, legal', '- 2026-10-12 Request: 2,500 words, marketing', '- 2026-10-19 Request: 3,000 words, website', '- 2026-11-02 Request: 5,000 words, manual', '- 2026-11-16 Request: 2,000 words, brochure'].join('\n'),
  },
  {
    id: 'weekend-rush-late',
    trade: 'translator',
    story: 'an agency that pays 30–45 days late every time and sends urgent jobs on Friday night for Monday',
    expected: ['strained', 'fire'],
    note: fm(['client: RushWords GmbH', 'currency: EUR', 'invoices:', '  - id: RW-1', '    amount: 900', '    due: 2026-08-31', '    paid: 2026-10-05', '  - id: RW-2', '    amount: 1200', '    due: 2026-09-30', '    paid: 2026-11-10', '  - id: RW-3', '    amount: 800', '    due: 2026-10-31']) +
      ['## Log', '- 2026-10-09 22:10 Email: 6,000 words by Monday #urgent', '- 2026-10-23 21:40 Email: rush job, by Monday morning #urgent', '- 2026-11-06 23:05 Email: urgent proofread for Monday #urgent', '- 2026-11-20 22:30 Email: another rush for Monday #urgent'].join('\n'),
  },
  {
    id: 'friday-evening-briefs',
    trade: 'copywriter',
    story: 'a good agency that pays on time but sends its briefs on Friday evening, for Monday, without a rush rate',
    expected: ['strained'],
    note: fm(['client: Brightline Agency', 'rate: 75', 'currency: GBP', 'invoices:', '  - id: BA-7', '    amount: 1500', '    issued: 2026-10-01', '    due: 2026-10-31', '    paid: 2026-10-28', '  - id: BA-8', '    amount: 1500', '    issued: 2026-11-01', '    due: 2026-11-30']) +
      ['## Log', ...['2026-09-04', '2026-09-11', '2026-09-18', '2026-09-25', '2026-10-02', '2026-10-09', '2026-10-16', '2026-10-23', '2026-10-30', '2026-11-06', '2026-11-13', '2026-11-20'].map((d) => `- ${d} 19:30 Email: brief for Monday`), '- 2026-10-05 8h Copy for the autumn campaign', '- 2026-11-02 8h Copy for the winter campaign'].join('\n'),
  },
  {
    id: 'billed-scope-startup',
    trade: 'developer',
    story: 'a startup that keeps asking for more features, each one quoted, billed at the rate and paid',
    expected: ['calm', 'watch'],
    note: fm(['client: Hypergrowth Inc', 'rate: 100', 'currency: USD', 'invoices:', '  - id: HG-1', '    amount: 2000', '    issued: 2026-09-30', '    due: 2026-10-14', '    paid: 2026-10-10', '  - id: HG-2', '    amount: 1500', '    issued: 2026-10-31', '    due: 2026-11-14', '    paid: 2026-11-12']) +
      ['## Log', '- 2026-09-10 10h MVP build', '- 2026-09-20 Request: add a referral scheme #scope-creep #billed', '- 2026-09-22 10h Referral scheme', '- 2026-10-08 Request: Stripe invoices too #scope-creep #billed', '- 2026-10-12 8h Stripe invoices', '- 2026-10-25 Request: an admin dashboard #scope-creep #billed', '- 2026-10-28 7h Admin dashboard'].join('\n'),
  },
  {
    id: 'quick-changes',
    trade: 'developer',
    story: 'weekly "quick changes" never billed, vague feedback, and invoices paid three weeks late',
    expected: ['strained', 'fire'],
    note: fm(['client: Tinker Co', 'rate: 80', 'currency: EUR', 'revisions_included: 2', 'invoices:', '  - id: TC-1', '    amount: 2000', '    due: 2026-09-30', '    paid: 2026-10-22', '  - id: TC-2', '    amount: 2000', '    due: 2026-10-31', '    paid: 2026-11-24']) +
      ['## Log', '- 2026-09-15 20h Build', '- 2026-10-02 Asked for a "quick change" to the menu #scope-creep', '- 2026-10-09 Feedback: "feels off" #revision #vague', '- 2026-10-16 Feedback: still not right #revision #vague', '- 2026-10-23 Asked for another quick change #scope-creep', '- 2026-10-30 Feedback: "more modern" #revision #vague', '- 2026-11-06 Asked to redo the footer #scope-creep', '- 2026-11-13 Feedback: "you know what I mean" #revision #vague', '- 2026-11-20 Asked for a quick change to the checkout #scope-creep', '- 2026-10-20 15h Changes', '- 2026-11-18 12h Changes'].join('\n'),
  },
  {
    id: 'wedding-album',
    trade: 'photographer',
    story: 'a wedding couple who wanted one extra round on the album (two included) and paid the balance on time',
    expected: ['calm', 'watch'],
    note: fm(['client: Aisha & Tom', 'currency: GBP', 'revisions_included: 2', 'invoices:', '  - id: W-DEP', '    amount: 800', '    due: 2026-05-01', '    paid: 2026-04-28', '  - id: W-BAL', '    amount: 2400', '    due: 2026-10-01', '    paid: 2026-09-30']) +
      ['## Log', '- 2026-09-05 Delivered the gallery #delivered', '- 2026-10-10 Album feedback round 1 #revision', '- 2026-10-20 Album feedback round 2 #revision', '- 2026-10-30 Album feedback round 3: swap two photos #revision', '- 2026-11-05 Thank you card #praise'].join('\n'),
  },
  {
    id: 'agreed-calls-consultant',
    trade: 'consultant',
    story: 'a client in another time zone: Tuesday and Thursday evening calls agreed (hours:), one Saturday workshop #agreed',
    expected: ['calm'],
    note: fm(['client: Pacific Advisory', 'rate: 150', 'currency: USD', 'hours: "Tue,Thu 20:00-22:00"', 'invoices:', '  - id: PA-3', '    amount: 6000', '    issued: 2026-11-01', '    due: 2026-11-30']) +
      ['## Log', '- 2026-11-03 20:30 Call: weekly review', '- 2026-11-05 20:30 Call: board prep', '- 2026-11-10 20:30 Call: weekly review', '- 2026-11-12 21:00 Call: numbers', '- 2026-11-14 10:00 Meeting: strategy workshop #agreed', '- 2026-11-17 20:30 Call: weekly review', '- 2026-11-19 20:30 Call: hiring plan', '- 2026-11-24 20:30 Call: weekly review', '- 2026-11-20 6h Report'].join('\n'),
  },
  {
    id: 'rude-ceo-once',
    trade: 'consultant',
    story: 'a CEO who insulted the freelancer in front of the team once, otherwise fine and paying',
    expected: ['strained'],
    note: fm(['client: Hardline Holdings', 'rate: 140', 'currency: EUR', 'invoices:', '  - id: HH-1', '    amount: 5600', '    issued: 2026-10-01', '    due: 2026-10-31', '    paid: 2026-10-30']) +
      ['## Log', '- 2026-10-15 Meeting: the CEO called the report "amateur garbage" in front of the team #rude', '- 2026-10-20 40h Report'].join('\n'),
  },
  {
    id: 'quiet-after-delivery',
    trade: 'designer',
    story: 'a client who pays on time and has gone quiet for three weeks since the last question',
    expected: ['watch'],
    note: fm(['client: Slowpoke Studio', 'rate: 70', 'currency: EUR', 'invoices:', '  - id: SS-1', '    amount: 1400', '    issued: 2026-10-01', '    due: 2026-10-31', '    paid: 2026-10-25']) +
      ['## Log', '- 2026-10-01 20h Website design', '- 2026-11-06 Sent the next-phase proposal #waiting'].join('\n'),
  },
  {
    id: 'fixed-price-overrun',
    trade: 'developer',
    story: 'a pleasant client whose fixed-price project took 60% longer than quoted, on time payments',
    expected: ['watch'],
    note: fm(['client: Overrun Media', 'rate: 90', 'currency: EUR', 'invoices:', '  - id: OM-1', '    amount: 3600', '    issued: 2026-09-01', '    due: 2026-09-30', '    paid: 2026-09-28', '  - id: OM-2', '    amount: 3600', '    issued: 2026-10-01', '    due: 2026-10-31', '    paid: 2026-10-29']) +
      ['## Log', '- 2026-08-20 40h Build, first half', '- 2026-09-20 40h Build, second half', '- 2026-10-10 25h Fixes over the quote, not billable', '- 2026-10-14 13h More fixes'].join('\n'),
  },
];

/** The band a seasoned freelancer would give each example client as of 2026-11-27 (the README's calibration table). */
export const EXAMPLE_BANDS: Record<string, Band> = {
  'Northwind Studio': 'fire',
  'Juniper Events': 'fire',
  'Bluebird Dental': 'fire',
  'Granite Logistics': 'strained',
  'Tidewater Marine': 'strained',
  'Cedar & Pine Architects': 'strained',
  'Maple Press': 'strained',
  'Saffron Skincare': 'strained',
  'Atlas Outdoor': 'watch',
  'Kampung Kopi': 'watch',
  'Ironside Motors': 'watch',
  'Gallo Restaurant Group': 'calm',
  'Harbour Yoga': 'calm',
  'Lotus Tech': 'calm',
  'Old Harbour Cafe': 'calm',
};
