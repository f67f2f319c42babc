/**
 * A script sent rather than kept in the note: its subject and body as an
 * email, and the `mailto:` draft (RFC 6068) that opens it in the user's mail
 * program, addressed to the note's contact. Nothing is sent by the extension:
 * the draft opens only on the user's click, for them to read and send.
 */
import { ClientNote } from '../read/note';

export interface EmailDraft {
  /** The note's contact address, when it has a plausible one. */
  to?: string;
  subject: string;
  body: string;
}

/** A script's text as an email: a first line `Subject: …` becomes the subject. */
export function emailOf(scriptText: string, note: Pick<ClientNote, 'contact'>): EmailDraft {
  const lines = scriptText.replace(/\r\n?/g, '\n').split('\n');
  let subject = '';
  let start = 0;
  const first = /^(?:Subject|Subjek|Perkara):\s*(.*)$/i.exec(lines[0] ?? '');
  if (first) {
    subject = first[1].trim();
    start = 1;
    while (start < lines.length && lines[start].trim() === '') start++;
  }
  const email = note.contact?.email?.trim();
  return { to: email && PLAUSIBLE_ADDRESS.test(email) ? email : undefined, subject, body: lines.slice(start).join('\n').replace(/\s+$/, '') };
}

// One address, nothing that would add headers or recipients to the link.
const PLAUSIBLE_ADDRESS = /^[^\s@<>,;:"()[\]\\?&=%#]+@[^\s@<>,;:"()[\]\\?&=%#]+\.[^\s@<>,;:"()[\]\\?&=%#]+$/;

/**
 * `mailto:dana@example.com?subject=…&body=…`, every value percent-encoded
 * (UTF-8), line breaks as `%0D%0A` as RFC 6068 asks. The address itself is
 * checked (PLAUSIBLE_ADDRESS) and encoded, so a note cannot add a recipient
 * or a header to the draft.
 */
export function mailtoLink(draft: EmailDraft): string {
  const crlf = (text: string) => text.replace(/\r\n?|\n/g, '\r\n');
  const params = [`subject=${encodeURIComponent(draft.subject)}`, `body=${encodeURIComponent(crlf(draft.body))}`];
  return `mailto:${draft.to ? encodeURIComponent(draft.to).replace(/%40/g, '@') : ''}?${params.join('&')}`;
}
