import { randomUUID } from 'node:crypto';
import type { Json } from './card-types.js';

/**
 * The activities the terminal chat sends, shaped like Bot Framework Emulator's: channel
 * `emulator`, a personal conversation, replies in the HTTP body (`expectReplies`) except for
 * invokes, whose only answer is the invoke response (agents-sdk.md §2, "Invoke + expectReplies
 * drops the invoke body").
 */
export interface ChatIdentity {
  /** `from.id`: the key the agent stores user state under. */
  userId: string;
  /** `from.name`. */
  userName: string;
  /** `from.properties.upn`, read by src/agent/identity.ts (the role map matches it). */
  upn?: string;
  /** `from.aadObjectId`, the Entra object id Teams sends (the role map matches it). */
  aadObjectId?: string;
  /** `conversation.tenantId`, as Teams sends it. */
  tenantId?: string;
}

export interface ConversationRef {
  identity: ChatIdentity;
  conversationId: string;
  /** Activity ids and timestamps; fixed in tests. */
  newId?: () => string;
  now?: () => Date;
}

export const AGENT_ACCOUNT = { id: 'partner-center-agent', name: 'Partner Center' } as const;

export function newConversationId(): string {
  return `cli-${randomUUID()}`;
}

function base(ref: ConversationRef, type: string): Json {
  const { identity } = ref;
  const now = ref.now?.() ?? new Date();
  return {
    type,
    id: ref.newId?.() ?? randomUUID(),
    channelId: 'emulator',
    locale: 'en-US',
    timestamp: now.toISOString(),
    localTimestamp: localIso(now),
    localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    from: {
      id: identity.userId,
      name: identity.userName,
      ...(identity.aadObjectId ? { aadObjectId: identity.aadObjectId } : {}),
      ...(identity.upn ? { properties: { upn: identity.upn } } : {}),
    },
    recipient: { ...AGENT_ACCOUNT },
    conversation: {
      id: ref.conversationId,
      conversationType: 'personal',
      ...(identity.tenantId ? { tenantId: identity.tenantId } : {}),
    },
  };
}

/** The user joins: the agent answers with its welcome card. */
export function conversationUpdateActivity(ref: ConversationRef): Json {
  return {
    ...base(ref, 'conversationUpdate'),
    deliveryMode: 'expectReplies',
    membersAdded: [{ id: ref.identity.userId, name: ref.identity.userName }, { ...AGENT_ACCOUNT }],
  };
}

/** A typed message, or an Action.Submit (no text, the submit data as `value`). */
export function messageActivity(
  ref: ConversationRef,
  content: { text?: string; value?: unknown },
): Json {
  return {
    ...base(ref, 'message'),
    deliveryMode: 'expectReplies',
    ...(content.text !== undefined ? { text: content.text } : {}),
    ...(content.value !== undefined ? { value: content.value } : {}),
  };
}

/** Action.Execute: the Universal Actions invoke, without expectReplies. */
export function invokeActivity(
  ref: ConversationRef,
  press: { verb: string; data: unknown; replyToId?: string },
): Json {
  return {
    ...base(ref, 'invoke'),
    name: 'adaptiveCard/action',
    value: {
      action: { type: 'Action.Execute', verb: press.verb, data: press.data },
      trigger: 'manual',
    },
    ...(press.replyToId ? { replyToId: press.replyToId } : {}),
  };
}

/** `2026-09-01T10:00:00.000+02:00`: the user's wall-clock time, for "today" and "last month". */
function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const two = (n: number) => String(n).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, -1);
  return `${local}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
