import type { AdaptiveCard } from '../render.js';
import { intentAction } from './actions.js';
import { facts } from './facts.js';
import { noticeCard } from './notice.js';

export interface DeniedView {
  what: string;
  missingPermission: string;
  rolesWithIt: string[];
  roleName?: string;
}

/** A denied intent: which permission is missing and which roles have it. */
export function deniedCard(view: DeniedView): AdaptiveCard {
  return noticeCard({
    title: 'You do not have permission for that',
    message: `${view.what} needs the ${view.missingPermission} permission. Nothing was sent to Partner Center.`,
    tone: 'attention',
    facts: facts([
      ['Your role', view.roleName ?? 'none (not in the role map)'],
      ['Missing permission', view.missingPermission],
      ['Roles that have it', view.rolesWithIt.join(', ')],
    ]),
    actions: [intentAction('What can I do?', 'help'), intentAction('What is my role?', 'whoami')],
  });
}
