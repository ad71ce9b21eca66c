import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/shared/errors.js';
import type { AuditEntryInput } from '../../../src/state/audit-entry.js';
import { createAuditLog, type AuditLog } from '../../../src/state/audit-log.js';
import { createSqliteDatabase, type SqliteDatabase } from '../../../src/state/sqlite-database.js';

const T0 = Date.parse('2026-11-01T08:00:00.000Z');
const HOUR = 3_600_000;

function entry(overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    userId: 'aad-megan',
    userName: 'Megan Bowen',
    role: 'AdminAgent',
    intent: 'subscriptions.setQuantity',
    outcome: 'succeeded',
    customerId: 'cust-contoso',
    customerName: 'Contoso',
    target: 'sub-e3',
    before: { quantity: 25 },
    after: { quantity: 30 },
    requestId: 'req-1',
    correlationId: 'corr-1',
    ...overrides,
  };
}

async function drain(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('audit log', () => {
  let clock: number;
  let db: SqliteDatabase;
  let log: AuditLog;
  beforeEach(() => {
    clock = T0;
    db = createSqliteDatabase(':memory:');
    log = createAuditLog(db, { now: () => clock, exportBatchSize: 2 });
  });
  afterEach(() => db.close());

  it('when an entry is appended, then it gets an id and the current time and the caller cannot set them', async () => {
    const input = { ...entry(), id: 'mine', timestamp: '1999-01-01T00:00:00.000Z' };
    const stored = await log.append(input);
    expect(stored.id).not.toBe('mine');
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored.timestamp).toBe('2026-11-01T08:00:00.000Z');
    expect((await log.query()).entries).toEqual([stored]);
  });

  it('when an entry carries secrets, then none of them is stored', async () => {
    const stored = await log.append(
      entry({
        intent: 'users.resetPassword',
        after: {
          password: 'Gen3rated!Pwd',
          passwordProfile: { temporaryPassword: 'Tmp!123', forceChange: true },
          userCredentials: { userName: 'jane', password: 'Cred!456' },
          deep: { a: { b: { c: { d: { e: { f: { g: { h: { password: 'Deep!789' } } } } } } } } },
        },
        detail: 'call failed with Authorization: Bearer abc.def.ghi',
      }),
    );
    const text = JSON.stringify((await log.query()).entries) + JSON.stringify(stored);
    for (const secret of ['Gen3rated!Pwd', 'Tmp!123', 'Cred!456', 'Deep!789', 'abc.def.ghi'])
      expect(text).not.toContain(secret);
    expect((stored.after as { passwordProfile: { forceChange: boolean } }).passwordProfile).toBe(
      'REDACTED',
    );
  });

  it('when an outcome is not in the list, then append rejects', async () => {
    await expect(
      log.append(entry({ outcome: 'maybe' as AuditEntryInput['outcome'] })),
    ).rejects.toBeInstanceOf(TypeError);
  });

  it('when queried, then entries come newest first and filters combine', async () => {
    await log.append(entry({ outcome: 'proposed' }));
    clock += HOUR;
    await log.append(entry({ outcome: 'succeeded' }));
    clock += HOUR;
    await log.append(
      entry({ customerId: 'cust-fabrikam', outcome: 'denied', userId: 'aad-adele' }),
    );
    const all = await log.query();
    expect(all.entries.map((e) => e.outcome)).toEqual(['denied', 'succeeded', 'proposed']);
    expect(all.nextCursor).toBeUndefined();
    expect((await log.query({ customerId: 'cust-contoso' })).entries).toHaveLength(2);
    expect((await log.query({ userId: 'aad-adele' })).entries).toHaveLength(1);
    expect(
      (await log.query({ outcome: 'proposed', intent: 'subscriptions.setQuantity' })).entries,
    ).toHaveLength(1);
  });

  it('when since and until are dates, then until includes that whole day (UTC)', async () => {
    clock = Date.parse('2026-10-31T23:59:59.999Z');
    await log.append(entry({ target: 'oct' }));
    clock = Date.parse('2026-11-01T00:00:00.000Z');
    await log.append(entry({ target: 'nov1' }));
    clock = Date.parse('2026-11-30T23:59:59.999Z');
    await log.append(entry({ target: 'nov30' }));
    clock = Date.parse('2026-12-01T00:00:00.000Z');
    await log.append(entry({ target: 'dec' }));
    const page = await log.query({ since: '2026-11-01', until: '2026-11-30' });
    expect(page.entries.map((e) => e.target)).toEqual(['nov30', 'nov1']);
    const exclusive = await log.query({
      since: new Date('2026-11-01T00:00:00Z'),
      until: '2026-11-30T23:59:59.999Z',
    });
    expect(exclusive.entries.map((e) => e.target)).toEqual(['nov1']);
  });

  it('when results span pages, then following nextCursor returns every entry exactly once', async () => {
    for (let i = 0; i < 7; i++) {
      await log.append(entry({ target: `t${i}` }));
      if (i % 2) clock += 1; // some entries share a timestamp
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await log.query({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.entries.map((e) => e.target ?? ''));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['t6', 't5', 't4', 't3', 't2', 't1', 't0']);
  });

  it('when a cursor or a date is not valid, then query fails with a catalogued error', async () => {
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'none',
        (e: unknown) => isAppError(e) && e.code,
      );
    expect(await codeOf(log.query({ cursor: 'garbage' }))).toBe('AUDIT_BAD_CURSOR');
    expect(await codeOf(log.query({ since: '2026-02-31' }))).toBe('AUDIT_BAD_DATE');
    expect(await codeOf(log.query({ since: 'yesterday' }))).toBe('AUDIT_BAD_DATE');
  });

  it('when exported as CSV, then there is a header row and one RFC 4180 record per entry, oldest first', async () => {
    await log.append(entry({ customerName: 'Contoso, Ltd "EU"', target: 'first' }));
    clock += HOUR;
    await log.append(
      entry({ customerName: '=HYPERLINK("http://x")', detail: 'line1\nline2', target: 'second' }),
    );
    clock += HOUR;
    await log.append(entry({ target: 'third' }));
    const csv = await drain(log.exportEntries({ since: '2026-11-01' }, 'csv'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'timestamp,id,outcome,userId,userName,role,intent,customerId,customerName,target,targetName,before,after,requestId,correlationId,pendingActionId,conversationId,detail',
    );
    expect(csv).toContain(
      ',"Contoso, Ltd ""EU""",first,,"{""quantity"":25}","{""quantity"":30}",req-1,',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('"line1\nline2"');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.indexOf('first')).toBeLessThan(csv.indexOf('second'));
    expect(csv.indexOf('second')).toBeLessThan(csv.indexOf('third'));
  });

  it('when exported as JSON, then the output is one array of the period entries, oldest first, across batches', async () => {
    for (let i = 0; i < 5; i++) {
      await log.append(entry({ target: `t${i}` }));
      clock += HOUR;
    }
    const json = await drain(
      log.exportEntries({ since: '2026-11-01T09:00:00Z', until: '2026-11-01T12:00:00Z' }, 'json'),
    );
    const parsed = JSON.parse(json) as Array<{ target: string }>;
    expect(parsed.map((e) => e.target)).toEqual(['t1', 't2', 't3']);
  });

  it('when nothing matches, then JSON export is an empty array and CSV only the header', async () => {
    expect(JSON.parse(await drain(log.exportEntries({ since: '2030-01-01' }, 'json')))).toEqual([]);
    expect(
      (await drain(log.exportEntries({ since: '2030-01-01' }, 'csv'))).split('\r\n'),
    ).toHaveLength(2);
  });

  it('when the export period is not a date, then exportEntries throws before producing output', () => {
    expect(() => log.exportEntries({ since: '11/01/2026' }, 'csv')).toThrow(/not valid/);
  });
});
