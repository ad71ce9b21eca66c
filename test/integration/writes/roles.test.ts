import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/intents/index.js';
import { can } from '../../../src/security/permissions.js';
import { ROLES, roleDisplayName, type Role } from '../../../src/security/roles.js';
import { cardsOf, textsOf, useWriteAgent, writeCounts, writesSince } from '../../helpers/writes.js';

// Every role × every write intent, through the agent with a role map: a denied write gets the
// denied card, calls nothing and is audited; an allowed one proposes and writes nothing.
const OBJECT_IDS: Record<Role, string> = {
  GlobalAdmin: '00000000-0000-4000-8000-000000000001',
  AdminAgent: '00000000-0000-4000-8000-000000000002',
  SalesAgent: '00000000-0000-4000-8000-000000000003',
  HelpdeskAgent: '00000000-0000-4000-8000-000000000004',
};
const NOBODY = '00000000-0000-4000-8000-0000000000ff';

/** One request per write intent (the INTENTS.md examples). */
const WRITES: Array<[intent: string, text: string]> = [
  ['profile.update', 'update our company phone number to 4255550100'],
  ['customers.create', 'onboard customer Tailspin Toys'],
  ['customers.invite', 'get me a reseller relationship link'],
  ['customers.billingProfile.update', "change Contoso Ltd's billing email to ap@contoso.com"],
  ['users.create', 'create user jane@contoso.onmicrosoft.com for Contoso Ltd'],
  ['users.update', 'change the display name of jane@contoso.onmicrosoft.com to Jane Doe'],
  ['users.resetPassword', 'reset the password for jane@contoso.onmicrosoft.com'],
  ['users.delete', 'delete user jane@contoso.onmicrosoft.com'],
  ['users.restore', 'restore jane@contoso.onmicrosoft.com'],
  ['roles.removeMember', 'remove jane@contoso.onmicrosoft.com from Global Administrator'],
  ['subscriptions.rename', "rename Contoso Ltd's Office 365 E1 subscription to Frontline"],
  ['subscriptions.setQuantity', 'set Microsoft 365 E3 for Contoso Ltd to 30 seats'],
  ['subscriptions.suspend', "suspend Contoso Ltd's Teams Essentials subscription"],
  ['subscriptions.reactivate', 'reactivate the suspended Teams Essentials for Contoso Ltd'],
  ['benefits.activate', 'activate benefit Visual Studio Enterprise'],
  ['referrals.update', 'accept referral 1a2b3c'],
];

const w = useWriteAgent({
  env: { ROLE_MAP: JSON.stringify(Object.fromEntries(ROLES.map((r) => [OBJECT_IDS[r], r]))) },
});

const requests = async () =>
  Object.values(
    (await w.pc.get<{ requests: Record<string, number> }>('/_sandbox/stats')).body.requests,
  ).reduce((a, b) => a + b, 0);

describe('roles × write intents', () => {
  it('when each example is recognized, then it is the write intent it stands for', () => {
    for (const [intent, text] of WRITES)
      expect([text, recognize(text, { now: new Date() }).intent]).toEqual([text, intent]);
  });

  it.each(ROLES)(
    'when a %s asks for every write, then exactly the writes the role table denies get the denied card, call nothing, and nothing is written',
    async (role) => {
      const chat = w.agent.conversation({ aadObjectId: OBJECT_IDS[role], userId: `user-${role}` });
      const counts = await writeCounts(w.pc);
      for (const [intent, text] of WRITES) {
        const allowed = can(role, intent).allowed;
        const before = await requests();
        const cards = cardsOf(await chat.say(text));
        const title = textsOf(cards[0])[0];
        if (allowed) {
          expect([intent, title]).not.toEqual([intent, 'You do not have permission for that']);
        } else {
          expect([intent, title]).toEqual([intent, 'You do not have permission for that']);
          expect(textsOf(cards[0])).toContain(`Your role: ${roleDisplayName(role)}`);
          expect([intent, await requests()]).toEqual([intent, before]);
        }
      }
      expect(await writesSince(w.pc, counts)).toEqual({});
      const audit = textsOf(cardsOf(await chat.say('what changed today'))[0]).join('\n');
      const denied = WRITES.filter(([intent]) => !can(role, intent).allowed);
      if (denied.length > 0 && can(role, 'audit.list').allowed) expect(audit).toContain('Denied');
    },
  );

  it('when a user is not in the role map, then every write is denied and "what is my role" says so', async () => {
    const chat = w.agent.conversation({ aadObjectId: NOBODY, userId: 'user-nobody' });
    for (const [intent, text] of WRITES) {
      const title = textsOf(cardsOf(await chat.say(text))[0])[0];
      expect([intent, title]).toEqual([intent, 'You do not have permission for that']);
    }
    const who = textsOf(cardsOf(await chat.say('what is my role'))[0]);
    expect(who).toContain('Role: none');
  });
});
