import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionsOf,
  startTestAgent,
  tableRowsOf,
  textsOf,
  type Card,
  type TestAgent,
  onlyCard,
  button,
} from '../../helpers/agent.js';
import { createApi, type PcApi, type WireCollection } from '../../helpers/sandbox.js';
import { validateCard } from '../../helpers/validate-card.js';

// offers.list / search / show / categories through the real agent against its sandbox; every
// expectation is read from the sandbox's own catalog.
let agent: TestAgent;
let pc: PcApi;

interface WireOffer {
  id: string;
  name: string;
  description: string;
  billing: string;
  minimumQuantity: number;
  maximumQuantity: number;
  category: { id: string; name: string };
  country: string;
}

async function offersIn(country: string): Promise<WireOffer[]> {
  const res = await pc.get<WireCollection<WireOffer>>(`/v1/offers?country=${country}`);
  expect(res.status).toBe(200);
  return res.body.items;
}

const offerIds = (card: Card) =>
  tableRowsOf(card)
    .slice(1)
    .map((r) => r[1]);

beforeAll(async () => {
  // Loads jsdom + adaptivecards now: that first load blocks the event loop for seconds, and an
  // idle keep-alive socket to the sandbox can then be reset under the next request (ECONNRESET).
  validateCard({ type: 'AdaptiveCard', version: '1.5', body: [] });
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
});
afterAll(() => agent?.close());

