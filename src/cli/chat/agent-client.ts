import { AppError } from '../../shared/errors.js';
import {
  conversationUpdateActivity,
  invokeActivity,
  messageActivity,
  newConversationId,
  type ChatIdentity,
  type ConversationRef,
} from './activities.js';
import { isObject, str, type Json } from './card-types.js';
import { CHAT_ERRORS } from './errors.js';

export interface AgentClientOptions {
  /** The agent's base URL; activities go to `{url}/api/messages`. */
  url: string;
  identity: ChatIdentity;
  /** Give up on one request after this long (Partner Center calls can be slow). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Fixed ids and clock for tests. */
  newId?: () => string;
  now?: () => Date;
}

const DEFAULTS = {
  timeoutMs: 120_000,
  fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
} satisfies Partial<AgentClientOptions>;

/** What came back: replies (expectReplies), an invoke response, or an HTTP error. */
export type AgentAnswer =
  | { kind: 'replies'; activities: Json[]; sent: Json }
  | { kind: 'invoke'; status: number; body: unknown; sent: Json }
  | { kind: 'http-error'; status: number; message: string; body: unknown; sent: Json };

/**
 * The wire side of the chat: one conversation with one agent over `POST /api/messages`, like
 * Bot Framework Emulator but with every reply in the HTTP response (no callback server).
 */
export class AgentClient {
  readonly url: string;
  private readonly options: AgentClientOptions & typeof DEFAULTS;
  private ref: ConversationRef;

  constructor(options: AgentClientOptions) {
    this.options = { ...DEFAULTS, ...options };
    this.url = options.url.replace(/\/+$/, '');
    this.ref = this.newRef();
  }

  get conversationId(): string {
    return this.ref.conversationId;
  }

  /** A new conversation id: the agent sees a new chat (fresh conversation state). */
  restart(): void {
    this.ref = this.newRef();
  }

  welcome(): Promise<AgentAnswer> {
    return this.post(conversationUpdateActivity(this.ref));
  }

  send(content: { text?: string; value?: unknown }): Promise<AgentAnswer> {
    return this.post(messageActivity(this.ref, content));
  }

  invoke(press: { verb: string; data: unknown; replyToId?: string }): Promise<AgentAnswer> {
    return this.post(invokeActivity(this.ref, press));
  }

  private newRef(): ConversationRef {
    const { identity, newId, now } = this.options;
    return {
      identity,
      conversationId: newConversationId(),
      ...(newId ? { newId } : {}),
      ...(now ? { now } : {}),
    };
  }

  private async post(activity: Json): Promise<AgentAnswer> {
    let res: Response;
    try {
      res = await this.options.fetch(`${this.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (err) {
      throw new AppError(CHAT_ERRORS.AGENT_UNREACHABLE, [this.url, reasonOf(err)], { cause: err });
    }
    const raw = await res.text();
    const body = parseJson(raw);
    // An invoke's answer is the invoke response, errors included (501: no handler for it).
    if (activity.type === 'invoke') {
      return { kind: 'invoke', status: res.status, body, sent: activity };
    }
    if (!res.ok) {
      return {
        kind: 'http-error',
        status: res.status,
        message: errorText(body, raw),
        body,
        sent: activity,
      };
    }
    const activities = isObject(body) && Array.isArray(body.activities) ? body.activities : [];
    return { kind: 'replies', activities: activities.filter(isObject), sent: activity };
  }
}

function parseJson(raw: string): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** The message of an error body, whatever its shape (agent, Express, JWT middleware). */
export function errorText(body: unknown, raw = ''): string {
  if (typeof body === 'string') return body.slice(0, 300);
  if (isObject(body)) {
    const error = isObject(body.error) ? body.error : undefined;
    const text =
      str(body.message) ??
      str(body.description) ??
      str(error?.message) ??
      str(body['jwt-auth-error']) ??
      (isObject(body.value) ? str(body.value.message) : str(body.value));
    if (text) return text;
  }
  return raw.slice(0, 300) || 'no details';
}

function reasonOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if ((err as Error).name === 'TimeoutError') return 'no answer in time';
  return cause?.message ?? (err as Error).message ?? 'network error';
}
