import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { INTENT_IDS, recognize } from '../../../src/intents/index.js';
import { DEFAULT_NOW, dayAt, loadUtterances } from './load-utterances.js';

// The holdout table was written from INTENTS.md alone, before the recognizer was measured on
// it, in voices the other tables lack (help desk on the phone, sales, terse admins, non-native
// English, typos, shouting, @mentions). Its periods are relative to 2026-12-01. Like the blind
// table it is held to aggregate targets, not line by line.
const rows = loadUtterances('holdout');

describe('the holdout utterance table', () => {
  const results = rows.map((row) => {
    const got = recognize(row.text, { now: dayAt(row.now ?? DEFAULT_NOW) });
    const intentOk = got.intent === row.intent;
    return {
      row,
      got,
      intentOk,
      entitiesOk: intentOk && isDeepStrictEqual(got.entities, row.entities),
    };
  });

  it('has at least 300 utterances covering every intent of the catalogue', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const covered = new Set(rows.map((r) => r.intent));
    expect(INTENT_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('recognizes at least 95 % of intents and 90 % of entity sets exactly', () => {
    const intentAccuracy = results.filter((r) => r.intentOk).length / rows.length;
    const entityAccuracy = results.filter((r) => r.entitiesOk).length / rows.length;
    const misses = results
      .filter((r) => !r.entitiesOk)
      .map(
        (r) =>
          `${JSON.stringify(r.row.text)}: want ${r.row.intent} ${JSON.stringify(r.row.entities)}, got ${r.got.intent} ${JSON.stringify(r.got.entities)}`,
      );
    if (misses.length > 0) console.info(`holdout misses (${misses.length}):\n${misses.join('\n')}`);
    console.info(
      `holdout: intent ${(intentAccuracy * 100).toFixed(1)} %, entities ${(entityAccuracy * 100).toFixed(1)} %`,
    );
    expect(intentAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(entityAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
