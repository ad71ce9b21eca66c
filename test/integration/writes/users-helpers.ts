import { MemoryStorage } from '@microsoft/agents-hosting';
import { expect } from 'vitest';
import { createLogger } from '../../../src/shared/logger.js';
import {
  actionsOf,
  button,
  cardsOf,
  startTestAgent,
  textsOf,
  type Card,
  type TestAgent,
  type TestConversation,
} from '../../helpers/agent.js';
import { invokeCard } from '../../helpers/writes.js';

/**
 * For the user-write tests: an agent whose every log line (debug and up) and every stored
 * conversation-state write are kept, so a test can check that a one-time password went nowhere
 * but the answer to Confirm.
 */
export interface WatchedAgent {
  agent: TestAgent;
  /** Every log line so far. */
  logs: string[];
  /** Everything the agent's conversation storage holds now, as JSON text. */
  stored(): string;
}

export async function startWatchedAgent(): Promise<WatchedAgent> {
  const logs: string[] = [];
  const storage = new MemoryStorage();
  const agent = await startTestAgent(
    {},
    {
      logger: createLogger({ level: 'debug', json: true, sink: (line) => logs.push(line) }),
      storage,
    },
  );
  return {
    agent,
    logs,
    stored: () => JSON.stringify((storage as unknown as { memory: unknown }).memory),
  };
}

/** The one-time password a result card shows (the text under "Temporary password"). */
export function passwordOn(card: unknown): string | undefined {
  const texts = textsOf(card);
  const at = texts.indexOf('Temporary password');
  return at >= 0 ? texts[at + 1] : undefined;
}

/** Presses the form's "Review the change" with these input values, as Teams sends them. */
export async function submitForm(
  chat: TestConversation,
  form: Card,
  values: Record<string, string>,
): Promise<Card> {
  const submit = button(form, 'Review the change');
  expect(submit.verb).toBe('submit');
  return invokeCard(await chat.press({ ...submit, data: { ...submit.data, ...values } }));
}

/** The input of a form card with this id (its prefilled value, label ...). */
export function inputOf(card: unknown, id: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && o.id === id) found = o;
    else Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}

/** Asserts a card offers no Confirm button (a refusal that calls nothing). */
export function expectNoConfirm(card: unknown): void {
  expect(actionsOf(card).map((a) => a.verb)).not.toContain('confirm');
}

/** All text of every card and message of a reply (to look for a secret in it). */
export function replyText(activities: Awaited<ReturnType<TestConversation['say']>>): string {
  return JSON.stringify([activities.map((a) => a.text ?? ''), cardsOf(activities)]);
}
