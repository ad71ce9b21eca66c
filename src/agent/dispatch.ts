import { deniedCard } from '../cards/views/denied.js';
import { INTENT_IDS, type Entities, type IntentId } from '../intents/index.js';
import { can } from '../security/permissions.js';
import { roleDisplayName } from '../security/roles.js';
import type { SkillRegistry, SkillReply, SkillRequest } from '../skills/skill.js';
import { auditAttempt } from '../skills/writes/audit-write.js';
import type { Turn } from './turn.js';

export type { SkillRegistry };

const KNOWN_INTENTS = new Set<string>(INTENT_IDS);

export function isIntentId(value: unknown): value is IntentId {
  return typeof value === 'string' && KNOWN_INTENTS.has(value);
}

export interface RunIntentInput {
  intent: IntentId;
  entities: Entities;
  text: string;
  continuationToken?: string;
  /** Values of a submitted form card. */
  form?: Readonly<Record<string, string>>;
}

/**
 * message → recognizer → permission check → skill. A denied intent never reaches the skill, so
 * Partner Center is never called for it.
 */
export async function runIntent(
  turn: Turn,
  skills: SkillRegistry,
  input: RunIntentInput,
): Promise<SkillReply> {
  // "show more" continues the list the last card showed, under that list's own permission.
  const last = turn.context.lastList;
  if (input.intent === 'more' && last?.continuationToken) {
    return runIntent(turn, skills, {
      intent: last.intent,
      entities: last.entities,
      text: input.text,
      continuationToken: last.continuationToken,
    });
  }
  // Any other request ends the list "show more" would continue (list skills set it again).
  if (input.intent !== 'more' && !input.continuationToken) delete turn.context.lastList;
  const check = can(turn.role, input.intent);
  if (!check.allowed) {
    // A write asked for without the permission is audited too (every write, allowed or not).
    if (check.reason === 'missing-permission' && isWritePermission(check.missing))
      await auditAttempt(
        requestFor(turn, input),
        input.intent,
        'denied',
        `missing ${check.missing}`,
        {
          ...(turn.context.customer ? { customer: turn.context.customer } : {}),
        },
      );
    return {
      cards: [
        deniedCard({
          what: describeIntent(input.intent),
          missingPermission: check.missing,
          rolesWithIt: check.rolesWithIt,
          ...(turn.role ? { roleName: roleDisplayName(turn.role) } : {}),
        }),
      ],
    };
  }
  return skills[input.intent](requestFor(turn, input));
}

/** The skill's view of a turn. */
export function requestFor(turn: Turn, input: RunIntentInput): SkillRequest {
  return {
    intent: input.intent,
    entities: input.entities,
    text: input.text,
    user: turn.user,
    ...(turn.role ? { role: turn.role } : {}),
    conversationId: turn.conversationId,
    privateReply: turn.privateReply,
    context: turn.context,
    correlationId: turn.correlationId,
    ...(input.continuationToken ? { continuationToken: input.continuationToken } : {}),
    ...(input.form ? { form: input.form } : {}),
    services: turn.services,
  };
}

function isWritePermission(permission: string): boolean {
  return permission.startsWith('write:') || permission.startsWith('admin:');
}

function describeIntent(intent: IntentId): string {
  const [area, action] = intent.split('.');
  return action ? `"${action}" on ${area}` : `"${intent}"`;
}
