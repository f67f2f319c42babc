/**
 * The words of the checklist, the scripts and the snippets, one set per
 * language. Templates are plain text with `{slot}` marks that the generator
 * fills from the note; a slot the note cannot fill becomes a visible
 * placeholder (or a snippet tab stop) labelled with `placeholders[slot]`.
 */
export type Slot =
  | 'clientName'
  | 'contactName'
  | 'contactFirstName'
  | 'yourName'
  | 'today'
  | 'todayLong'
  | 'coolDownEnd'
  | 'contract'
  | 'scope'
  | 'revisionsIncluded'
  | 'noticeDays'
  | 'announceDate'
  | 'announceDateLong'
  | 'noticeEnd'
  | 'noticeEndLong'
  | 'deliverableEnd'
  | 'overdueList'
  | 'overdueIds'
  | 'overdueTotal'
  | 'oldestOverdueDays'
  | 'colleague'
  | 'colleagueEmail'
  | 'specialty'
  | 'providerKind'
  | 'handoverItems'
  | 'reason'
  | 'lateList'
  | 'averageDaysLate'
  | 'deposit'
  | 'paymentTerms'
  | 'lateFee'
  | 'incomeShare';

export type ScriptId =
  | 'shortConversation'
  | 'writtenNotice'
  | 'referralEmail'
  | 'agencyVariant'
  | 'specialistVariant'
  | 'handoverNote'
  | 'paymentFriendly'
  | 'paymentFirm'
  | 'paymentFinal'
  | 'newTerms';

export interface ScriptTemplate {
  title: string;
  /** One line shown under the title in the quick pick. */
  detail: string;
  /** Snippet prefix (without the language part). */
  prefix: string;
  body: string;
}

export interface LanguagePack {
  /** Display name of the language in its own words. */
  name: string;
  /** date-fns pattern for long dates in letters. */
  longDate: string;
  heading: string; // `{today}` is replaced by the start date
  steps: {
    coolDown: string;
    contract: string;
    contractNothing: string;
    deliverPaid: string;
    minimiseDamage: string;
    minimiseDamageNothing: string;
    overdueItem: string; // {id} {amount} {days} {due}
    unpaidItem: string; // {id} {amount} {due}
    latePaidItem: string; // {id} {amount} {days} {due}: an invoice paid late, in the "New payment terms" script
    /** Under the cool-down step, for a client whose friction is mostly payment, with no flag. */
    newTermsHint: string; // {clientName}
    /** Under the cool-down step, for a client that brings the concentration share of the income or more. */
    concentration: string; // {clientName} {incomeShare}
    meet: string;
    keepShort: string;
    notice: string;
    referral: string;
  };
  /** Shown at the top when the note has problems. */
  problemsHeading: string;
  /** Said instead of the referral step when the log shows #disrespect. */
  referralSkipped: string;
  placeholders: Record<Slot, string>;
  scripts: Record<ScriptId, ScriptTemplate>;
  /** Texts of the snippets built from this language pack. */
  snippets: {
    checklist: { title: string };
  };
  /** Reason line when the log shows disrespect, for the quick pick. */
  referralWarning: string;
  /** Why "New payment terms" fits a client whose friction is mostly payment, for the quick pick. */
  newTermsReason: string;
}
