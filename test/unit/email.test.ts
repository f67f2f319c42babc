import assert from 'node:assert/strict';
import fc from 'fast-check';
import { emailOf, mailtoLink } from '../../src/core/offboard/email';
import { renderScript } from '../../src/core/offboard/offboarding';
import { AS_OF, note, readExample, settings } from './helpers';

/** The subject, body and address a mail program reads from a mailto: link (RFC 6068). */
function readMailto(link: string): { to: string; subject: string; body: string } {
  const url = new URL(link);
  assert.equal(url.protocol, 'mailto:');
  const params = new Map(url.search.slice(1).split('&').map((p) => p.split('=') as [string, string]));
  assert.deepEqual([...params.keys()], ['subject', 'body'], 'nothing but a subject and a body');
  return { to: decodeURIComponent(url.pathname), subject: decodeURIComponent(params.get('subject')!), body: decodeURIComponent(params.get('body')!) };
}

describe('scripts sent as email (issue 21)', () => {
  it('takes the subject line off a script and addresses it to the note\'s contact', () => {
    const n = note(readExample('northwind-studio.md'), 'clients/northwind-studio.md');
    const draft = emailOf(renderScript('paymentFinal', n, settings(), AS_OF, 'en', 'text'), n);
    assert.equal(draft.to, 'dana@northwind.example');
    assert.equal(draft.subject, 'Final notice: NW-019');
    assert.match(draft.body, /^Dear Dana Whitfield,\n/);
    const read = readMailto(mailtoLink(draft));
    assert.deepEqual(read, { to: 'dana@northwind.example', subject: draft.subject, body: draft.body.replace(/\n/g, '\r\n') });
    const ms = emailOf(renderScript('paymentFinal', n, settings({ language: 'ms' }), AS_OF, 'ms', 'text'), n);
    assert.match(ms.subject, /^Notis terakhir: NW-019$/);
  });

  it('keeps any text in the subject and body, and no note can add a recipient or a header (property)', () => {
    const hostile = fc.constantFrom('a@b.c?cc=x@y.z', 'a@b.c&bcc=x@y.z', 'a@b.c\nBcc: x@y.z', 'x@y.z, z@q.r', 'dana@northwind.example', '<a@b.c>', '', 'a%40b.c@d.e');
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 300 }), hostile, (subject, body, email) => {
        const link = mailtoLink(emailOf(`Subject: ${subject.replace(/[\r\n]/g, ' ')}\n\n${body}`, { contact: { email } }));
        assert.doesNotMatch(link, /[\s<>"]/, 'one token, every character encoded');
        const read = readMailto(link);
        assert.equal(read.subject, subject.replace(/[\r\n]/g, ' ').trim());
        assert.ok(read.to === '' || read.to === email, `to ${read.to}`);
        assert.ok(!/[?&,\n]/.test(read.to));
      }),
      { numRuns: 1000 },
    );
  });
});
