import { LanguagePack } from './types';

export const en: LanguagePack = {
  name: 'English',
  longDate: 'd MMMM yyyy',
  heading: 'Offboarding (started {today})',
  steps: {
    coolDown: '**Cool down**: decide no earlier than {coolDownEnd}, not in the heat of the moment',
    contract: '**Review the contract and scope**: {contract} — {scope}; {revisionsIncluded} revision rounds included per deliverable',
    contractNothing: '**Review the contract and scope**: {contract} — {scope}',
    deliverPaid: 'Paid for, so check it is delivered: {id} ({amount}, paid {paid})',
    minimiseDamage: '**Minimise damage**: announce only once these are paid',
    minimiseDamageNothing: '**Minimise damage**: no unpaid invoices in the note; send any final invoice before you announce',
    overdueItem: '{id}, {amount}, {days} days overdue (due {due})',
    unpaidItem: '{id}, {amount}, due {due}',
    latePaidItem: '{id}, {amount}, paid {days} days late (due {due})',
    newTermsHint:
      '**Keep on new terms?** Most of the friction is payment and nothing is flagged: a deposit, shorter payment terms and a late fee may fix it without losing {clientName} (script "New payment terms")',
    concentration:
      '**Concentration**: {clientName} brings {incomeShare} of your income (paid in the last 12 months): losing it is a decision about your income, not just about friction',
    meet: '**Meet or call**: tell {contactName} in a call or a meeting; do not just stop answering',
    keepShort: '**Keep it short**: one reason is enough — "{reason}"',
    notice:
      '**Give notice**: {noticeDays} days from the announcement; if announced on {announceDate}, the last day is {noticeEnd} (or the end of the current major deliverable: {deliverableEnd})',
    referral: '**Offer an alternative**: refer {clientName} to a colleague or the kind of provider that fits: {colleague}',
  },
  problemsHeading: 'Problems in this note (fix them for a complete checklist):',
  referralSkipped: 'No referral: the log shows disrespect, and the usual advice is not to pass such a client on.',
  referralWarning: 'the log shows #disrespect: the usual advice is to skip the referral',
  newTermsReason: 'most of the friction is payment and nothing is flagged: worth trying before offboarding',
  placeholders: {
    clientName: 'client name',
    contactName: 'contact name',
    contactFirstName: 'first name',
    yourName: 'your name',
    today: 'today',
    todayLong: 'today',
    coolDownEnd: 'date',
    contract: 'contract (file or link)',
    scope: 'scope',
    revisionsIncluded: 'number',
    noticeDays: 'days',
    announceDate: 'announcement date',
    announceDateLong: 'announcement date',
    noticeEnd: 'last day',
    noticeEndLong: 'last day',
    deliverableEnd: 'date',
    overdueList: 'invoice, amount, due date',
    overdueIds: 'invoice number',
    overdueTotal: 'total',
    oldestOverdueDays: 'days',
    colleague: 'who?',
    colleagueEmail: 'their email',
    specialty: 'specialty',
    providerKind: 'kind of provider',
    handoverItems: 'files, accounts, passwords to hand over',
    reason: 'I no longer think my services meet your needs.',
    lateList: 'invoice, days late',
    averageDaysLate: 'days',
    deposit: '50%',
    paymentTerms: '14',
    lateFee: '2% per month',
    incomeShare: 'share',
  },
  scripts: {
    shortConversation: {
      title: 'The short conversation',
      detail: 'What to say in the call: one reason, no debate',
      prefix: 'short',
      body: `Hi {contactFirstName},

Thank you for taking the time to talk. I've thought about this carefully, and I no longer think my services meet your needs. I'd like to end our work together in a way that is fair to both of us.

I'll give you {noticeDays} days' notice, so my last day on the project will be {noticeEndLong}. Until then I'll finish what is in progress and make sure everything is handed over properly.

Thank you for the work we have done together.

{yourName}
`,
    },
    writtenNotice: {
      title: 'Written notice',
      detail: 'The notice letter with its end date',
      prefix: 'notice',
      body: `Subject: Notice of ending our work together

Dear {contactName},

Following our conversation, I am writing to confirm that I will end my services to {clientName}. As agreed in our contract ({contract}), I am giving {noticeDays} days' notice from {announceDateLong}: my last working day will be {noticeEndLong}.

Until then I will complete the work in progress and prepare a handover of all files and accounts. Any outstanding invoices are due on their usual terms.

Thank you for the opportunity to work with you.

Kind regards,
{yourName}
`,
    },
    referralEmail: {
      title: 'Referral email',
      detail: 'Introduce a colleague who fits better',
      prefix: 'referral',
      body: `Subject: An introduction: {colleague}

Hi {contactFirstName},

As promised, I'd like to introduce you to {colleague} ({colleagueEmail}). I think they are a better fit for what {clientName} needs next, and I've told them a little about the project.

I'll make sure the handover is complete before my last day, {noticeEndLong}.

All the best,
{yourName}
`,
    },
    agencyVariant: {
      title: 'Your needs have grown: an agency may fit better',
      detail: 'For a client who has outgrown one freelancer',
      prefix: 'agency',
      body: `Hi {contactFirstName},

{clientName} has grown a lot since we started, and so has the work. I think you now need a team that can cover more at once than I can on my own: a {providerKind} would fit better than a single freelancer.

I'd be glad to suggest a few names and to hand everything over properly. My last day will be {noticeEndLong}.

Best wishes,
{yourName}
`,
    },
    specialistVariant: {
      title: 'Referral to a specialist: their work needs one',
      detail: 'For work that has moved outside your specialty',
      prefix: 'specialist',
      body: `Hi {contactFirstName},

The work {clientName} needs now is mostly {specialty}, which is not where I do my best work. You will be better served by a specialist in {specialty}, and I'd rather tell you that than do it half as well.

I'm happy to recommend someone and to hand over everything before {noticeEndLong}.

Best regards,
{yourName}
`,
    },
    handoverNote: {
      title: 'Handover note',
      detail: 'What you hand over, and when',
      prefix: 'handover',
      body: `Subject: Handover for {clientName}

Hi {contactFirstName},

Here is everything you need to carry on without me:

- {handoverItems}

Scope of the work: {scope}
Contract: {contract}

Please confirm you have received it all. My last day is {noticeEndLong}; after that, please contact {colleague} for anything new.

Thank you,
{yourName}
`,
    },
    paymentFriendly: {
      title: 'Payment reminder: friendly',
      detail: 'A first, warm nudge',
      prefix: 'pay-friendly',
      body: `Subject: A friendly reminder about {overdueIds}

Hi {contactFirstName},

I hope all is well. A quick reminder that the following is now overdue:

{overdueList}

It may simply have slipped through. Could you let me know when I can expect payment?

Thanks,
{yourName}
`,
    },
    paymentFirm: {
      title: 'Payment reminder: firm',
      detail: 'Second reminder, with a date',
      prefix: 'pay-firm',
      body: `Subject: Overdue: {overdueIds}

Dear {contactName},

The following remains unpaid, {oldestOverdueDays} days after its due date:

{overdueList}

Total overdue: {overdueTotal}. Please arrange payment within 7 days. Until it is settled I will pause new work for {clientName}.

Regards,
{yourName}
`,
    },
    paymentFinal: {
      title: 'Payment reminder: final',
      detail: 'Last notice before further steps',
      prefix: 'pay-final',
      body: `Subject: Final notice: {overdueIds}

Dear {contactName},

Despite earlier reminders, the following is still unpaid, {oldestOverdueDays} days after its due date:

{overdueList}

Total overdue: {overdueTotal}. If payment is not received within 7 days of {todayLong}, I will take the steps open to me under our contract ({contract}), which may include a collection agency or a small-claims procedure.

I would much rather settle this simply. Please confirm the payment date.

{yourName}
`,
    },
    newTerms: {
      title: 'New payment terms',
      detail: 'Keep a client who pays late: a deposit, shorter terms, a late fee',
      prefix: 'new-terms',
      body: `Subject: Payment terms for our next projects

Hi {contactFirstName},

I enjoy working with {clientName} and would like to keep doing so. Lately, though, payments have come in well after their due dates:

{lateList}

That is {averageDaysLate} days late on average, which makes it hard for me to plan and to keep your projects first in line. So that I can, I'd like to work on these terms from now on:

- a deposit of {deposit} before new work starts;
- invoices payable within {paymentTerms} days;
- a late fee of {lateFee} on invoices paid after their due date.

Everything already agreed stays as it is. If this works for you, I'll send the next proposal on these terms. Happy to talk it over.

Best regards,
{yourName}
`,
    },
  },
  snippets: {
    checklist: { title: 'Offboarding checklist (generic)' },
  },
};
