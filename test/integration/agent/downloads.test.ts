import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, cardsOf, startTestAgent, type TestAgent } from '../../helpers/agent.js';

// "Download CSV" on a list longer than one card: a signed, expiring link served by the agent.
let agent: TestAgent;
let link: string;

beforeAll(async () => {
  agent = await startTestAgent();
  const [card] = cardsOf(await agent.conversation().say('list my customers'));
  const download = actionsOf(card).find((a) => a.title === 'Download CSV') as
    { type: string; url: string } | undefined;
  expect(download?.type).toBe('Action.OpenUrl');
  link = download!.url;
});
afterAll(() => agent?.close());

describe('Download CSV links', () => {
  it('when the link of a two-page customer list is opened, then every customer arrives as CSV', async () => {
    expect(link.startsWith(`${agent.host.url}/downloads/`)).toBe(true);
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="customers.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    // A UTF-8 byte order mark first, so Excel reads accents right (fetch's text() would drop it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('Company,Domain,Tenant id,Relationship\r\n')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    // 11 named + 20 generated customers, one line each after the header.
    expect(lines).toHaveLength(32);
    expect(lines).toContainEqual(
      expect.stringMatching(/^Contoso Ltd,contoso\.onmicrosoft\.com,[0-9a-f-]{36},/),
    );
  });

  it('when a search result fits on one card, then no download is offered', async () => {
    const [card] = cardsOf(await agent.conversation().say('find customers starting with fab'));
    expect(actionsOf(card).map((a) => a.title)).not.toContain('Download CSV');
  });

  it('when the link is changed, then it is refused with 403 and nothing is exported', async () => {
    const [payload, mac] = link.slice(link.lastIndexOf('/') + 1).split('.');
    const forged = Buffer.from(
      Buffer.from(payload!, 'base64url')
        .toString('utf8')
        .replace('customers.list', 'customers.search'),
    ).toString('base64url');
    const res = await fetch(`${agent.host.url}/downloads/${forged}.${mac}`);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      code: 'DownloadForbidden',
      source: 'partner-center-agent',
    });
  });

  it('when the link is not a token at all, then it answers 400 with a Partner Center-style body', async () => {
    const res = await fetch(`${agent.host.url}/downloads/not-a-token`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'DownloadInvalid' });
  });
});
