import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/intents/index.js';
import { DEFAULT_NOW, dayAt, loadUtterances } from './load-utterances.js';

// The development table: every line must come out exactly as written (intent and entities).
const rows = loadUtterances('dev');

describe('the development utterance table', () => {
  it('has at least 600 lines', () => {
    expect(rows.length).toBeGreaterThanOrEqual(600);
  });

  it.each(rows.map((r) => [r.text, r] as const))('"%s" is recognized as written', (_, row) => {
    const got = recognize(row.text, { now: dayAt(row.now ?? DEFAULT_NOW) });
    expect({ intent: got.intent, entities: got.entities }).toEqual({
      intent: row.intent,
      entities: row.entities,
    });
  });
});
