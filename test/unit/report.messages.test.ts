import assert from 'node:assert/strict';
import { parseReportRequest } from '../../src/core/report/messages';

describe('report: messages from the webview', () => {
  const file = 'file:///work/clients/northwind.md';

  it('reads the three requests the page may send', () => {
    assert.deepEqual(parseReportRequest({ command: 'ready', version: 3 }), { command: 'ready', version: 3 });
    assert.deepEqual(parseReportRequest({ command: 'openClient', file }), { command: 'openClient', file });
    assert.deepEqual(parseReportRequest({ command: 'insertReminder', file, tone: 'firm', invoice: 'NW-019', extra: 'ignored' }), {
      command: 'insertReminder',
      file,
      tone: 'firm',
      invoice: 'NW-019',
    });
  });

  it('refuses anything else, with a reason', () => {
    const refused = (value: unknown) => {
      const r = parseReportRequest(value);
      assert.ok('refused' in r, JSON.stringify(value));
      return r.refused;
    };
    for (const value of [null, undefined, 42, 'openClient', [file], true]) assert.equal(refused(value), 'not a message object');
    assert.match(refused({ command: 'runCommand', file }), /^unknown command "runCommand"$/);
    assert.match(refused({ command: { toString: () => 'x' } }), /^unknown command/);
    assert.match(refused({ command: '__proto__' }), /^unknown command/);
    assert.match(refused({ file }), /^unknown command "undefined"$/);
    assert.match(refused({ command: 'ready' }), /needs a version/);
    assert.match(refused({ command: 'ready', version: 1.5 }), /needs a version/);
    assert.match(refused({ command: 'openClient', file: '' }), /needs a file/);
    assert.match(refused({ command: 'openClient', file: 42 }), /needs a file/);
    assert.match(refused({ command: 'openClient', file: 'x'.repeat(5000) }), /needs a file/);
    assert.match(refused({ command: 'insertReminder', file, tone: 'angry', invoice: 'A' }), /tone/);
    assert.match(refused({ command: 'insertReminder', file, tone: 'final' }), /an invoice/);
    assert.match(refused({ command: 'insertReminder', file, tone: 'toString', invoice: 'A' }), /tone/);
    assert.ok(refused({ command: 'x'.repeat(10000) }).length < 80, 'a long command is not echoed whole');
  });
});
