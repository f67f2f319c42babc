/**
 * The table of signals: each is one small function over the shared score
 * context. Adding a signal is one function and one entry here (and its id in
 * settings' SIGNAL_IDS, so that its weight can be set).
 */
import { SignalId } from '../../settings';
import { ScoreContext, SignalDraft } from '../context';
import { afterHoursSignal } from './afterHours';
import { conductSignal } from './conduct';
import { effortSignal } from './effort';
import { paymentSignal } from './payment';
import { revisionsSignal } from './revisions';
import { scopeCreepSignal } from './scopeCreep';
import { silenceSignal } from './silence';

export interface SignalDefinition {
  readonly id: SignalId;
  /** How the signal is named to people. */
  readonly label: string;
  readonly measure: (ctx: ScoreContext) => SignalDraft | undefined;
}

/** In the order ties between signals of equal points are listed. */
export const SIGNALS: readonly SignalDefinition[] = Object.freeze([
  { id: 'payment', label: 'payment', measure: paymentSignal },
  { id: 'afterHours', label: 'after hours', measure: afterHoursSignal },
  { id: 'revisions', label: 'revisions', measure: revisionsSignal },
  { id: 'scopeCreep', label: 'scope creep', measure: scopeCreepSignal },
  { id: 'effort', label: 'effort', measure: effortSignal },
  { id: 'conduct', label: 'conduct', measure: conductSignal },
  { id: 'silence', label: 'silence', measure: silenceSignal },
]);

export const SIGNAL_LABELS: Readonly<Record<SignalId, string>> = Object.freeze(
  Object.fromEntries(SIGNALS.map((s) => [s.id, s.label])) as Record<SignalId, string>,
);

/** Position of each signal in the table, to order ties. */
export const SIGNAL_ORDER: Readonly<Record<SignalId, number>> = Object.freeze(
  Object.fromEntries(SIGNALS.map((s, i) => [s.id, i])) as Record<SignalId, number>,
);
