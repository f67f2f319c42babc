/** The tag vocabulary as the log reader applies it. */
import assert from 'node:assert/strict';
import { readClient } from './helpers';

describe('new tags', () => {
  it('reads #waiting, #reply (#replied), #promise, #broken-promise and #chargeback (#dispute, #refund-demand)', () => {
    const n = readClient(['client: T'], [
      '- 2026-11-02 Sent the draft for approval #waiting',
      '- 2026-11-03 They #Replied',
      '- 2026-11-04 Paid by 2026-11-20 #promise',
      '- 2026-11-05 Said again it is coming #broken-promise',
      '- 2026-11-06 Bank reversal #chargeback',
      '- 2026-11-07 Card #dispute',
      '- 2026-11-08 Wants the deposit back #refund-demand',
    ]);
    assert.deepEqual(n.log.map((e) => e.tags), [['waiting'], ['reply'], ['promise'], ['broken-promise'], ['chargeback'], ['chargeback'], ['chargeback']]);
  });
});
