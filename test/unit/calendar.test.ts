/**
 * The calendar of what is coming (issue 24): every event of the notes, read
 * back with ical.js (a maintained RFC 5545 parser) as all-day events on the
 * notes' own dates; UIDs stable across runs and days (a calendar updates
 * them instead of adding them twice); hostile client names escaped, so no
 * note adds an event, a property or a broken line.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { calendarEvents, ClientEvent, eventUid, sortEvents } from '../../src/core/calendar/calendarEvents';
import { foldLine, icalendar, icalText } from '../../src/core/calendar/icalendar';
import { formatIsoDay } from '../../src/core/dates';
import { catalogue } from '../../src/core/l10n';
import { AS_OF, ago, clientNote, exampleNames, invoiceLines, note, readExample, repoRoot, runCli, settings } from './helpers';

const S = settings();
const EN = catalogue('en');

function exampleEvents(asOf = AS_OF): ClientEvent[] {
  return sortEvents(exampleNames().flatMap((f) => calendarEvents(note(readExample(f), `clients/${f}`), `clients/${f}`, S, asOf, EN)));
}

interface Parsed {
  uid: string;
  start: string;
  isDate: boolean;
  end: string;
  summary: string;
  description: string;
}

/** The file read back by ical.js: each VEVENT's UID, dates (as `YYYY-MM-DD`, and whether all-day) and texts. */
function parse(ics: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    assert.ok(v.getFirstPropertyValue('dtstamp'), 'DTSTAMP, as RFC 5545 requires');
    return { uid: e.uid, start: e.startDate.toString(), isDate: e.startDate.isDate, end: e.endDate.toString(), summary: e.summary, description: e.description };
  });
}

const LOG_AND_OFFBOARDING = (name: string) =>
  clientNote(
    [`client: ${name}`, 'currency: EUR', 'invoices:', ...invoiceLines('HX-1', ago(20), undefined, 900), ...invoiceLines('HX-2', ago(-10), undefined, 450)],
    [`- ${ago(3)} Finance: "HX-1 by ${ago(-4)}" #promise`],
    `## Offboarding (started ${ago(5)})\n- [x] Give notice: ends ${ago(-25)}\n- [ ] Offer an alternative\n`,
  );

