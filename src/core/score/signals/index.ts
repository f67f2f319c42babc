/**
 * The table of signals: each is one small function over the shared score
 * context. Adding a signal is one function and one entry here (and its id in
 * settings' SIGNAL_IDS, so that its weight can be set, and its name in
 * labels.ts).
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
  readonly measure: (ctx: ScoreContext) => SignalDraft | undefined;
}

/** In the order ties between signals of equal points are listed. */
export const SIGNALS: readonly SignalDefinition[] = Object.freeze([
  { id: 'payment', measure: paymentSignal },
  { id: 'afterHours', measure: afterHoursSignal },
  { id: 'revisions', measure: revisionsSignal },
  { id: 'scopeCreep', measure: scopeCreepSignal },
  { id: 'effort', measure: effortSignal },
  { id: 'conduct', measure: conductSignal },
  { id: 'silence', measure: silenceSignal },
]);

/** Position of each signal in the table, to order ties. */
export const SIGNAL_ORDER: Readonly<Record<SignalId, number>> = Object.freeze(
  Object.fromEntries(SIGNALS.map((s, i) => [s.id, i])) as Record<SignalId, number>,
);
