/** Base points of each kind of event, before fading and weights. */
export const BASE_POINTS = Object.freeze({
  latePaid: 2, // + 1 per 6 days late, up to 10 more (late once is noise: the pattern below carries)
  latePaidPerDay: 1 / 6,
  latePaidMaxDays: 60,
  overdue: 5, // + 1 per 5 days overdue, up to 18 more; never fades
  overduePerDay: 1 / 5,
  overdueMaxDays: 90,
  overduePerWorkDay: 1, // + the amount at stake, up to 10: 1 per day of work (8 h at the agreed rate) it pays,
  overdueMaxWorkDays: 10, // or 3 per usual invoice of this client (the median of its invoices) it is worth, whichever is more
  overduePerUsualInvoice: 3,
  latePaymentTag: 6,
  escalation: 5, // lateness escalating over the last three invoices: + 1 per 5 days it rose, up to 10 more
  escalationPerDay: 1 / 5,
  escalationMaxDays: 50,
  brokenPromise: 8, // a promise to pay broken: + 1 per 6 days past the promised day (≤ 10 more), on top of the invoice's own lateness; no fading while unpaid
  chargeback: 20, // a chargeback, dispute or refund demand for approved work: as heavy as disrespect
  afterHours: 2,
  urgent: 1.5,
  extraRevision: 3, // the first round beyond those included; each further one on the same deliverable + 1, up to 10
  extraRevisionStep: 1,
  extraRevisionMax: 10,
  vague: 2,
  billedShare: 0.2, // an extra round or change the client paid for (#billed, or inside work paid at the agreed rate) weighs this share of a free one
  scopeCreep: 3,
  scopeCreepPerHour: 0.5,
  scopeCreepMaxHours: 8,
  effortMax: 20, // at an effective rate of zero; scaled by the shortfall
  effortTolerance: 0.1, // shortfalls under 10% are noise
  effortMinHours: 10, // fewer invoiced hours than this tell no rate
  disrespect: 20,
  silenceOpen: 2, // a #waiting unanswered past the reply window: + 1 per 2.5 days beyond it, up to 24 more; never fades while open
  silenceOpenPerDay: 0.4,
  silenceOpenMaxDays: 60,
  silenceLate: 1, // a #waiting answered after the window: + 1 per 10 days beyond it, up to 3 more; fades
  silenceLatePerDay: 0.1,
  silenceLateMaxDays: 30,
});

/** Revision entries more than this many days apart belong to different deliverables. */
export const DELIVERABLE_GAP_DAYS = 30;
