import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionsOf,
  startTestAgent,
  tableRowsOf,
  textsOf,
  type TestAgent,
  onlyCard,
} from '../../helpers/agent.js';
import {
  createApi,
  type PcApi,
  type WireCollection,
  customerNamed as findCustomerNamed,
} from '../../helpers/sandbox.js';

// licenses.list through the real agent, checked against the sandbox's subscribed SKUs.
let agent: TestAgent;
let pc: PcApi;

interface WireSku {
  activeUnits: number;
  consumedUnits: number;
  suspendedUnits: number;
  warningUnits: number;
  productSku: { name: string };
}

const customerNamed = (name: string) => findCustomerNamed(pc, name);

async function skusOf(name: string): Promise<WireSku[]> {
  const customer = await customerNamed(name);
  return (await pc.get<WireCollection<WireSku>>(`/v1/customers/${customer.id}/subscribedskus`)).body
    .items;
}

const unassigned = (s: WireSku) => Math.max(0, s.activeUnits - s.consumedUnits);

beforeAll(async () => {
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
});
afterAll(() => agent?.close());

describe('licenses.list against the sandbox', () => {
  it('when the user asks "available licenses for Contoso Ltd", then each sandbox SKU is a row with total, assigned, unassigned and suspended seats, most unassigned first', async () => {
    const card = onlyCard(await agent.conversation().say('available licenses for Contoso Ltd'));
    const skus = await skusOf('Contoso Ltd');
    const rows = tableRowsOf(card);
    expect(rows[0]).toEqual(['License', 'Total', 'Assigned', 'Unassigned', 'Suspended']);
    expect([...rows.slice(1)].sort()).toEqual(
      skus
        .map((s) => [
          s.productSku.name,
          String(s.activeUnits),
          String(s.consumedUnits),
          String(unassigned(s)),
          String(s.suspendedUnits),
        ])
        .sort(),
    );
    const shownUnassigned = rows.slice(1).map((r) => Number(r[3]));
    expect(shownUnassigned).toEqual([...shownUnassigned].sort((a, b) => b - a));
    const top = [...skus].sort((a, b) => unassigned(b) - unassigned(a))[0]!;
    expect(textsOf(card).join(' ')).toContain(
      `Most unassigned: ${top.productSku.name} (${unassigned(top)})`,
    );
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Users', 'Subscriptions']);
  });

  it('when the user asks "how many E3 seats are unassigned at Fabrikam", which has no E3, then the same card says Fabrikam has no E3 licenses', async () => {
    const card = onlyCard(
      await agent.conversation().say('how many E3 seats are unassigned at Fabrikam'),
    );
    const skus = await skusOf('Fabrikam Inc');
    expect(textsOf(card)[0]).toBe('Licenses of Fabrikam Inc');
    expect(textsOf(card).join(' ')).toContain('Fabrikam Inc has no E3 licenses.');
    expect(tableRowsOf(card)).toHaveLength(skus.length + 1);
  });

  it('when the user asks about E3 seats at Woodgrove Bank, then the E3 SKUs come first and the note gives their unassigned seats', async () => {
    const card = onlyCard(
      await agent.conversation().say('how many E3 seats are unassigned at Woodgrove Bank'),
    );
    const e3 = (await skusOf('Woodgrove Bank')).filter((s) => / E3$/.test(s.productSku.name));
    expect(e3.length).toBeGreaterThan(0);
    const rows = tableRowsOf(card).slice(1);
    expect(
      rows
        .slice(0, e3.length)
        .map((r) => r[0])
        .sort(),
    ).toEqual(e3.map((s) => s.productSku.name).sort());
    const note = textsOf(card)[2]!;
    for (const s of e3) {
      expect(note).toContain(
        `${s.productSku.name}: ${unassigned(s).toLocaleString('en-US')} of ${s.activeUnits.toLocaleString('en-US')} seats unassigned.`,
      );
    }
  });

  it('when the user asks about a customer and then "show its licenses", then the licenses are those of the customer in context', async () => {
    const chat = agent.conversation();
    onlyCard(await chat.say('show customer Northwind Traders'));
    const card = onlyCard(await chat.say('show its licenses'));
    expect(textsOf(card)[0]).toBe('Licenses of Northwind Traders');
    expect(tableRowsOf(card)).toHaveLength((await skusOf('Northwind Traders')).length + 1);
  });
});
