import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCustomerId, findSubscription, startTestSandbox } from '../../helpers/sandbox.js';

const dir = mkdtempSync(join(tmpdir(), 'pc-sandbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence with --db', () => {
  it('when a change is made and the sandbox restarts on the same file, then the change and its MS-RequestId are still there', async () => {
    const db = join(dir, 'sandbox.db');
    const first = await startTestSandbox({ db, customers: 3 });
    const contoso = await findCustomerId(first.api, 'Contoso Ltd');
    const s = await findSubscription(first.api, contoso, 'Office 365 E1');
    const rename = (api: typeof first.api) =>
      api.patch(
        `/v1/customers/${contoso}/subscriptions/${s.id}`,
        { friendlyName: 'Persisted', attributes: { etag: s.attributes.etag } },
        { headers: { 'MS-RequestId': 'd15c0000-0000-4000-8000-000000000001' } },
      );
    const renamed = await rename(first.api);
    expect(renamed.status).toBe(200);
    await first.close();

    const second = await startTestSandbox({ db, customers: 3 });
    try {
      expect(second.sandbox.reusedStore).toBe(true);
      expect((await findSubscription(second.api, contoso, 'Office 365 E1')).friendlyName).toBe(
        'Persisted',
      );
      // The idempotency records persist too: a client retrying across a restart is not applied twice.
      const retried = await rename(second.api);
      expect(retried.headers.get('x-sandbox-idempotent-replay')).toBe('true');
      expect(retried.text).toBe(renamed.text);
    } finally {
      await second.close();
    }
  });

  it('when no database file is given, then the store is in memory and a restart starts again from the seed', async () => {
    const first = await startTestSandbox();
    expect(first.sandbox.options.db).toBe(':memory:');
    const contoso = await findCustomerId(first.api, 'Contoso Ltd');
    const s = await findSubscription(first.api, contoso, 'Office 365 E1');
    const renamed = await first.api.patch(`/v1/customers/${contoso}/subscriptions/${s.id}`, {
      friendlyName: 'Forgotten',
      attributes: { etag: s.attributes.etag },
    });
    expect(renamed.status).toBe(200);
    await first.close();

    const second = await startTestSandbox();
    try {
      expect(second.sandbox.reusedStore).toBe(false);
      expect((await findSubscription(second.api, contoso, 'Office 365 E1')).friendlyName).toBe(
        'Office 365 E1',
      );
    } finally {
      await second.close();
    }
  });

  it('when the file was seeded with another seed, then it is reseeded for the new one', async () => {
    const db = join(dir, 'reseed.db');
    const first = await startTestSandbox({ db, seed: 1 });
    const idWithSeed1 = await findCustomerId(first.api, 'Fabrikam Inc');
    await first.close();
    const second = await startTestSandbox({ db, seed: 2 });
    try {
      expect(await findCustomerId(second.api, 'Fabrikam Inc')).not.toBe(idWithSeed1);
    } finally {
      await second.close();
    }
  });
});
