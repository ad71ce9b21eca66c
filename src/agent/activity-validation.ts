import { z } from 'zod';

/**
 * The minimum an incoming activity needs before it reaches the Agents SDK. The SDK keys state by
 * channel, recipient, conversation and sender (`turnState.ts`), and answers a missing sender with
 * a 500 from deep inside the turn; checking here turns that into a clear 400.
 */
const Id = z.object({ id: z.string().trim().min(1) }).loose();

/**
 * The SDK turns any non-empty string into a Date, then rejects the resulting Invalid Date when the
 * turn parses the activity again (`Activity.fromObject` in `runTurn`), which fails the turn with
 * the generic error card. Checking here answers a bad timestamp with a 400 instead.
 */
const Timestamp = z.string().refine((s) => !Number.isNaN(Date.parse(s)), {
  message: 'must be an ISO 8601 date and time',
});

const ActivityEnvelope = z
  .object({
    type: z.string().trim().min(1),
    channelId: z.string().trim().min(1),
    conversation: Id,
    from: Id,
    recipient: Id,
    text: z.string().optional(),
    serviceUrl: z.string().optional(),
    deliveryMode: z.string().optional(),
    timestamp: Timestamp.optional(),
    localTimestamp: Timestamp.optional(),
  })
  .loose();

/** Activity types the agent answers with activities (invokes are answered in the response). */
const ANSWERED = new Set(['message', 'conversationUpdate']);

export type ActivityCheck = { ok: true } | { ok: false; problem: string };

export function checkActivity(body: unknown): ActivityCheck {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, problem: 'the body must be one activity object' };
  }
  // reportInput: zod 4 leaves `issue.input` out otherwise, and every wrong type read as "required".
  const parsed = ActivityEnvelope.safeParse(body, { reportInput: true });
  if (parsed.success) {
    // A reply goes back in the response (expectReplies) or to the serviceUrl (Teams, Emulator,
    // Playground). Without either, a turn would run, call Partner Center, and lose its answer.
    const a = parsed.data;
    if (ANSWERED.has(a.type) && a.deliveryMode !== 'expectReplies' && !a.serviceUrl) {
      return {
        ok: false,
        problem:
          'serviceUrl is required unless deliveryMode is "expectReplies" (there is no other way to answer)',
      };
    }
    return { ok: true };
  }
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.join('.');
    return issue.code === 'invalid_type' && issue.input === undefined
      ? `${path} is required`
      : `${path} ${issue.message.toLowerCase()}`;
  });
  return { ok: false, problem: [...new Set(problems)].join('; ') };
}
