import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAgent, textsOf, type TestAgent, onlyCard, button } from '../../helpers/agent.js';
import { createApi, type PcApi } from '../../helpers/sandbox.js';
import { validateCard } from '../../helpers/validate-card.js';

// profile.show through the real agent over HTTP, checked against the sandbox's own profiles.
let agent: TestAgent;
let pc: PcApi;

interface WireLegal {
  companyName: string;
  primaryContact: { firstName: string; lastName: string; email: string; phoneNumber: string };
}
interface WireOrganization {
  id: string;
  companyName: string;
  tenantId: string;
  domain: string;
  email: string;
}

beforeAll(async () => {
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
});
afterAll(() => agent?.close());

describe('profile.show against the sandbox', () => {
  it('when the user asks "show our partner profile", then one card holds the legal business, organization and MPN profiles as the sandbox serves them', async () => {
    const card = onlyCard(await agent.conversation().say('show our partner profile'));
    const legal = (await pc.get<WireLegal>('/v1/profiles/legalbusiness')).body;
    const org = (await pc.get<WireOrganization>('/v1/profiles/organization')).body;
    const mpn = (await pc.get<{ mpnId: string }>('/v1/profiles/mpn')).body;
    const texts = textsOf(card);
    expect(texts[0]).toBe(org.companyName);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Legal business profile',
        'Organization profile',
        'MPN profile',
        `Legal name: ${legal.companyName}`,
        `Primary contact: ${legal.primaryContact.firstName} ${legal.primaryContact.lastName}`,
        `Contact email: ${legal.primaryContact.email}`,
        `Tenant id: ${org.tenantId}`,
        `Domain: ${org.domain}`,
        `Email: ${org.email}`,
        `Organization id: ${org.id}`,
        `MPN ID (Partner ID): ${mpn.mpnId}`,
      ]),
    );
  });

  it('when the user asks "what\'s our MPN ID?", then the card answers with the MPN id only, and its button opens another profile', async () => {
    const chat = agent.conversation();
    const card = onlyCard(await chat.say("what's our MPN ID?"));
    const mpn = (await pc.get<{ mpnId: string }>('/v1/profiles/mpn')).body;
    const texts = textsOf(card);
    expect(texts[0]).toBe(`Our MPN ID is ${mpn.mpnId}`);
    expect(texts).toContain(`MPN ID (Partner ID): ${mpn.mpnId}`);
    expect(texts).not.toContain('Legal business profile');

    const pressed = await chat.press(button(card, 'Legal business profile'));
    expect(pressed.status).toBe(200);
    const legal = (await pc.get<WireLegal>('/v1/profiles/legalbusiness')).body;
    expect(validateCard(pressed.body.value!).errors).toEqual([]);
    expect(textsOf(pressed.body.value)).toContain(`Legal name: ${legal.companyName}`);
    expect(textsOf(pressed.body.value)).not.toContain('MPN profile');
  });

  it('when the user asks for the organization profile, then only that section is shown', async () => {
    const card = onlyCard(await agent.conversation().say('show our organization profile'));
    const org = (await pc.get<WireOrganization>('/v1/profiles/organization')).body;
    const texts = textsOf(card);
    expect(texts).toContain('Organization profile');
    expect(texts).toContain(`Tenant id: ${org.tenantId}`);
    expect(texts).not.toContain('Legal business profile');
  });
});
