/**
 * How the fixed words of the model are named to people: bands, signals,
 * flags and statuses, in the interface's language. Ids (`afterHours`,
 * `fire`) stay what they are in notes, settings and JSON; only their names
 * are translated.
 */
import { ENGLISH, L10n } from './l10n';
import { ClientStatus } from './read/note';
import { FlagId } from './score/flags';
import { Band, SignalId } from './settings';

type Words<K extends string> = Readonly<Record<K, (l10n: L10n) => string>>;

const BANDS: Words<Band> = {
  calm: (l10n) => l10n.t('calm'), watch: (l10n) => l10n.t('watch'), strained: (l10n) => l10n.t('strained'), fire: (l10n) => l10n.t('fire'),
};

const SIGNALS: Words<SignalId> = {
  payment: (l10n) => l10n.t('payment'), afterHours: (l10n) => l10n.t('after hours'), revisions: (l10n) => l10n.t('revisions'), scopeCreep: (l10n) => l10n.t('scope creep'),
  effort: (l10n) => l10n.t('effort'), conduct: (l10n) => l10n.t('conduct'), silence: (l10n) => l10n.t('silence'),
};

const FLAGS: Words<FlagId> = {
  disrespect: (l10n) => l10n.t('disrespect'), chargeback: (l10n) => l10n.t('chargeback'),
};

const STATUSES: Words<ClientStatus> = {
  lead: (l10n) => l10n.t('lead'), active: (l10n) => l10n.t('active'), paused: (l10n) => l10n.t('paused'), offboarding: (l10n) => l10n.t('offboarding'), former: (l10n) => l10n.t('former'),
};

export function bandLabel(band: Band, l10n: L10n = ENGLISH): string {
  return BANDS[band](l10n);
}

export function signalLabel(id: SignalId, l10n: L10n = ENGLISH): string {
  return SIGNALS[id](l10n);
}

export function flagLabel(id: FlagId, l10n: L10n = ENGLISH): string {
  return FLAGS[id](l10n);
}

/** `disrespect, chargeback`: a client's flags by name. */
export function flagList(flags: readonly { id: FlagId }[], l10n: L10n = ENGLISH): string {
  return flags.map((f) => flagLabel(f.id, l10n)).join(', ');
}

export function statusLabel(status: ClientStatus, l10n: L10n = ENGLISH): string {
  return STATUSES[status](l10n);
}

/** `1 client`, `3 clients`. */
export function clientCount(n: number, l10n: L10n = ENGLISH): string {
  return n === 1 ? l10n.t('{0} client', n) : l10n.t('{0} clients', n);
}

/** `1 invoice`, `3 invoices`. */
export function invoiceCount(n: number, l10n: L10n = ENGLISH): string {
  return n === 1 ? l10n.t('{0} invoice', n) : l10n.t('{0} invoices', n);
}

/** `1 day`, `3 days`: a span of days in a signal's words. */
export function dayCount(n: number, l10n: L10n = ENGLISH): string {
  return n === 1 ? l10n.t('{0} day', n) : l10n.t('{0} days', n);
}
