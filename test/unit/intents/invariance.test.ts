import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { recognize, type IntentId } from '../../../src/intents/index.js';
import { DEFAULT_NOW, dayAt, loadUtterances } from './load-utterances.js';

// Politeness, @mentions, punctuation and case must not change what is recognized. Each line of
// the development table is rewritten these ways and compared with the original's recognition.
const CONVERSATION = new Set<IntentId>([
  'greeting',
  'help',
  'cancel',
  'confirm',
  'reject',
  'more',
  'whoami',
  'none',
]);
const REWRITES: readonly [
  name: string,
  rewrite: (t: string) => string,
  conversationToo: boolean,
][] = [
  ['"please" before', (t) => `please ${t}`, false],
  [
    '"could you please" before',
    (t) => `could you please ${t.charAt(0).toLowerCase()}${t.slice(1)}`,
    false,
  ],
  ['"hey," before', (t) => `hey, ${t}`, false],
  ['"please" after', (t) => `${t} please`, false],
  ['a question mark', (t) => `${t.replace(/[?.!]+$/, '')}?`, false],
  ['a Teams <at> mention', (t) => `<at>Partner Center</at> ${t}`, true],
  ['a typed @mention', (t) => `@Partner Center ${t}`, true],
  ['lower case', (t) => t.toLowerCase(), true],
];
const lower = (e: unknown): unknown => JSON.parse(JSON.stringify(e).toLowerCase());

describe('invariance to politeness, mentions and case', () => {
  const rows = loadUtterances('dev').filter((r) => r.intent !== 'none' && r.text.trim() !== '');
  const unstable: string[] = [];
  let total = 0;
  for (const row of rows) {
    const now = dayAt(row.now ?? DEFAULT_NOW);
    const base = recognize(row.text, { now });
    for (const [name, rewrite, conversationToo] of REWRITES) {
      if (!conversationToo && CONVERSATION.has(row.intent)) continue;
      const text = rewrite(row.text);
      const got = recognize(text, { now });
      total++;
      if (
        got.intent !== base.intent ||
        !isDeepStrictEqual(lower(got.entities), lower(base.entities))
      ) {
        unstable.push(
          `${name}: ${JSON.stringify(text)} → ${got.intent} ${JSON.stringify(got.entities)}`,
        );
      }
    }
  }

  it('keeps at least 99.5 % of rewritten utterances the same', () => {
    if (unstable.length > 0)
      console.info(`unstable rewrites (${unstable.length}/${total}):\n${unstable.join('\n')}`);
    expect(1 - unstable.length / total).toBeGreaterThanOrEqual(0.995);
  });

  it('never changes the result for an @mention', () => {
    expect(unstable.filter((u) => u.includes('mention'))).toEqual([]);
  });
});
