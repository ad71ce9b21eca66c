import type { Storage } from '@microsoft/agents-hosting';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** Two handles on the same stored data (one instance twice, or two connections to one file). */
export interface StorageFixture {
  storage: Storage;
  second: Storage;
  cleanup?: () => void;
}

/**
 * The behaviour every `Storage` must share with the SDK's MemoryStorage, run against each
 * implementation so SqliteStorage cannot drift from it.
 */
export function describeStorageContract(name: string, makeFixture: () => StorageFixture): void {
  describe(`Storage contract: ${name}`, () => {
    let fixture: StorageFixture;
    let storage: Storage;
    beforeEach(() => {
      fixture = makeFixture();
      storage = fixture.storage;
    });
    afterEach(() => fixture.cleanup?.());

    it('when keys were never written, then read returns no entry for them', async () => {
      await storage.write({ present: { n: 1 } });
      const items = await storage.read(['missing', 'present', 'also/missing']);
      expect(Object.keys(items)).toEqual(['present']);
    });

    it('when read is called with no keys, then it rejects', async () => {
      await expect(storage.read([])).rejects.toThrow(/Keys are required when reading/);
    });

    it('when an item is written, then read returns an equal copy with a string eTag', async () => {
      const key = 'msteams/bot-1/conversations/19:abc@thread.v2 ünï "quoted"';
      const value = { count: 3, nested: { list: [1, 'two', null], flag: true }, text: 'é/\\' };
      await storage.write({ [key]: value });
      const items = await storage.read([key]);
      const { eTag, ...data } = items[key] as Record<string, unknown>;
      expect(data).toEqual(value);
      expect(typeof eTag).toBe('string');
      expect(eTag).not.toBe('');
    });

    it('when the written object is changed afterwards, then the stored copy is not', async () => {
      const value = { list: [1] };
      await storage.write({ k: value });
      value.list.push(2);
      const items = await storage.read(['k']);
      expect(items.k.list).toEqual([1]);
    });

    it('when an item is written twice, then each write assigns a new eTag', async () => {
      await storage.write({ k: { n: 1 } });
      const first = (await storage.read(['k'])).k.eTag as string;
      await storage.write({ k: { n: 2 } });
      const second = (await storage.read(['k'])).k.eTag as string;
      expect(second).not.toBe(first);
    });

    it('when a write carries the stored eTag, then it succeeds', async () => {
      await storage.write({ k: { n: 1 } });
      const item = (await storage.read(['k'])).k;
      await storage.write({ k: { ...item, n: 2 } });
      expect((await storage.read(['k'])).k.n).toBe(2);
    });

    it('when a write carries a stale eTag, then it rejects with an eTag conflict and the stored item stays', async () => {
      await storage.write({ k: { n: 1 } });
      const stale = (await storage.read(['k'])).k;
      await storage.write({ k: { ...stale, n: 2 } });
      await expect(storage.write({ k: { ...stale, n: 3 } })).rejects.toThrow(
        /error writing "k" due to eTag conflict/,
      );
      expect((await storage.read(['k'])).k.n).toBe(2);
    });

    it('when a write carries eTag "*" or no eTag, then it overwrites whatever is stored', async () => {
      await storage.write({ k: { n: 1 } });
      await storage.write({ k: { n: 2, eTag: '*' } });
      expect((await storage.read(['k'])).k.n).toBe(2);
      await storage.write({ k: { n: 3 } });
      expect((await storage.read(['k'])).k.n).toBe(3);
    });

    it('when a write carries an eTag for a key that is not stored, then it creates the item', async () => {
      await storage.write({ fresh: { n: 1, eTag: 'some-old-etag' } });
      expect((await storage.read(['fresh'])).fresh.n).toBe(1);
    });

    it('when keys are deleted, then read no longer returns them and missing keys are ignored', async () => {
      await storage.write({ a: { n: 1 }, b: { n: 2 } });
      await storage.delete(['a', 'never-written']);
      const items = await storage.read(['a', 'b']);
      expect(Object.keys(items)).toEqual(['b']);
    });

    it('when two handles write with the same eTag at once, then exactly one wins and the other gets a conflict', async () => {
      await storage.write({ shared: { n: 0 } });
      const [a, b] = await Promise.all([storage.read(['shared']), fixture.second.read(['shared'])]);
      const results = await Promise.allSettled([
        storage.write({ shared: { ...a.shared, n: 1, by: 'first' } }),
        fixture.second.write({ shared: { ...b.shared, n: 1, by: 'second' } }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r) => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(String((rejected[0] as PromiseRejectedResult).reason)).toMatch(/eTag conflict/);
    });

    it('when one handle writes, then the other handle reads the new item and its eTag', async () => {
      await storage.write({ k: { n: 1 } });
      const viaFirst = (await storage.read(['k'])).k;
      const viaSecond = (await fixture.second.read(['k'])).k;
      expect(viaSecond).toEqual(viaFirst);
    });
  });
}
