import { expect } from 'vitest';
import { button, type Card, type InvokeBody } from './agent.js';
import { validateCard } from './validate-card.js';
import { MAX_CARD_BYTES } from '../../src/cards/render.js';
import type { PcApi } from './sandbox.js';

/**
 * Helpers for write tests: the sandbox's write counters (`GET /_sandbox/stats` counts changes
 * actually made, so an idempotent replay does not count) and the confirmation card's buttons.
 */
export type WriteCounts = Record<string, number>;

export async function writeCounts(pc: PcApi): Promise<WriteCounts> {
  const res = await pc.get<{ writes: WriteCounts }>('/_sandbox/stats');
  return res.body.writes;
}

/** How many writes of each kind happened since `before` (kinds with 0 left out). */
export async function writesSince(pc: PcApi, before: WriteCounts): Promise<WriteCounts> {
  const now = await writeCounts(pc);
  const out: WriteCounts = {};
  for (const [kind, n] of Object.entries(now)) {
    const delta = n - (before[kind] ?? 0);
    if (delta !== 0) out[kind] = delta;
  }
  return out;
}

export function confirmButton(card: unknown) {
  const b = button(card, 'Confirm');
  expect(b.verb).toBe('confirm');
  return b;
}

export function cancelButton(card: unknown) {
  const b = button(card, 'Cancel');
  expect(b.verb).toBe('cancel');
  return b;
}

/** The card an invoke answered with, checked like every other card. */
export function invokeCard(res: { status: number; body: InvokeBody }): Card {
  expect(res.status).toBe(200);
  const card = res.body.value as Card;
  expect(card?.type).toBe('AdaptiveCard');
  const check = validateCard(card);
  expect(check.errors).toEqual([]);
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return card;
}
