/** Hard flags: a recent `#disrespect` or `#chargeback`, named, never below strained. */
import assert from 'node:assert/strict';
import { formatIsoDay } from '../../src/core/dates';
import { ago, scoreClient, settings } from './helpers';

describe('hard flags', () => {
  it('flag #disrespect/#rude and #chargeback of the last 180 days, by name, the latest entry of each', () => {
    const r = scoreClient(['client: F'], [`- ${ago(100)} #rude`, `- ${ago(20)} Insulting email #disrespect`, `- ${ago(10)} #dispute`]);
    assert.deepEqual(r.flags.map((f) => [f.id, formatIsoDay(f.day)]), [['disrespect', ago(20)], ['chargeback', ago(10)]]);
  });

  it('expire on day 181', () => {
    assert.deepEqual(scoreClient(['client: F'], [`- ${ago(180)} #rude`]).flags.map((f) => f.id), ['disrespect']);
    assert.deepEqual(scoreClient(['client: F'], [`- ${ago(181)} #rude`]).flags, []);
    assert.deepEqual(scoreClient(['client: F'], [`- ${ago(100)} #rude`], settings({ flagDays: 90 })).flags, []);
  });

  it('keep a flagged client at strained or above', () => {
    const r = scoreClient(['client: F'], [`- ${ago(170)} One abusive message #rude`]);
    assert.ok(r.rawPoints < 10, `faded: ${r.rawPoints}`);
    assert.equal(r.score, 35);
    assert.equal(r.band, 'strained');
    assert.equal(scoreClient(['client: F'], [`- ${ago(170)} #rude`], settings({ bandThresholds: { watch: 20, strained: 50, fire: 70 } })).score, 50);
  });
});
