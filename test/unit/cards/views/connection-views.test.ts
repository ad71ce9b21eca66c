import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { connectionStatusCard, lastCallText } from '../../../../src/cards/views/connection.js';
import { actionsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

function expectValid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

const at = new Date('2026-03-15T12:00:00Z');

describe('connection status card', () => {
  it('when the sandbox answered, then mode, identity and the timed check are facts', () => {
    const card = connectionStatusCard({
      mode: 'sandbox',
      description: 'the built-in Partner Center sandbox (http://127.0.0.1:5050)',
      companyName: 'Trey Research Inc',
      partnerId: '4391507',
      tenantId: 'tenant-1',
      check: {
        ok: true,
        operation: 'Reading the organization profile',
        tookInMs: 12.4,
        fromCache: false,
        at,
      },
    });
    expectValid(card);
    expect(textsOf(card)).toEqual([
      'Connected to the Partner Center sandbox',
      'the built-in Partner Center sandbox (http://127.0.0.1:5050)',
      'Mode: Sandbox (seeded test data)',
      'Signed in as: Trey Research Inc',
      'Partner ID: 4391507',
      'Partner tenant: tenant-1',
      'Last successful call: checked just now (12:00:00 UTC), took 12 ms',
    ]);
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Our partner profile', 'Who am I?']);
  });

  it('when the answer came from the read cache, then the card says so rather than claiming a round trip', () => {
    expect(lastCallText({ ok: true, operation: 'x', tookInMs: 0.2, fromCache: true, at })).toBe(
      "checked just now (12:00:00 UTC), answered from the agent's read cache in 0 ms",
    );
  });

  it('when Partner Center refused, then identity is unknown, the last call is unknown and the reason is a note', () => {
    const card = connectionStatusCard({
      mode: 'tenant',
      description: 'Partner Center (https://api.partnercenter.microsoft.com)',
      check: {
        ok: false,
        operation: 'Reading the organization profile',
        tookInMs: 80,
        at,
        reason: 'Partner Center answered 401 / 900421 (MFA required)',
      },
    });
    expectValid(card);
    const texts = textsOf(card);
    expect(texts[0]).toBe('Partner Center did not answer');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Reading the organization profile: Partner Center answered 401 / 900421 (MFA required)',
        'Mode: Tenant (live Partner Center)',
        'Signed in as: unknown',
        'Partner ID: unknown',
        'Last successful call: unknown: the check just now failed after 80 ms',
      ]),
    );
  });
});
