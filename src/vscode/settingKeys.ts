/** Every configuration key, state key, context key, command id and view id in one place. */
export const SECTION = 'clientFriction';

/**
 * The configuration keys the VS Code layer reads by name; the ones that feed
 * the score are the core's `CONFIGURATION_KEYS`, which both the extension and
 * the CLI read through `settingsInputFrom`.
 */
export const SettingKeys = {
  language: 'language',
  showWalkthroughOnFirstRun: 'showWalkthroughOnFirstRun',
} as const;

/** Per-workspace view state (workspaceState). */
export const StateKeys = {
  sortBy: 'clientFriction.sortBy',
  groupByStatus: 'clientFriction.groupByStatus',
  showFormer: 'clientFriction.showFormer',
  /** The reminders put off, and until when (remindersDue.ts, Snoozes). */
  snoozedReminders: 'clientFriction.snoozedReminders',
} as const;

/** Per-machine state (globalState, not synced). */
export const GlobalStateKeys = {
  walkthroughShown: 'clientFriction.walkthroughShown',
  /** The day (YYYY-MM-DD) the reminders due were last announced in a message: once a day at most. */
  remindersAnnounced: 'clientFriction.remindersAnnounced',
} as const;

/** `when` clause context keys. */
export const ContextKeys = {
  hasNotes: 'clientFriction.hasNotes',
  indexing: 'clientFriction.indexing',
  sortBy: 'clientFriction.sortBy',
  groupByStatus: 'clientFriction.groupByStatus',
  showFormer: 'clientFriction.showFormer',
  isClientNote: 'clientFriction.isClientNote',
} as const;

export type ContextKey = (typeof ContextKeys)[keyof typeof ContextKeys];

/** Our command ids (each contributed in package.json; a unit test holds the two together). */
export const Commands = {
  newClientNote: 'clientFriction.newClientNote',
  logInteraction: 'clientFriction.logInteraction',
  refresh: 'clientFriction.refresh',
  openExamples: 'clientFriction.openExamples',
  insertChecklist: 'clientFriction.insertChecklist',
  markOffboarding: 'clientFriction.markOffboarding',
  insertScript: 'clientFriction.insertScript',
  sendScript: 'clientFriction.sendScript',
  openNote: 'clientFriction.openNote',
  revealInExplorer: 'clientFriction.revealInExplorer',
  copySummary: 'clientFriction.copySummary',
  sortBy: 'clientFriction.sortBy',
  groupByStatus: 'clientFriction.groupByStatus',
  ungroup: 'clientFriction.ungroup',
  showFormer: 'clientFriction.showFormer',
  hideFormer: 'clientFriction.hideFormer',
  revealClient: 'clientFriction.revealClient',
  importCsv: 'clientFriction.importCsv',
  openReport: 'clientFriction.openReport',
  showReminders: 'clientFriction.showReminders',
  sendReminder: 'clientFriction.sendReminder',
  markReminderSent: 'clientFriction.markReminderSent',
  snoozeReminder: 'clientFriction.snoozeReminder',
  exportCalendar: 'clientFriction.exportCalendar',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

export const VIEW_ID = 'clientFriction.friction';

/** The Reminders view, the second view of the Clients container. */
export const REMINDERS_VIEW_ID = 'clientFriction.reminders';

/** The walkthrough contributed in package.json (`contributes.walkthroughs`). */
export const WALKTHROUGH_ID = 'gettingStarted';
