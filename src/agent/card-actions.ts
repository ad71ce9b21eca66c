import { VERBS } from '../cards/views/actions.js';
import type { Entities, Recognition } from '../intents/index.js';
import { AppError } from '../shared/errors.js';
import type { SkillReply, SkillRequest } from '../skills/skill.js';
import { isIntentId, requestFor, runIntent, type SkillRegistry } from './dispatch.js';
import { AGENT_ERRORS } from './errors.js';
import type { Turn } from './turn.js';

export interface CardActionDeps {
  skills: SkillRegistry;
  recognize: (text: string) => Recognition;
  /** Confirm / Cancel of pending writes (the signed buttons of a confirmation card). */
  answerPending?: (
    request: SkillRequest,
    verb: 'confirm' | 'cancel',
    data: Record<string, unknown>,
  ) => Promise<SkillReply>;
}

/**
 * The `Action.Execute` verbs (and their `Action.Submit` fallbacks). Button data is input like any
 * other: navigation buttons can only do what the user could have typed, and the permission check
 * in runIntent applies to them the same way.
 */
export async function handleCardAction(
  turn: Turn,
  deps: CardActionDeps,
  verb: string,
  data: Record<string, unknown>,
): Promise<SkillReply> {
  switch (verb) {
    case VERBS.say: {
      const text = typeof data.text === 'string' ? data.text : '';
      const recognition = deps.recognize(text);
      return runIntent(turn, deps.skills, {
        intent: recognition.intent,
        entities: recognition.entities,
        text,
      });
    }
    case VERBS.intent: {
      if (!isIntentId(data.intent))
        throw new AppError(AGENT_ERRORS.BAD_ACTION_DATA, ['unknown intent']);
      return runIntent(turn, deps.skills, {
        intent: data.intent,
        entities: sanitizeEntities(data.entities),
        text: '',
      });
    }
    case VERBS.more:
      return runIntent(turn, deps.skills, { intent: 'more', entities: {}, text: '' });
    case VERBS.confirm:
    case VERBS.cancel:
      if (deps.answerPending)
        return deps.answerPending(
          requestFor(turn, {
            intent: verb === VERBS.confirm ? 'confirm' : 'cancel',
            entities: {},
            text: '',
          }),
          verb,
          data,
        );
      break;
    case VERBS.submit: {
      // A form is input like a typed request: it runs its intent under the same permission
      // check, and a write only proposes (the confirmation card follows).
      if (!isIntentId(data.intent))
        throw new AppError(AGENT_ERRORS.BAD_ACTION_DATA, ['unknown form']);
      return runIntent(turn, deps.skills, {
        intent: data.intent,
        entities: sanitizeEntities(data.entities),
        text: '',
        form: formValues(data),
      });
    }
  }
  throw new AppError(AGENT_ERRORS.UNKNOWN_VERB, [verb]);
}

/** Keep only plain entity values (strings, numbers, periods); drop anything else a client sent. */
export function sanitizeEntities(value: unknown): Entities {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' && v.length <= 500) out[k] = v;
    else if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
    else if (isPeriod(v)) out[k] = { start: v.start, end: v.end };
  }
  return out as Entities;
}

function isPeriod(v: unknown): v is { start: string; end: string } {
  const p = v as { start?: unknown; end?: unknown } | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.start === 'string' &&
    typeof p.end === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(p.start) &&
    /^\d{4}-\d{2}-\d{2}$/.test(p.end)
  );
}

/** The inputs of a submitted form: every string value except the routing fields. */
export function formValues(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === 'intent' || k === 'entities' || k === 'verb') continue;
    if (typeof v === 'string' && v.length <= 2000) out[k] = v;
    else if (typeof v === 'boolean' || typeof v === 'number') out[k] = String(v);
  }
  return out;
}
