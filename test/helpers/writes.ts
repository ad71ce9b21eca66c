import { afterAll, beforeAll, expect } from 'vitest';
import type { HostOverrides } from '../../src/host.js';
import { button, startTestAgent, type Card, type InvokeBody, type TestAgent } from './agent.js';
import { validateCard } from './validate-card.js';
import { MAX_CARD_BYTES } from '../../src/cards/render.js';
import { createApi, customerNamed, type PcApi } from './sandbox.js';

/**
 * Helpers for write tests: the agent a test file runs against (`useWriteAgent`), the sandbox's
 * write counters (`GET /_sandbox/stats` counts changes actually made, so an idempotent replay does
 * not count) and the confirmation card's buttons. The card and sandbox helpers every write test
 * uses are re-exported, so a test file needs one import from here.
 */
export { actionsOf, button, cardsOf, onlyCard, tableRowsOf, textsOf } from './agent.js';
export { customerNamed, findSubscription, findUser } from './sandbox.js';

export interface WriteAgentOptions {
  /** Configuration on top of `startTestAgent`'s (e.g. `ROLE_MAP`). */
  env?: Record<string, string>;
  /** Host overrides (e.g. a clock the test moves). */
  overrides?: HostOverrides;
  /** Starts the agent instead of `startTestAgent(env, overrides)` (e.g. one whose logs are kept). */
  start?: () => Promise<TestAgent>;
  /**
   * Customers whose ids are looked up in `beforeAll`, so the look-up is not among the sandbox
   * requests a test counts.
   */
  customers?: string[];
}

/** What `useWriteAgent` gives a test file; usable in tests and hooks once `beforeAll` ran. */
export interface WriteAgent {
  /** The agent (with its embedded sandbox). */
  readonly agent: TestAgent;
  /** The embedded sandbox's API. */
  readonly pc: PcApi;
  /** The id of the customer with exactly this company name (looked up once per name). */
  customerId(name: string): Promise<string>;
}

/** An empty card: validating it loads jsdom + adaptivecards. */
const PRELOAD_CARD = { type: 'AdaptiveCard', version: '1.5', body: [] };

/**
 * Registers a test file's agent: `beforeAll` loads the card validator (its first load blocks the
 * event loop, so it is done before the first turn), starts the agent and looks up `customers`;
 * `afterAll` closes it.
 *
 * @example
 *   const w = useWriteAgent({ customers: ['Contoso Ltd'] });
 *   it('...', async () => {
 *     const chat = w.agent.conversation();
 *     const counts = await writeCounts(w.pc);
 *     const e3 = await findSubscription(w.pc, await w.customerId('Contoso Ltd'), 'Microsoft 365 E3');
 *   });
 */
export function useWriteAgent(options: WriteAgentOptions = {}): WriteAgent {
  let agent: TestAgent | undefined;
  let pc: PcApi | undefined;
  const ids = new Map<string, Promise<string>>();
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) {
      throw new Error(
        `useWriteAgent: ${what} used before its beforeAll started the agent (use it in a test or hook)`,
      );
    }
    return value;
  };
  const handle: WriteAgent = {
    get agent() {
      return started(agent, 'agent');
    },
    get pc() {
      return started(pc, 'pc');
    },
    customerId(name) {
      let id = ids.get(name);
      if (!id) {
        id = (async () => (await customerNamed(handle.pc, name)).id)();
        ids.set(name, id);
        // A failed look-up is not remembered.
        id.catch(() => ids.delete(name));
      }
      return id;
    },
  };
  beforeAll(async () => {
    validateCard(PRELOAD_CARD);
    agent = await (options.start?.() ?? startTestAgent(options.env, options.overrides));
    pc = createApi(agent.host.sandbox!.url);
    for (const name of options.customers ?? []) await handle.customerId(name);
  });
  afterAll(() => agent?.close());
  return handle;
}

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
