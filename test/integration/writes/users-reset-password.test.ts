import { describe, expect, it } from 'vitest';
import type { WireCollection } from '../../helpers/sandbox.js';
import {
  cancelButton,
  confirmButton,
  findUser,
  invokeCard,
  onlyCard,
  tableRowsOf,
  textsOf,
  useWriteAgent,
  writeCounts,
  writesSince,
} from '../../helpers/writes.js';
import {
  expectNoConfirm,
  passwordOn,
  replyText,
  startWatchedAgent,
  type WatchedAgent,
} from './users-helpers.js';

// users.resetPassword through the real agent against its sandbox: the new password is made on
// Confirm, shown in that answer only, and found nowhere else afterwards.
let watched: WatchedAgent;
const w = useWriteAgent({
  start: async () => (watched = await startWatchedAgent()).agent,
  customers: ['Contoso Ltd'],
});

interface WireAuditRecord {
  operationType: string;
  customizedData: Array<{ key: string; value: string }>;
}

/** Partner Center's activity log of password resets for this user today (the sandbox's view). */
async function resetsOf(upn: string): Promise<WireAuditRecord[]> {
  const res = await w.pc.get<WireCollection<WireAuditRecord>>(
    '/v1/auditrecords?startDate=2026-03-15&size=500',
  );
  return res.body.items.filter(
    (r) =>
      r.operationType === 'reset_customer_user_password' &&
      r.customizedData.some((d) => d.key === 'UserPrincipalName' && d.value === upn),
  );
}

describe('users.resetPassword', () => {
  it('when the user resets lee.gu’s password and confirms, then it is reset once, and the password is shown in that answer only', async () => {
    const chat = w.agent.conversation();
    const upn = 'lee.gu@contoso.onmicrosoft.com';
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`reset the password for ${upn}`));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Reset the password of Lee Gu',
      `Contoso Ltd · ${upn}`,
    ]);
    expect(tableRowsOf(card)[1]).toEqual([
      'Password',
      'Current password',
      'New temporary password, to be changed at the next sign-in',
    ]);
    expect(textsOf(card).join(' ')).toContain('Lee Gu must change the new one at the next sign-in');
    expect(await writesSince(w.pc, counts)).toEqual({});

    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(result)[0]).toBe('Password reset: Lee Gu');
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.resetPassword': 1 });
    expect(await resetsOf(upn)).toHaveLength(1);
    expect((await findUser(w.pc, await w.customerId('Contoso Ltd'), upn)).state).toBe('active');
    const password = passwordOn(result);
    expect(password).toMatch(/^.{16,}$/);
    expect(JSON.stringify(card)).not.toContain(password);

    // Confirm again: done already, shown once, not shown again.
    const again = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(again).join(' ')).toContain('already done');
    expect(textsOf(again).join(' ')).toContain('Temporary password: shown once');
    expect(JSON.stringify(again)).not.toContain(password);
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.resetPassword': 1 });

    // The audit log, later answers, the logs and the stored state never hold it.
    const audit = await chat.say('what changed today');
    expect(replyText(audit)).toContain('Reset a password: lee.gu@contoso.onmicrosoft.com');
    expect(replyText(audit)).not.toContain(password);
    expect(replyText(await chat.say(`show user ${upn}`))).not.toContain(password);
    expect(watched.logs.join('\n')).toContain('"operation":"users.resetPassword"');
    expect(watched.logs.join('\n')).not.toContain(password);
    expect(watched.stored()).not.toContain(password);
    const activity = await w.pc.get('/v1/auditrecords?startDate=2026-03-15&size=500');
    expect(activity.text).not.toContain(password);
  });

  it('when "yes" is typed in a group chat, then nothing is reset until the card\'s own Confirm, whose answer only the presser sees, shows the password', async () => {
    const chat = w.agent.conversation();
    const inGroup = (text: string) =>
      chat.send({
        type: 'message',
        text,
        conversation: { id: chat.id, conversationType: 'groupChat' },
      });
    const upn = 'grady.archie@contoso.onmicrosoft.com';
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await inGroup(`reset the password for ${upn}`));
    const asked = onlyCard(await inGroup('yes'));
    expect(textsOf(asked)[0]).toBe('Press Confirm on the card');
    expect(passwordOn(asked)).toBeUndefined();
    expect(await writesSince(w.pc, counts)).toEqual({});
    const done = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(done)[0]).toBe('Password reset: Grady Archie');
    expect(passwordOn(done)).toMatch(/^.{16,}$/);
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.resetPassword': 1 });
  });

  it('when "yes" is typed in a one-to-one chat, then the password is shown in that answer only', async () => {
    const chat = w.agent.conversation();
    const upn = 'patti.fernandez@contoso.onmicrosoft.com';
    onlyCard(await chat.say(`reset the password for ${upn}`));
    const done = onlyCard(await chat.say('yes'));
    const password = passwordOn(done);
    expect(password).toMatch(/^.{16,}$/);
    expect(textsOf(onlyCard(await chat.say('yes')))[0]).toBe('Nothing to confirm');
    expect(replyText(await chat.say('what changed today'))).not.toContain(password);
  });

  it('when the reset is cancelled, then no password is changed', async () => {
    const chat = w.agent.conversation();
    const upn = 'diego.siciliani@contoso.onmicrosoft.com';
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`reset password of ${upn}`));
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(passwordOn(cancelled)).toBeUndefined();
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect(await resetsOf(upn)).toEqual([]);
  });

  it('when the user is deleted, then a card says to restore it first and offers no Confirm', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say('reset the password for johanna.lorenz@contoso.onmicrosoft.com'),
    );
    expect(textsOf(card)[0]).toBe('Johanna Lorenz is deleted');
    expectNoConfirm(card);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });
});
