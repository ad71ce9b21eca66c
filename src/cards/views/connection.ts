import type { AdaptiveCard } from '../render.js';
import { intentAction } from './actions.js';
import { detailsCard } from './details.js';
import { facts } from './facts.js';

export interface ConnectionStatusView {
  mode: 'sandbox' | 'tenant';
  /** Where the agent's Partner Center is (ConnectionInfo.description). */
  description: string;
  /** The partner Partner Center answers as; "unknown" when the profile could not be read. */
  companyName?: string;
  partnerId?: string;
  tenantId?: string;
  /** The live check made for this card. */
  check:
    | { ok: true; operation: string; tookInMs: number; fromCache: boolean; at: Date }
    | { ok: false; operation: string; tookInMs: number; reason: string; at: Date };
}

const UNKNOWN = 'unknown';

/** "14:02:07 UTC": the clock time of the check, so a screenshot of the card says when. */
function clockTime(at: Date): string {
  return `${at.toISOString().slice(11, 19)} UTC`;
}

export function lastCallText(check: ConnectionStatusView['check']): string {
  const ms = Math.max(0, Math.round(check.tookInMs));
  if (!check.ok) return `${UNKNOWN}: the check just now failed after ${ms} ms`;
  return check.fromCache
    ? `checked just now (${clockTime(check.at)}), answered from the agent's read cache in ${ms} ms`
    : `checked just now (${clockTime(check.at)}), took ${ms} ms`;
}

/** connection.status: where the agent is connected, as whom, and whether Partner Center answers. */
export function connectionStatusCard(view: ConnectionStatusView): AdaptiveCard {
  const sandbox = view.mode === 'sandbox';
  const title = view.check.ok
    ? sandbox
      ? 'Connected to the Partner Center sandbox'
      : 'Connected to Partner Center'
    : sandbox
      ? 'The Partner Center sandbox did not answer'
      : 'Partner Center did not answer';
  return detailsCard({
    title,
    subtitle: view.description,
    ...(view.check.ok ? {} : { note: `${view.check.operation}: ${view.check.reason}` }),
    facts: facts([
      ['Mode', sandbox ? 'Sandbox (seeded test data)' : 'Tenant (live Partner Center)'],
      ['Signed in as', view.companyName ?? UNKNOWN],
      ['Partner ID', view.partnerId ?? UNKNOWN],
      ['Partner tenant', view.tenantId],
      ['Last successful call', lastCallText(view.check)],
    ]),
    actions: [
      intentAction('Our partner profile', 'profile.show'),
      intentAction('Who am I?', 'whoami'),
    ],
  });
}
