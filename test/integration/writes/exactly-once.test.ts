import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../helpers/sandbox.js';
import {
  confirmButton,
  findSubscription,
  invokeCard,
  onlyCard,
  tableRowsOf,
  textsOf,
  useWriteAgent,
  writeCounts,
  writesSince,
} from '../../helpers/writes.js';

// Exactly once, stale data, expiry and tampered cards, for a seat change (the same framework
// answers every write intent).
let clock = TEST_NOW.getTime();
const w = useWriteAgent({
  overrides: { now: () => new Date(clock) },
  customers: ['Contoso Ltd', 'Fabrikam Inc'],
});

const e3 = async () =>
  findSubscription(w.pc, await w.customerId('Contoso Ltd'), 'Microsoft 365 E3');
const requestCount = async () =>
  Object.values(
    (await w.pc.get<{ requests: Record<string, number> }>('/_sandbox/stats')).body.requests,
  ).reduce((a, b) => a + b, 0);

describe('exactly once', () => {
  it('when two Confirms of the same card arrive at the same time, then the seats change once', async () => {
    const chat = w.agent.conversation();
    const start = (await e3()).quantity;
    const card = onlyCard(await chat.say('add 3 seats of E3 for Contoso Ltd'));
    const counts = await writeCounts(w.pc);
    const answers = await Promise.all([
      chat.press(confirmButton(card)),
      chat.press(confirmButton(card)),
    ]);
    const titles = answers.map((a) => textsOf(invokeCard(a))[0]);
    expect(titles).toContain('Seats changed: Microsoft 365 E3');
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    expect((await e3()).quantity).toBe(start + 3);
  });

  it('when Partner Center changed the seats after the card was drawn, then Confirm asks again with what changed, and the new Confirm applies once', async () => {
    const chat = w.agent.conversation();
    const start = (await e3()).quantity;
    const card = onlyCard(await chat.say('add 5 seats of E3 for Contoso Ltd'));
    expect(tableRowsOf(card)[1]).toEqual(['Seats', String(start), String(start + 5)]);
    // Someone else adds 2 seats in the portal meanwhile.
    const current = await e3();
    const other = await w.pc.patch(
      `/v1/customers/${await w.customerId('Contoso Ltd')}/subscriptions/${current.id}`,
      { ...current, quantity: start + 2 },
      { headers: { 'If-Match': current.attributes.etag } },
    );
    expect(other.status).toBe(200);
    const counts = await writeCounts(w.pc);

    const again = invokeCard(await chat.press(confirmButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect(textsOf(again).join(' ')).toContain(`Seats ${start} → ${start + 2}`);
    // "add 5" is worked out again from the new count.
    expect(tableRowsOf(again)[1]).toEqual(['Seats', String(start + 2), String(start + 7)]);
    // The first card is spent; the new one confirms.
    expect(textsOf(invokeCard(await chat.press(confirmButton(card))))[0]).toBe(
      'This card was replaced',
    );
    const done = invokeCard(await chat.press(confirmButton(again)));
    expect(textsOf(done)).toContain(`Seats: ${start + 2} → ${start + 7}`);
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    expect((await e3()).quantity).toBe(start + 7);
  });

  it('when Confirm comes after the 15 minutes a confirmation lasts, then it says so and nothing changes', async () => {
    const chat = w.agent.conversation();
    const start = (await e3()).quantity;
    const card = onlyCard(await chat.say('add 1 seat of E3 for Contoso Ltd'));
    const counts = await writeCounts(w.pc);
    clock += 16 * 60_000;
    try {
      const late = invokeCard(await chat.press(confirmButton(card)));
      expect(textsOf(late)[0]).toBe('This confirmation expired');
      expect(textsOf(late).join(' ')).toContain('Confirmations last 15 minutes');
      expect(onlyCard(await chat.say('yes')).body).toBeDefined();
    } finally {
      clock = TEST_NOW.getTime();
    }
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await e3()).quantity).toBe(start);
  });

  it('when Partner Center applies the change but the answer is lost, then the card says so and Confirm again uses the same request id: one change', async () => {
    const chat = w.agent.conversation();
    const start = (await e3()).quantity;
    const card = onlyCard(await chat.say('add 4 seats of E3 for Contoso Ltd'));
    const counts = await writeCounts(w.pc);
    // Every attempt of the client (first call and its retries) loses its answer.
    await w.pc.post('/_sandbox/faults', {
      route: 'PATCH /v1/customers/:customerId/subscriptions/:subscriptionId',
      kind: 'reset',
      phase: 'after',
      times: 4,
    });
    const lost = await chat.press(confirmButton(card));
    expect(lost.status).toBe(200);
    const texts = textsOf(lost.body.value);
    expect(texts[0]).toBe('Partner Center did not answer in time');
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    const retried = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(retried)).toContain(`Seats: ${start} → ${start + 4}`);
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    expect((await e3()).quantity).toBe(start + 4);
  }, 30_000);
});

describe('tampered or misplaced cards', () => {
  it("when the Confirm data carries another customer's id, then it is refused and Partner Center is not called", async () => {
    const chat = w.agent.conversation();
    const card = onlyCard(await chat.say('add 1 seat of E3 for Contoso Ltd'));
    const b = confirmButton(card);
    const calls = await requestCount();
    const refused = invokeCard(
      await chat.press({
        ...b,
        data: { ...b.data, customerId: await w.customerId('Fabrikam Inc') },
      }),
    );
    expect(textsOf(refused)[0]).toBe('Refused: nothing was changed');
    expect(await requestCount()).toBe(calls);
  });

  it.each([
    ['a changed token', (d: Record<string, unknown>) => ({ ...d, token: `${String(d.token)}x` })],
    ['no token', ({ token: _t, ...d }: Record<string, unknown>) => d],
    [
      'another pending action id',
      (d: Record<string, unknown>) => ({ ...d, pendingActionId: crypto.randomUUID() }),
    ],
  ])(
    'when the Confirm data has %s, then it is refused and nothing changes',
    async (_name, edit) => {
      const chat = w.agent.conversation();
      const card = onlyCard(await chat.say('add 1 seat of E3 for Contoso Ltd'));
      const b = confirmButton(card);
      const counts = await writeCounts(w.pc);
      const refused = invokeCard(await chat.press({ ...b, data: edit(b.data ?? {}) }));
      expect(textsOf(refused)[0]).toBe('Refused: nothing was changed');
      expect(await writesSince(w.pc, counts)).toEqual({});
    },
  );

  it('when another user presses Confirm on my card, or the card is replayed in another conversation, then it is refused', async () => {
    const mine = w.agent.conversation({ userId: 'user-1' });
    const card = onlyCard(await mine.say('add 1 seat of E3 for Contoso Ltd'));
    const counts = await writeCounts(w.pc);
    const someoneElse = w.agent.conversation({ conversationId: mine.id, userId: 'user-2' });
    const elsewhere = w.agent.conversation({ userId: 'user-1' });
    for (const chat of [someoneElse, elsewhere]) {
      const refused = invokeCard(await chat.press(confirmButton(card)));
      expect(textsOf(refused)[0]).toBe('Refused: nothing was changed');
    }
    expect(textsOf(onlyCard(await someoneElse.say('yes')))[0]).toBe('Nothing to confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });
});
