import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestAgent, textsOf, type TestAgent, onlyCard } from '../../helpers/agent.js';
import { createApi, type PcApi } from '../../helpers/sandbox.js';

// connection.status through the real agent, checked against the sandbox's partner profiles.
// The read cache is off here, so every check is a real round trip the faults can reach.
let agent: TestAgent;
let pc: PcApi;

beforeAll(async () => {
  agent = await startTestAgent({ PARTNER_CENTER_CACHE_TTL_SECONDS: '0' });
  pc = createApi(agent.host.sandbox!.url);
});
afterEach(async () => {
  await pc.delete('/_sandbox/faults');
});
afterAll(() => agent?.close());

describe('connection.status against the sandbox', () => {
  it('when the user asks "connection status", then the card names the sandbox, the partner and its id from the sandbox, and the time the check took', async () => {
    const card = onlyCard(await agent.conversation().say('connection status'));
    const org = (
      await pc.get<{ companyName: string; tenantId: string }>('/v1/profiles/organization')
    ).body;
    const mpn = (await pc.get<{ mpnId: string }>('/v1/profiles/mpn')).body;
    const texts = textsOf(card);
    expect(texts[0]).toBe('Connected to the Partner Center sandbox');
    expect(texts[1]).toBe(agent.host.connection.description);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Mode: Sandbox (seeded test data)',
        `Signed in as: ${org.companyName}`,
        `Partner ID: ${mpn.mpnId}`,
        `Partner tenant: ${org.tenantId}`,
      ]),
    );
    expect(texts.find((t) => t.startsWith('Last successful call: '))).toMatch(
      /^Last successful call: checked just now \(\d\d:\d\d:\d\d UTC\), took \d+ ms$/,
    );
  });

  it('when the organization profile is refused, then the name still comes from the legal business profile and the check reports that call', async () => {
    await pc.post('/_sandbox/faults', {
      route: 'GET /v1/profiles/organization',
      kind: 'status',
      status: 403,
    });
    const card = onlyCard(await agent.conversation().say('am I connected?'));
    const legal = (await pc.get<{ companyName: string }>('/v1/profiles/legalbusiness')).body;
    const texts = textsOf(card);
    expect(texts[0]).toBe('Connected to the Partner Center sandbox');
    expect(texts).toContain(`Signed in as: ${legal.companyName}`);
    expect(texts.find((t) => t.startsWith('Last successful call: '))).toMatch(/took \d+ ms$/);
  });

  it('when every profile is refused, then the identity and the last successful call are "unknown" and the card says why', async () => {
    await pc.post('/_sandbox/faults', { route: '^GET /v1/profiles', kind: 'status', status: 403 });
    const card = onlyCard(await agent.conversation().say('connection status'));
    const texts = textsOf(card);
    expect(texts[0]).toBe('The Partner Center sandbox did not answer');
    expect(texts).toEqual(expect.arrayContaining(['Signed in as: unknown', 'Partner ID: unknown']));
    expect(texts.find((t) => t.startsWith('Reading the organization profile: '))).toContain('403');
    expect(texts.find((t) => t.startsWith('Last successful call: '))).toMatch(
      /^Last successful call: unknown: the check just now failed after \d+ ms$/,
    );
  });
});
