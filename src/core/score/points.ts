/** Base points of each kind of event, before fading and weights. */
export const BASE_POINTS = Object.freeze({
  latePaid: 3, // + 1 per 6 days late, up to 10 more
  latePaidPerDay: 1 / 6,
  latePaidMaxDays: 60,
  overdue: 5, // + 1 per 5 days overdue, up to 18 more; never fades
  overduePerDay: 1 / 5,
  overdueMaxDays: 90,
  overduePerWorkDay: 1, // + 1 per day of work (8 h at the agreed rate) left unpaid, up to 10
  overdueMaxWorkDays: 10,
  latePaymentTag: 6,
  afterHours: 2,
  urgent: 1.5,
  extraRevision: 3,
  vague: 2,
  scopeCreep: 3,
  scopeCreepPerHour: 0.5,
  scopeCreepMaxHours: 8,
  effortMax: 20, // at an effective rate of zero; scaled by the shortfall
  effortTolerance: 0.1, // shortfalls under 10% are noise
  effortMinHours: 5,
  disrespect: 20,
});

/** Revision entries more than this many days apart belong to different deliverables. */
export const DELIVERABLE_GAP_DAYS = 30;
