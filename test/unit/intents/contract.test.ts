import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/intents/classify.js';
import {
  ENTITY_NAMES,
  INTENT_ENTITIES,
  INTENT_IDS,
  recognize,
} from '../../../src/intents/index.js';
import { loadUtterances } from './load-utterances.js';

describe('the recognizer contract', () => {
  it('has unique intent ids, "none" among them, and a rule for every other one', () => {
    expect(new Set(INTENT_IDS).size).toBe(INTENT_IDS.length);
    expect(INTENT_IDS).toContain('none');
    const ruled = new Set(RULES.map((r) => r.intent));
    expect(INTENT_IDS.filter((id) => id !== 'none' && !ruled.has(id))).toEqual([]);
  });

  it('declares for every intent only entity names of the contract', () => {
    for (const id of INTENT_IDS) {
      for (const name of INTENT_ENTITIES[id]) expect(ENTITY_NAMES).toContain(name);
    }
  });

  it('returns the text as given, a score in [0, 1] and only the entities its intent declares', () => {
    for (const row of [...loadUtterances('dev'), ...loadUtterances('blind')]) {
      const got = recognize(row.text);
      expect(got.text).toBe(row.text);
      expect(got.score).toBeGreaterThanOrEqual(0);
      expect(got.score).toBeLessThanOrEqual(1);
      for (const [name, value] of Object.entries(got.entities)) {
        expect(INTENT_ENTITIES[got.intent]).toContain(name);
        expect(value).not.toBeUndefined();
      }
    }
  });

  it('gives the same answer for the same text and date, every time', () => {
    const now = new Date(2026, 10, 21, 12);
    const text = 'add 5 seats of M365 E3 for Fabrikam';
    expect(recognize(text, { now })).toEqual(recognize(text, { now }));
  });

  it('when the text is empty or blank, then it is "none" with no entities', () => {
    expect(recognize('')).toEqual({ text: '', intent: 'none', score: 1, entities: {} });
    expect(recognize('   ').intent).toBe('none');
  });

  it('when the text is off topic or gibberish, then it is "none"', () => {
    for (const text of ["what's the weather", 'asdfgh', 'tell me a joke', 'order a pizza']) {
      expect(recognize(text).intent).toBe('none');
    }
  });
});