describe('offers', () => {
  it('when the user lists offers in Germany, then the first card shows the first 20 of the sandbox\'s German offers and "show more" the rest', async () => {
    const german = await offersIn('DE');
    expect(german.length).toBeGreaterThan(20);
    const chat = agent.conversation();
    const first = onlyCard(await chat.say('list offers in Germany'));
    expect(textsOf(first).slice(0, 2)).toEqual([
      'Offers in Germany',
      `${german.length} offers · showing 1–20`,
    ]);
    const rows = tableRowsOf(first);
    expect(rows[0]).toEqual(['Offer', 'Offer id', 'Category', 'Billing', 'Seats']);
    const o = german[0]!;
    expect(rows[1]).toEqual([
      o.name,
      o.id,
      o.category.name,
      o.billing.charAt(0).toUpperCase() + o.billing.slice(1),
      o.minimumQuantity === o.maximumQuantity
        ? String(o.minimumQuantity)
        : `${o.minimumQuantity.toLocaleString('en-US')}–${o.maximumQuantity.toLocaleString('en-US')}`,
    ]);
    expect(offerIds(first)).toEqual(german.slice(0, 20).map((x) => x.id));
    expect(button(first, 'Show more').verb).toBe('more');
    expect(button(first, 'Download CSV').type).toBe('Action.OpenUrl');

    const second = onlyCard(await chat.say('show more'));
    expect(offerIds(second)).toEqual(german.slice(20).map((x) => x.id));
    expect(actionsOf(second).map((a) => a.title)).not.toContain('Show more');
  });

  it('when the offer list\'s "Download CSV" is opened, then every German offer arrives as CSV', async () => {
    const german = await offersIn('DE');
    const card = onlyCard(await agent.conversation().say('list offers in Germany'));
    const url = (button(card, 'Download CSV') as unknown as { url: string }).url;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Offer,Offer id,Category,Billing,Minimum quantity,Maximum quantity,Billing cycles,Add-on,Trial',
    );
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(german.map((o) => o.id));
  });

  it("when no country is named, then the partner profile's country is used and the card says so", async () => {
    const legal = await pc.get<{ address: { country: string } }>('/v1/profiles/legalbusiness');
    const country = legal.body.address.country;
    const expected = await offersIn(country);
    const card = onlyCard(await agent.conversation().say('list offers'));
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(country)!;
    expect(textsOf(card)[0]).toBe(`Offers in ${name}`);
    expect(textsOf(card)[2]).toContain("is your partner profile's country");
    expect(offerIds(card)).toEqual(expected.slice(0, 20).map((o) => o.id));
  });

  it('when the user searches offers for Teams in the UK, then the British offers mentioning Teams are listed, name matches first', async () => {
    const british = await offersIn('GB');
    const mentions = british.filter((o) =>
      `${o.name} ${o.description}`.toLowerCase().includes('teams'),
    );
    const inName = mentions.filter((o) => o.name.toLowerCase().includes('teams'));
    expect(inName.length).toBeGreaterThan(0);
    const card = onlyCard(await agent.conversation().say('find offers for Teams in the UK'));
    expect(textsOf(card)[0]).toBe('Offers for "Teams" in United Kingdom');
    expect(new Set(offerIds(card))).toEqual(new Set(mentions.map((o) => o.id)));
    expect(offerIds(card).slice(0, inName.length)).toEqual(inName.map((o) => o.id));
  });

  it("when the search names a category, then that category's offers are listed", async () => {
    const french = await offersIn('FR');
    const card = onlyCard(
      await agent.conversation().say('find offers for small business in France'),
    );
    expect(textsOf(card)[0]).toBe('Small business offers in France');
    expect(offerIds(card)).toEqual(
      french.filter((o) => o.category.id === 'SmallBusiness_Key').map((o) => o.id),
    );
  });

  it('when nothing matches the search, then the card says no offer mentions it', async () => {
    const card = onlyCard(await agent.conversation().say('find offers for zzqx in Germany'));
    expect(textsOf(card)).toContain(
      'No offer in Germany mentions "zzqx" in its name or description.',
    );
  });

  it("when the user shows offer 031C9E47-…, then its facts match the sandbox's offer", async () => {
    const legal = await pc.get<{ address: { country: string } }>('/v1/profiles/legalbusiness');
    const country = legal.body.address.country;
    const res = await pc.get<WireOffer & { supportedBillingCycles: string[] }>(
      `/v1/offers/031C9E47-4802-4248-838E-778FB1D2CC05?country=${country}`,
    );
    const o = res.body;
    const card = onlyCard(
      await agent.conversation().say('show offer 031C9E47-4802-4248-838E-778FB1D2CC05'),
    );
    const texts = textsOf(card);
    expect(texts[0]).toBe(o.name);
    expect(texts).toContain(`Offer id: ${o.id}`);
    expect(texts).toContain(`Category: ${o.category.name}`);
    expect(texts).toContain(`Quantity: ${o.minimumQuantity}–${o.maximumQuantity}`);
    expect(texts).toContain(`Description: ${o.description}`);
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Learn more',
      `${o.category.name} offers`,
      'All offers',
    ]);
  });

  it('when an offer is not sold in the market asked for, then a notice says so instead of an error', async () => {
    const card = onlyCard(
      await agent.conversation().say('show offer 00000000-0000-0000-0000-000000000000 in Germany'),
    );
    expect(textsOf(card)[0]).toBe('No offer 00000000-0000-0000-0000-000000000000 in Germany');
    expect(button(card, 'All offers')).toBeDefined();
  });

  it('when the user asks for offer categories in France, then each sandbox category is listed with its count of French offers', async () => {
    const res = await pc.get<WireCollection<{ id: string; name: string }>>(
      '/v1/offercategories?country=FR',
    );
    const french = await offersIn('FR');
    const card = onlyCard(
      await agent.conversation().say('what offer categories are there in France'),
    );
    expect(textsOf(card)[0]).toBe('Offer categories in France');
    expect(tableRowsOf(card).slice(1)).toEqual(
      res.body.items.map((c) => [
        c.name,
        c.id,
        String(french.filter((o) => o.category.id === c.id).length),
      ]),
    );
    const pressed = await agent
      .conversation()
      .press(button(card, `${res.body.items[0]!.name} offers`));
    expect(pressed.status).toBe(200);
    expect(textsOf(pressed.body.value)[0]).toBe(`${res.body.items[0]!.name} offers in France`);
  });
});
