/** Every configuration key, state key and context key in one place. */
export const SECTION = 'clientFriction';

export const SettingKeys = {
  notesGlob: 'notesGlob',
  workingHoursStart: 'workingHours.start',
  workingHoursEnd: 'workingHours.end',
  workingDays: 'workingDays',
  halfLifeDays: 'halfLifeDays',
  graceDays: 'graceDays',
  weights: 'weights',
  scale: 'scale',
  bandThresholds: 'bands',
  defaultNoticeDays: 'defaultNoticeDays',
  defaultRevisionsIncluded: 'defaultRevisionsIncluded',
  coolDownDays: 'coolDownDays',
  maxNoteSizeKB: 'maxNoteSizeKB',
  tagSynonyms: 'tagSynonyms',
  yourName: 'yourName',
  language: 'language',
} as const;

/** Per-workspace view state (workspaceState). */
export const StateKeys = {
  sortBy: 'clientFriction.sortBy',
  groupByStatus: 'clientFriction.groupByStatus',
  showFormer: 'clientFriction.showFormer',
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

export const VIEW_ID = 'clientFriction.friction';
export const CONTAINER_ID = 'clientFriction';
