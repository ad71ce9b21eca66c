import { intentAction } from '../cards/views/actions.js';
import { noticeCard } from '../cards/views/notice.js';
import { HELP_AREAS } from './help-catalog.js';
import type { Skill } from './skill.js';

const TITLES = new Map(HELP_AREAS.flatMap((a) => a.capabilities.map((c) => [c.intent, c.title])));

/**
 * The answer for an intent this version recognizes but has no skill for yet: says so plainly,
 * calls nothing, and points to what works. The help card never offers these.
 */
export const notAvailableYet: Skill = async (request) => {
  const what = TITLES.get(request.intent) ?? request.intent;
  return {
    cards: [
      noticeCard({
        title: `${what}: not available yet`,
        message: `I understood "${request.intent}", but this version of the agent cannot do it yet. Nothing was sent to Partner Center.`,
        tone: 'warning',
        actions: [intentAction('What can I do?', 'help')],
      }),
    ],
  };
};