describe('calendar of what is coming (iCalendar)', () => {
  it('writes every event of the examples, read back by ical.js as all-day events on their dates', () => {
    const events = exampleEvents();
    const parsed = parse(icalendar(events, { name: 'Client Friction', stamp: AS_OF }));
    assert.equal(parsed.length, events.length);
    assert.equal(events.length, 11, 'three reminders due today, four invoices not yet due and their first reminders');
    parsed.forEach((p, i) => {
      assert.equal(p.isDate, true, 'all day');
      assert.equal(p.start, formatIsoDay(events[i].day));
      assert.equal(p.end, formatIsoDay(events[i].day + 1));
      assert.equal(p.uid, events[i].uid);
      assert.equal(p.summary, events[i].summary);
    });
    const today = parsed.filter((p) => p.start === '2026-11-27').map((p) => p.summary);
    assert.deepEqual(today, [
      'Payment reminder (firm): GL-06, Granite Logistics',
      'Payment reminder (final): JE-12, Juniper Events',
      'Payment reminder (final): NW-019, Northwind Studio',
    ]);
    assert.ok(events.every((e) => e.day >= AS_OF), 'nothing before the day');
  });

  it('has the promised payment dates and the notice end date, and each invoice\'s due date and next reminder', () => {
    const events = calendarEvents(note(LOG_AND_OFFBOARDING('Harbour Cafe'), 'clients/h.md'), 'clients/h.md', S, AS_OF, EN);
    assert.deepEqual(
      sortEvents(events).map((e) => [e.kind, formatIsoDay(e.day), e.summary]),
      [
        ['reminder', ago(0), 'Payment reminder (firm): HX-1, Harbour Cafe'],
        ['promise', ago(-4), 'Payment promised: HX-1, Harbour Cafe'],
        ['due', ago(-10), 'Invoice due: HX-2, Harbour Cafe'],
        ['reminder', ago(-11), 'Payment reminder (friendly): HX-2, Harbour Cafe'],
        ['notice', ago(-25), 'Notice ends: Harbour Cafe'],
      ],
    );
    assert.equal(parse(icalendar(events, { name: 'x', stamp: AS_OF })).length, 5);
    // Sent today: the next reminder of HX-1 is the final one, on its day.
    const sent = note(LOG_AND_OFFBOARDING('Harbour Cafe').replace('#promise', '#promise\n- ' + ago(0) + ' Sent reminder for HX-1 #waiting'), 'clients/h.md');
    const next = calendarEvents(sent, 'clients/h.md', S, AS_OF, EN).find((e) => e.kind === 'reminder' && e.invoice === 'HX-1')!;
    assert.deepEqual([next.summary, formatIsoDay(next.day)], ['Payment reminder (final): HX-1, Harbour Cafe', ago(-10)]);
    assert.equal(next.uid, events.find((e) => e.kind === 'reminder' && e.invoice === 'HX-1')!.uid, 'the same event, moved');
  });

  it('keeps each UID across runs and days: a re-import updates the events instead of duplicating them', () => {
    const first = icalendar(exampleEvents(), { name: 'Client Friction', stamp: AS_OF });
    assert.equal(icalendar(exampleEvents(), { name: 'Client Friction', stamp: AS_OF }), first, 'the same input writes the same file');
    const uids = parse(first).map((p) => p.uid);
    assert.equal(new Set(uids).size, uids.length, 'unique');
    const later = exampleEvents(AS_OF + 2).map((e) => e.uid);
    assert.ok(later.every((u) => uids.includes(u)), 'two days on, the events are the same ones');
    assert.equal(eventUid('clients/a.md', 'due', 'A-1'), eventUid('clients/a.md', 'due', 'A-1'));
    assert.notEqual(eventUid('clients/a.md', 'due', 'A-1'), eventUid('clients/b.md', 'due', 'A-1'));
    assert.notEqual(eventUid('clients/a.md', 'due', 'A-1'), eventUid('clients/a.md', 'reminder', 'A-1'));
  });

  it('escapes hostile client names and invoice ids: no event, property or line is added', () => {
    // Between YAML's double quotes: a backslash, quotes, a line break, CRLF and a bell, emoji and a long run of accents.
    const hostile = 'Evil, Inc.; \\\\ \\"q\\"\\nEND:VEVENT\\r\\nBEGIN:VEVENT\\a 🦀🦀🦀 ' + 'é'.repeat(60);
    const text = clientNote(
      [`client: "${hostile}"`, 'invoices:', "  - id: 'HX;1,\\'", '    amount: 900', `    due: ${ago(20)}`],
      [],
      `## Offboarding (started ${ago(5)})\n- [x] Give notice: ends ${ago(-25)}\n`,
    );
    const n = note(text, 'clients/evil.md');
    const events = calendarEvents(n, 'clients/evil.md', S, AS_OF, EN);
    const ics = icalendar(events, { name: 'Client Friction', stamp: AS_OF });
    const parsed = parse(ics);
    assert.equal(parsed.length, events.length, 'as many events as written');
    assert.equal((ics.match(/^BEGIN:VEVENT\r$/gm) ?? []).length, events.length);
    for (const line of ics.split('\r\n').slice(0, -1)) {
      assert.ok(new TextEncoder().encode(line).length <= 75, `folded: ${line}`);
      assert.doesNotMatch(line, /[\u0000-\u0008\u000a-\u001f\u007f]/, 'no control character');
    }
    assert.ok(ics.endsWith('END:VCALENDAR\r\n') && !/[^\r]\n/.test(ics), 'CRLF line ends');
    const name = n.name;
    assert.match(name, /\n/, 'the name does hold a line break');
    const summary = parsed.find((p) => p.summary.startsWith('Notice ends'))!.summary;
    assert.equal(summary, `Notice ends: ${name.replace(/\r\n/g, '\n').replace(/\u0007/g, ' ')}`, 'read back as written: a line break as one, the bell a space');
    assert.ok(parsed.some((p) => p.summary.startsWith('Payment reminder (firm): HX;1,\\, Evil')), 'an invoice id with ; , and \\ read back whole');
  });

  it('folds long lines at 75 octets without splitting a character, and escapes TEXT', () => {
    assert.equal(icalText('a,b;c\\d\ne\r\nf\u0000g\th'), 'a\\,b\\;c\\\\d\\ne\\nf g\th');
    const line = `SUMMARY:${'🦀'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n ');
    assert.ok(parts.length > 1);
    assert.equal(parts.join(''), line, 'unfolded, the same line');
    for (const [i, p] of parts.entries()) assert.ok(new TextEncoder().encode(p).length <= (i === 0 ? 75 : 74));
    assert.ok(parts.every((p) => !/[\ud800-\udbff]$/.test(p)), 'no character cut in two');
  });
});

describe('CLI: client-friction calendar', function () {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cf-calendar-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes the .ics file of a folder (its settings pin the examples\' day), the same as on stdout', () => {
    const out = join(tmp, 'coming.ics');
    const r = runCli(['calendar', 'examples', '--out', out], repoRoot());
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, `wrote ${out}: 11 events\n`);
    const file = readFileSync(out, 'utf8');
    assert.deepEqual(
      parse(file).map((p) => p.uid),
      exampleEvents().map((e) => e.uid),
      'the UIDs name the notes by their path in the folder, as VS Code does',
    );
    const stdout = runCli(['calendar', 'examples', '--as-of', '2026-11-27'], repoRoot());
    assert.equal(stdout.stdout, file);
    const later = runCli(['calendar', 'examples', '--as-of', formatIsoDay(AS_OF + 20)], repoRoot()).stdout;
    assert.deepEqual(parse(later).map((p) => p.uid), exampleEvents(AS_OF + 20).map((e) => e.uid), '--as-of: what is coming from that day');
    assert.ok(exampleEvents(AS_OF + 20).length < 11, 'the due dates passed by then');
  });

  it('speaks Malay, and refuses bad usage with exit status 2', () => {
    const ms = runCli(['calendar', 'examples', '--lang', 'ms'], repoRoot());
    assert.match(ms.stdout, /SUMMARY:Peringatan bayaran \(terakhir\): NW-019\\, Northwind Studio/);
    const bad = runCli(['calendar', 'examples', '--as-of', '2026-02-30'], repoRoot());
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--as-of must be a real date/);
    assert.equal(runCli(['calendar', 'examples', '--json'], repoRoot()).code, 2);
  });
});
