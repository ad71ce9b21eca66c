import Fuse from 'fuse.js';
import { intentAction, sayAction } from '../cards/views/actions.js';
import { facts } from '../cards/views/facts.js';
import { helpCard } from '../cards/views/help.js';
import { noticeCard } from '../cards/views/notice.js';
import { welcomeCard } from '../cards/views/welcome.js';
import { allowedIntents, roleDisplayName } from '../security/index.js';
import { HELP_AREAS, type Capability, type HelpArea } from './help-catalog.js';
import type { Skill, SkillRequest } from './skill.js';

/** Suggestions on the welcome and fallback cards. */
const MAX_SUGGESTIONS = 4;
/** Longest text quoted back on the fallback card. */
const MAX_QUOTED = 80;

/**
 * The help areas this user may use *and* this version can answer: the help card never offers
 * what the role forbids (security/permissions.ts) or what no skill does yet.
 */
export function helpAreasFor(request: SkillRequest, available: ReadonlySet<string>): HelpArea[] {
  const allowed = new Set<string>(allowedIntents(request.role));
  return HELP_AREAS.map((area) => ({
    ...area,
    capabilities: area.capabilities.filter((c) => allowed.has(c.intent) && available.has(c.intent)),
  })).filter((area) => area.capabilities.length > 0);
}

function capabilitiesFor(request: SkillRequest, available: ReadonlySet<string>): Capability[] {
  return helpAreasFor(request, available).flatMap((a) => a.capabilities);
}

export function conversationSkills(available: ReadonlySet<string>) {
  const greeting: Skill = async (request) => ({
    cards: [
      welcomeCard({
        connection: request.services.connection.description,
        ...(request.role ? { roleName: roleDisplayName(request.role) } : {}),
        examples: capabilitiesFor(request, available)
          .filter((c) => !c.example.includes('<'))
          .map((c) => c.example)
          .slice(0, MAX_SUGGESTIONS + 1),
      }),
    ],
  });

  const help: Skill = async (request) => ({
    cards: [
      helpCard({
        areas: helpAreasFor(request, available),
        ...(request.role ? { roleName: roleDisplayName(request.role) } : {}),
        ...(request.entities.topic ? { topic: request.entities.topic } : {}),
      }),
    ],
  });

  /** Anything the recognizer could not place: the closest things this user can ask, as buttons. */
  const fallback: Skill = async (request) => {
    const capabilities = capabilitiesFor(request, available).filter(
      (c) => !c.example.includes('<'),
    );
    const text = request.text.trim();
    const fuse = new Fuse(capabilities, { keys: ['example', 'title'], ignoreLocation: true });
    const closest = text ? fuse.search(text, { limit: MAX_SUGGESTIONS }).map((r) => r.item) : [];
    const suggestions = [...closest, ...capabilities.filter((c) => !closest.includes(c))].slice(
      0,
      MAX_SUGGESTIONS,
    );
    const quoted = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
    return {
      cards: [
        noticeCard({
          title: text ? `I did not understand "${quoted}"` : 'I did not understand that',
          message: 'Try one of these, or type "help" to see everything I can do.',
          actions: [
            ...suggestions.map((c) => sayAction(c.example, c.example)),
            intentAction('Help', 'help'),
          ],
        }),
      ],
    };
  };

  const cancel: Skill = async (request) => {
    delete request.context.lastList;
    return {
      cards: [noticeCard({ title: 'Cancelled', message: 'Nothing is waiting. What next?' })],
    };
  };

  /** "yes" / "no" with nothing waiting for an answer. */
  const nothingPending: Skill = async () => ({
    cards: [
      noticeCard({
        title: 'Nothing to confirm',
        message: 'No change is waiting for your answer. Ask for what you need.',
        actions: [intentAction('Help', 'help')],
      }),
    ],
  });

  /** "show more" when the last card has no further page (dispatch handles the other case). */
  const more: Skill = async (request) => ({
    cards: [
      noticeCard({
        title: request.context.lastList ? 'That was everything' : 'Nothing to continue',
        message: request.context.lastList
          ? 'The last list has no more pages.'
          : '"Show more" continues the last list I showed you; ask for a list first.',
      }),
    ],
  });

  const whoami: Skill = async (request) => ({
    cards: [
      noticeCard({
        title: 'Who you are to this agent',
        message: request.role
          ? `You can do what the ${roleDisplayName(request.role)} role allows.`
          : 'You are not in the role map, so only help is allowed. Ask your Partner Center admin to add you.',
        facts: facts([
          ['Name', request.user.name],
          ['User id', request.user.aadObjectId ?? request.user.id],
          ['Sign-in name', request.user.upn],
          ['Role', request.role ? roleDisplayName(request.role) : 'none'],
          ['Connected to', request.services.connection.description],
        ]),
        actions: [intentAction('What can I do?', 'help')],
      }),
    ],
  });

  return { greeting, help, fallback, cancel, nothingPending, more, whoami };
}
