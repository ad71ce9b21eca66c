import { describe, expect, it } from 'vitest';
import type { WireCollection } from '../../helpers/sandbox.js';
import {
  actionsOf,
  button,
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

// benefits.activate through the real agent against its sandbox, which serves the benefits
// endpoint Partner Center does not document (partner-center-api.md §5.10) and counts each
// activation as one `benefit.activate` write.
const w = useWriteAgent();

interface WireBenefit {
  id: string;
  name: string;
  status: string;
  activationDate: string | null;
  expiryDate: string | null;
}

async function benefit(name: string): Promise<WireBenefit> {
  const res = await w.pc.get<WireCollection<WireBenefit>>('/v1/benefits');
  const found = res.body.items.find((b) => b.name === name);
  if (!found) throw new Error(`sandbox has no benefit ${name}`);
  return found;
}

const titles = (card: unknown) => actionsOf(card).map((a) => a.title);

describe('benefits.activate', () => {
  it('when the user activates Visual Studio Enterprise and confirms, then the card shows Available → Active and the sandbox shows it active after exactly one write', async () => {
    const chat = w.agent.conversation();
    expect((await benefit('Visual Studio Enterprise')).status).toBe('available');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('activate benefit Visual Studio Enterprise'));
    expect(textsOf(card)[0]).toBe('Activate Visual Studio Enterprise');
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Status', 'Available', 'Active'],
    ]);
    expect(textsOf(card)).toEqual(expect.arrayContaining(['Includes: 5 Licenses']));
    expect(await writesSince(w.pc, counts)).toEqual({});

    const done = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(done)[0]).toBe('Activated: Visual Studio Enterprise');
    expect(textsOf(done)).toEqual(expect.arrayContaining(['Status: Available → Active']));
    expect(await writesSince(w.pc, counts)).toEqual({ 'benefit.activate': 1 });
    const after = await benefit('Visual Studio Enterprise');
    expect(after.status).toBe('active');
    expect(textsOf(done)).toEqual(
      expect.arrayContaining([`Expires: ${after.expiryDate!.slice(0, 10)}`]),
    );
  });

  it('when the benefit is already active, then the card says there is nothing to do and offers no Confirm', async () => {
    const chat = w.agent.conversation();
    const vs = await benefit('Visual Studio Professional');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('activate benefit Visual Studio Professional'));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Visual Studio Professional is already active',
      `Nothing to do: it is active until ${vs.expiryDate!.slice(0, 10)}.`,
    ]);
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the user asks to activate a benefit and cancels, then it stays available', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('activate benefit Signature cloud support'));
    expect(tableRowsOf(card)[1]).toEqual(['Status', 'Available', 'Active']);
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await benefit('Signature cloud support')).status).toBe('available');
  });

  it('when the benefit has expired, then the card says only an available benefit can be activated', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('activate benefit Microsoft certification exam vouchers'));
    expect(textsOf(card)[0]).toBe('Microsoft certification exam vouchers cannot be activated');
    expect(textsOf(card)[1]).toContain(
      'It is expired; only an available benefit can be activated.',
    );
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when no benefit has the name, then the card says so and points to the ones that can be activated', async () => {
    const chat = w.agent.conversation();
    const card = onlyCard(await chat.say('activate benefit Quantum computing hours'));
    expect(textsOf(card)[0]).toBe('No benefit "Quantum computing hours"');
    expect(titles(card)).toContain('Benefits to activate');
    expect(titles(card)).not.toContain('Confirm');
  });

  it('when the name fits several benefits, then a card asks which, the available one first, and the choice draws its confirmation', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('activate benefit Azure credits'));
    expect(textsOf(card)[0]).toBe('Which benefit do you mean by "Azure credits"?');
    const choices = titles(card).filter((t) => t.includes(' · '));
    expect(choices[0]).toBe('Azure credits for solution partners · Available');
    expect(choices).toHaveLength(3);
    const confirm = invokeCard(
      await chat.press(button(card, 'Azure credits for solution partners · Available')),
    );
    expect(textsOf(confirm)[0]).toBe('Activate Azure credits for solution partners');
    invokeCard(await chat.press(cancelButton(confirm)));
    expect(await writesSince(w.pc, counts)).toEqual({});
  });
});
