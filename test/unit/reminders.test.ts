/**
 * The reminders due (issue 24): each unpaid invoice past its due date has
 * the reminder of the tone it reached, until a `#waiting` entry naming it is
 * written on or after that tone's day (Mark as Sent), and a snoozed one is
 * hidden until its day.
 */
import assert from 'node:assert/strict';
import { catalogue } from '../../src/core/l10n';
import { logInsertion } from '../../src/core/noteEdits';
import { summarizeClient } from '../../src/core/rank/portfolio';
import { isSnoozed, remindersDue, sentReminderLine, snooze, snoozeKey, toneReached } from '../../src/core/reminders/remindersDue';
import { textNames } from '../../src/core/read/promise';
import { AS_OF, ago, clientNote, day, exampleNames, invoiceLines, note, readClient, readExample, settings } from './helpers';

const S = settings();
const due = (frontmatter: string[], log: string[] = [], asOf = AS_OF) => remindersDue(readClient(frontmatter, log), S, asOf);
const FM = (daysOverdue: number, extra: string[] = []) => ['client: Acme', 'currency: USD', 'invoices:', ...invoiceLines('AC-7', ago(daysOverdue), undefined, 1200), ...extra];

describe('reminders due', () => {
  it('lists the three reminders the examples have due on their day, most overdue first', () => {
    const all = exampleNames().flatMap((f) => remindersDue(note(readExample(f), `clients/${f}`), S, AS_OF));
    all.sort((a, b) => b.daysOverdue - a.daysOverdue);
    assert.deepEqual(
      all.map((r) => [r.client, r.invoice, r.amount, r.currency, r.daysOverdue, r.tone]),
      [
        ['Juniper Events', 'JE-12', 3400, 'EUR', 48, 'final'],
        ['Northwind Studio', 'NW-019', 3100, 'EUR', 44, 'final'],
        // A #waiting reminder about GL-06 went on 2026-11-10, before the firm one came due (2026-11-14).
        ['Granite Logistics', 'GL-06', 2600, 'EUR', 27, 'firm'],
      ],
    );
  });

  it('takes each tone on its day: friendly from the first day overdue, firm after 14 days, final after 30', () => {
    assert.deepEqual(due(FM(0)), []);
    const tones = [1, 13, 14, 29, 30, 200].map((d) => due(FM(d)).map((r) => [r.tone, r.daysOverdue, r.toneDay]));
    assert.deepEqual(tones, [
      [['friendly', 1, AS_OF]],
      [['friendly', 13, AS_OF - 12]],
      [['firm', 14, AS_OF]],
      [['firm', 29, AS_OF - 15]],
      [['final', 30, AS_OF]],
      [['final', 200, AS_OF - 170]],
    ]);
    assert.deepEqual(toneReached(AS_OF, AS_OF, settings({ paymentReminders: { friendly: 2, firm: 5, final: 9 } })), undefined);
    assert.deepEqual(toneReached(AS_OF - 5, AS_OF, settings({ paymentReminders: { friendly: 2, firm: 5, final: 9 } })), { tone: 'firm', day: AS_OF });
  });

  it('has none for a paid invoice, one not issued yet, or one without a due date', () => {
    assert.deepEqual(due(['client: A', 'invoices:', ...invoiceLines('A-1', ago(40), ago(2))]), []);
    assert.deepEqual(due(['client: A', 'invoices:', ...invoiceLines('A-1', ago(40), undefined, 100, ago(-3))]), []);
    assert.deepEqual(due(['client: A', 'invoices:', '  - id: A-1', '    amount: 100']), []);
    // Paid after the day the scores are pinned to: still due on that day.
    assert.equal(due(['client: A', 'invoices:', ...invoiceLines('A-1', ago(40), ago(-2))]).length, 1);
  });

  it('counts a reminder as sent by a #waiting entry naming the invoice, on or after the day its tone came due', () => {
    // 20 days overdue: firm since 6 days ago.
    const sent = (line: string) => due(FM(20), [line]).length === 0;
    assert.equal(sent(`- ${ago(6)} Sent reminder for AC-7 #waiting`), true);
    assert.equal(sent(`- ${ago(1)} Email: chased ac-7, (again). #waiting`), true, 'any case, any punctuation');
    assert.equal(sent(`- ${ago(1)} Peringatan dihantar untuk AC-7 #menunggu`), true, 'the Malay tag');
    assert.equal(sent(`- ${ago(-5)} Sent reminder for AC-7 #waiting`), true, 'marked as sent after a pinned day');
    assert.equal(sent(`- ${ago(7)} Sent reminder for AC-7 #waiting`), false, 'before the firm tone: that was the friendly one');
    assert.equal(sent(`- ${ago(1)} Sent reminder for AC-7`), false, 'without #waiting');
    assert.equal(sent(`- ${ago(1)} Sent reminder for AC-70 #waiting`), false, 'another invoice');
    assert.equal(sent(`- ${ago(1)} Sent reminder for XAC-7 #waiting`), false, 'a word of its own');
    assert.equal(textNames('about NW 19 and more', 'NW 19'), true, 'an id of two words');
  });

  it('writes the Mark as Sent line, which the reader takes as sent, in the note\'s language', () => {
    const line = sentReminderLine('AC-7', day('2026-12-08'), S, catalogue('en'));
    assert.equal(line, '- 2026-12-08 Sent reminder for AC-7 #waiting');
    assert.equal(sentReminderLine('AC-7', day('2026-12-08'), S, catalogue('ms')), '- 2026-12-08 Peringatan dihantar untuk AC-7 #waiting');
    const hash = sentReminderLine('#12', day('2026-12-08'), S, catalogue('en'));
    assert.equal(hash, '- 2026-12-08 Sent reminder for \\#12 #waiting', 'a # that starts an id is no tag');
    assert.deepEqual(remindersDue(note(clientNote(['client: H', 'invoices:', ...invoiceLines('"#12"', ago(3))], [hash])), S, AS_OF), []);
    const text = clientNote(FM(20), [`- ${ago(30)} 2h Work`]);
    const edit = logInsertion(text, sentReminderLine('AC-7', AS_OF, S, catalogue('en')), S);
    const after = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    assert.deepEqual(remindersDue(note(text), S, AS_OF).length, 1);
    assert.deepEqual(remindersDue(note(after), S, AS_OF), []);
    // The next tone is a new reminder: final, 10 days on.
    assert.deepEqual(remindersDue(note(after), S, AS_OF + 10).map((r) => r.tone), ['final']);
  });

  it('hides a snoozed reminder until its day, and only that tone', () => {
    const [r] = due(FM(20));
    const snoozes = snooze({ [snoozeKey({ file: 'old', invoice: 'X', tone: 'firm' })]: '2026-01-01' }, r, AS_OF + 3, AS_OF);
    assert.deepEqual(Object.values(snoozes), ['2026-11-30'], 'a snooze whose day has passed is dropped');
    assert.equal(isSnoozed(r, snoozes, AS_OF), true);
    assert.equal(isSnoozed(r, snoozes, AS_OF + 2), true);
    assert.equal(isSnoozed(r, snoozes, AS_OF + 3), false, 'back on its day');
    const [final] = remindersDue(readClient(FM(20)), S, AS_OF + 10);
    assert.equal(isSnoozed(final, snoozes, AS_OF + 1), false, 'the final tone is not the firm one snoozed');
    assert.equal(isSnoozed(r, { [snoozeKey(r)]: 'not a day' }, AS_OF), false);
  });

  it('keeps the earliest unpaid due date in the summary, so only notes with one are read for reminders', () => {
    const s = summarizeClient(readClient(['client: A', 'invoices:', ...invoiceLines('A-1', ago(5)), ...invoiceLines('A-2', ago(40)), ...invoiceLines('A-3', ago(90), ago(80))]), S, AS_OF);
    assert.equal(s.unpaidDue, AS_OF - 40);
    assert.equal(summarizeClient(readClient(['client: B']), S, AS_OF).unpaidDue, undefined);
  });
});
