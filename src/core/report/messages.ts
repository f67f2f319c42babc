/**
 * What the report webview and the extension say to each other. The webview
 * is a page that shows note text, so everything it sends is checked here
 * before the extension acts on it: an unknown command, a missing field or a
 * field of the wrong kind is refused with a reason. (Whether the file is a
 * note of the workspace is the extension's check: it alone knows.)
 */
export const REMINDER_TONES = ['friendly', 'firm', 'final'] as const;
export type ReminderTone = (typeof REMINDER_TONES)[number];

/**
 * From the webview: it has loaded (and shows the body of that version); open
 * a client (reveal it in the tree and open its note); insert a payment
 * reminder into a client's note.
 */
export type ReportRequest =
  | { command: 'ready'; version: number }
  | { command: 'openClient'; file: string }
  | { command: 'insertReminder'; file: string; tone: ReminderTone; invoice: string; how?: ReminderDelivery };

/** Where a reminder goes (asked when the page does not say): into the note, the clipboard or an email draft. */
export const REMINDER_DELIVERIES = ['insert', 'clipboard', 'email'] as const;
export type ReminderDelivery = (typeof REMINDER_DELIVERIES)[number];

/** To the webview: the report's body, replaced in place (scroll and focus stay). */
export interface ReportUpdate {
  type: 'render';
  html: string;
  version: number;
}

/** A file id or an invoice id is short text; anything longer is not one of ours. */
const MAX_FIELD = 4096;

/** The request, or why it is refused. */
export function parseReportRequest(value: unknown): ReportRequest | { refused: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { refused: 'not a message object' };
  const m = value as Record<string, unknown>;
  const text = (key: string) => (typeof m[key] === 'string' && (m[key] as string).length > 0 && (m[key] as string).length <= MAX_FIELD ? (m[key] as string) : undefined);
  const file = text('file');
  switch (m.command) {
    case 'ready':
      return Number.isSafeInteger(m.version) ? { command: 'ready', version: m.version as number } : { refused: 'ready needs a version' };
    case 'openClient':
      return file ? { command: 'openClient', file } : { refused: 'openClient needs a file' };
    case 'insertReminder': {
      const invoice = text('invoice');
      const tone = REMINDER_TONES.find((t) => t === m.tone);
      if (!file || !invoice || !tone) return { refused: 'insertReminder needs a file, an invoice and a tone (friendly, firm or final)' };
      if (m.how === undefined) return { command: 'insertReminder', file, tone, invoice };
      const how = REMINDER_DELIVERIES.find((h) => h === m.how);
      return how ? { command: 'insertReminder', file, tone, invoice, how } : { refused: 'insertReminder: how must be insert, clipboard or email' };
    }
    default:
      return { refused: `unknown command ${JSON.stringify(String(m.command)).slice(0, 60)}` };
  }
}
