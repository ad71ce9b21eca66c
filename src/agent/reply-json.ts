import { randomUUID } from 'node:crypto';
import { sharedCardJson } from '../cards/render.js';

/**
 * Where a shared card's JSON text goes. Random per process, so no text a user sends can forge it
 * (JSON.stringify writes the NULs as `\u0000`, which is how it is found again).
 */
const MARK = `\u0000card-${randomUUID()}\u0000`;
const MARK_IN_JSON = JSON.stringify(MARK);

/**
 * JSON.stringify for the agent's HTTP answers (the expectReplies body, invoke responses), which
 * splices in the JSON text a shared card already has (cards/render.ts) instead of serializing its
 * few hundred objects again: a warm "show subscriptions" turn carries the same 4.5 KB card each
 * time. The output is the same text JSON.stringify would write.
 */
export function replyJson(body: unknown): string | undefined {
  const cards: string[] = [];
  const json = JSON.stringify(body, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object') {
      const text = sharedCardJson(value);
      if (text !== undefined) {
        cards.push(text);
        return MARK;
      }
    }
    return value;
  });
  if (json === undefined || cards.length === 0) return json;
  const parts = json.split(MARK_IN_JSON);
  let out = parts[0]!;
  for (let i = 0; i < cards.length; i++) out += cards[i]! + parts[i + 1]!;
  return out;
}
