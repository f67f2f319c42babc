/** The `silence` signal: `#waiting` entries left unanswered past the reply window. */
import assert from 'node:assert/strict';
import { ago, AS_OF, scoreClient, settings, signalOf } from './helpers';

describe('silence', () => {
  const fm = ['client: Q'];

  it('counts a #waiting left unanswered past the reply window, growing with the days and never fading', () => {
    const at = (days: number) => signalOf(scoreClient(fm, [`- ${ago(days)} Sent the invoice query #waiting`]), 'silence');
    assert.equal(at(7), undefined, 'within the 7-day window');
    const s = at(21)!;
    assert.match(s.detail, /^1 message unanswered past the 7-day reply window \(longest 21 days, since 2026-11-06\)$/);
    assert.match(s.evidence[0].text, /^no reply for 21 days: 2026-11-06 Sent the invoice query #waiting$/);
    assert.ok(at(40)!.points > s.points, 'grows with the days');
    // An open wait does not fade: 2 + 0.4 per day beyond the window.
    assert.equal(s.points, 7.6);
  });

  it('closes every open #waiting before a #reply; one answered late counts a little and fades', () => {
    const log = [`- ${ago(60)} Question about the brief #waiting`, `- ${ago(55)} Reminder #waiting`, `- ${ago(40)} They answered both #reply`];
    const s = signalOf(scoreClient(fm, log), 'silence')!;
    // The reminder lengthens the one wait (issue 19): one wait, answered late, counted once.
    assert.equal(s.evidence.length, 1);
    assert.match(s.detail, /^1 answered late \(up to 20 days\)$/);
    assert.match(s.evidence[0].text, /^answered after 20 days \(on 2026-10-18\): 2026-09-28 Question about the brief #waiting \(1 reminder, 2026-10-03\)$/);
    assert.ok(s.points < 5, `answered late counts a little: ${s.points}`);
    const later = signalOf(scoreClient(fm, log, settings(), AS_OF + 200), 'silence');
    assert.ok(later === undefined || later.points < s.points / 2, 'and fades');
  });

  it('counts a wait once, open or answered, however many reminders it took (issue 19)', () => {
    const reminders = [`- ${ago(35)} Asked about the next sprint and the invoice #waiting`, `- ${ago(28)} Reminder #waiting`, `- ${ago(17)} Reminder about the invoice #waiting`];
    const s = signalOf(scoreClient(fm, reminders), 'silence')!;
    assert.equal(s.evidence.length, 1);
    assert.match(s.detail, /^1 message unanswered past the 7-day reply window \(longest 35 days, since 2026-10-23\)$/);
    assert.match(s.evidence[0].text, /\(2 reminders, latest 2026-11-10\)$/);
    const one = signalOf(scoreClient(fm, [reminders[0]]), 'silence')!;
    assert.equal(s.points, one.points, 'the reminders add no points of their own');
    // After the reply, a new #waiting is a new wait: one answered late, one open.
    const two = signalOf(scoreClient(fm, [...reminders, `- ${ago(14)} Answered #reply`, `- ${ago(12)} Sent the next question #waiting`]), 'silence')!;
    assert.equal(two.evidence.length, 2);
    assert.match(two.detail, /^1 message unanswered .*; 1 answered late \(up to 21 days\)$/);
  });

  it('counts nothing for a #waiting answered on the last day of the window', () => {
    assert.equal(signalOf(scoreClient(fm, [`- ${ago(30)} Sent #waiting`, `- ${ago(23)} Answer #reply`]), 'silence'), undefined);
    assert.ok(signalOf(scoreClient(fm, [`- ${ago(30)} Sent #waiting`, `- ${ago(22)} Answer #reply`]), 'silence'));
  });

  it('lets a #reply before any #waiting close nothing', () => {
    const s = signalOf(scoreClient(fm, [`- ${ago(40)} Answer out of the blue #reply`, `- ${ago(20)} Sent #waiting`]), 'silence')!;
    assert.match(s.detail, /^1 message unanswered .* \(longest 20 days/);
  });

  it('reads an entry that is both a reply and a new question as closing, then opening', () => {
    const s = signalOf(scoreClient(fm, [`- ${ago(40)} Sent #waiting`, `- ${ago(38)} They answered with a question #reply #waiting`]), 'silence')!;
    assert.equal(s.evidence.length, 1);
    assert.match(s.evidence[0].text, /no reply for 38 days/);
  });

  it('follows the reply window of the settings, and counts a reply only from its own date on', () => {
    const log = [`- ${ago(12)} Sent #waiting`];
    assert.ok(signalOf(scoreClient(fm, log), 'silence'));
    assert.equal(signalOf(scoreClient(fm, log, settings({ replyDays: 14 })), 'silence'), undefined);
    // The reply is dated after the as-of date: as of then, the wait is still open.
    const withReply = [...log, `- ${ago(-3)} Answer #reply`];
    assert.match(signalOf(scoreClient(fm, withReply), 'silence')!.detail, /^1 message unanswered/);
    assert.match(signalOf(scoreClient(fm, withReply, settings(), AS_OF + 3), 'silence')!.detail, /^1 answered late \(up to 15 days\)$/);
  });
});
