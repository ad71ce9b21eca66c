import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  cancelButton,
  confirmButton,
  invokeCard,
  onlyCard,
  tableRowsOf,
  textsOf,
  useWriteAgent,
  writeCounts,
  writesSince,
} from '../../helpers/writes.js';

// referrals.update through the real agent against its sandbox's Partner API
// (`PATCH /v1.0/engagements/referrals/{id}`, counted as `referral.update`).
const w = useWriteAgent();

interface WireReferral {
  id: string;
  name: string;
  status: string;
  substatus: string;
  customerProfile: { name: string };
}

async function referralOf(customer: string): Promise<WireReferral> {
  const res = await w.pc.get<{ value: WireReferral[] }>(
    `/v1.0/engagements/referrals?${encodeURI('$top=100')}`,
  );
  const found = res.body.value.find((r) => r.customerProfile.name === customer);
  if (!found) throw new Error(`sandbox has no referral for ${customer}`);
  return found;
}

const short = (r: WireReferral) => r.id.slice(0, 8);
const titles = (card: unknown) => actionsOf(card).map((a) => a.title);

describe('referrals.update', () => {
  it('when the user accepts a new referral by its short id and confirms, then the card shows New/Pending → Active/Accepted and the sandbox holds it after exactly one write', async () => {
    const chat = w.agent.conversation();
    const before = await referralOf('Fabrikam Inc');
    expect([before.status, before.substatus]).toEqual(['New', 'Pending']);
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`accept referral ${short(before)}`));
    expect(textsOf(card)[0]).toBe(`Accept referral ${before.name}`);
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Status', 'New', 'Active'],
      ['Substatus', 'Pending', 'Accepted'],
    ]);
    expect(await writesSince(w.pc, counts)).toEqual({});

    const done = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(done)[0]).toBe(`Accepted: ${before.name}`);
    expect(textsOf(done)).toEqual(
      expect.arrayContaining(['Status: New → Active', 'Substatus: Pending → Accepted']),
    );
    expect(await writesSince(w.pc, counts)).toEqual({ 'referral.update': 1 });
    const after = await referralOf('Fabrikam Inc');
    expect([after.status, after.substatus]).toEqual(['Active', 'Accepted']);
  });

  it('when the user closes an active referral as won by its full id and confirms, then the sandbox shows it Closed / Won after exactly one write', async () => {
    const chat = w.agent.conversation();
    const before = await referralOf('Northwind Traders');
    expect(before.status).toBe('Active');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`close referral ${before.id} as won`));
    expect(tableRowsOf(card).slice(1)).toEqual([
      ['Status', 'Active', 'Closed'],
      ['Substatus', before.substatus, 'Won'],
    ]);
    expect(textsOf(card).join(' ')).toContain('A closed referral is final');
    const done = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(done)[0]).toBe(`Closed as won: ${before.name}`);
    expect(await writesSince(w.pc, counts)).toEqual({ 'referral.update': 1 });
    const after = await referralOf('Northwind Traders');
    expect([after.status, after.substatus]).toEqual(['Closed', 'Won']);
  });

  it('when the user declines a new referral and confirms, then the sandbox shows it Closed / Declined', async () => {
    const chat = w.agent.conversation();
    const before = await referralOf('Coho Winery');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`decline referral ${short(before)}`));
    expect(tableRowsOf(card).slice(1)).toEqual([
      ['Status', 'New', 'Closed'],
      ['Substatus', before.substatus, 'Declined'],
    ]);
    invokeCard(await chat.press(confirmButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'referral.update': 1 });
    const after = await referralOf('Coho Winery');
    expect([after.status, after.substatus]).toEqual(['Closed', 'Declined']);
  });

  it('when the user asks to close a referral as lost and cancels, then nothing changes in the sandbox', async () => {
    const chat = w.agent.conversation();
    const before = await referralOf("Margie's Travel");
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`close referral ${short(before)} as lost`));
    expect(tableRowsOf(card)[2]).toEqual(['Substatus', before.substatus, 'Lost']);
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    const after = await referralOf("Margie's Travel");
    expect([after.status, after.substatus]).toEqual([before.status, before.substatus]);
  });

  it('when a new referral is to be closed as won, then the card explains it must be accepted first, offers Accept and Decline, and no Confirm', async () => {
    const chat = w.agent.conversation();
    const lamna = await referralOf('Lamna Healthcare Company');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`close referral ${short(lamna)} as won`));
    expect(textsOf(card).slice(0, 2)).toEqual([
      `${lamna.name} cannot be closed as won`,
      'It is still new: a referral is closed as won or lost only after it was accepted. Accept it first, or decline it.',
    ]);
    expect(titles(card)).toEqual(['Accept', 'Decline', 'All referrals']);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when an accepted referral is to be declined, then the card says to close it as won or lost instead, with no Confirm', async () => {
    const chat = w.agent.conversation();
    const munson = await referralOf("Munson's Pickles and Preserves Farm");
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`decline referral ${short(munson)}`));
    expect(textsOf(card)[0]).toBe(`${munson.name} cannot be declined`);
    expect(textsOf(card)[1]).toContain('only a new referral can be declined');
    expect(titles(card)).toEqual(['Close as won', 'Close as lost', 'All referrals']);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the referral is closed, then the card says a closed referral is final and offers nothing to confirm', async () => {
    const chat = w.agent.conversation();
    const won = await referralOf('Wide World Importers');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`accept referral ${short(won)}`));
    expect(textsOf(card)[0]).toBe(`${won.name} cannot be accepted`);
    expect(textsOf(card)[1]).toBe(
      'It is closed (won), and a closed referral is final: it cannot be accepted.',
    );
    expect(titles(card)).toEqual(['All referrals']);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when an active referral is accepted again, then the card says there is nothing to change', async () => {
    const chat = w.agent.conversation();
    const adventure = await referralOf('Adventure Works Cycles');
    const card = onlyCard(await chat.say(`accept referral ${short(adventure)}`));
    expect(textsOf(card).slice(0, 2)).toEqual([
      `${adventure.name} is active (engaged)`,
      'It was already accepted and is active (engaged). Nothing to change.',
    ]);
    expect(titles(card)).not.toContain('Confirm');
  });

  it('when no referral has the id, then the card says so and nothing is written', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const missing = '00000000-0000-4000-8000-000000000000';
    const card = onlyCard(await chat.say(`accept referral ${missing}`));
    expect(textsOf(card)[0]).toBe(`No referral ${missing}`);
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });
});
