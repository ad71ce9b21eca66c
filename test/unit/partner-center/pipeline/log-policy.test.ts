import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../src/shared/logger.js';
import { logPolicy } from '../../../../src/partner-center/pipeline/log-policy.js';
import { requestError } from '../../../../src/partner-center/pipeline/request-errors.js';
import { makeRequest, respond } from './requests.js';

type Line = Record<string, unknown>;

function run(status: number | 'network' | 'aborted', method: 'GET' | 'HEAD' = 'GET') {
  const logger = createMemoryLogger();
  const request = makeRequest({
    method,
    headers: new Headers({ Authorization: 'Bearer secret-token-123' }),
    url: 'https://pc.test/v1/customers?size=5&$skiptoken=abc',
    body: '{"Password":"hunter2"}',
    attempt: 2,
  });
  const policy = logPolicy({ logger, now: () => 1000 });
  const done =
    status === 'network' || status === 'aborted'
      ? policy
          .sendRequest(request, async () => {
            throw status === 'network'
              ? requestError(request, 'PC_NETWORK_ERROR', ['fetch failed'])
              : requestError(request, 'PC_ABORTED', []);
          })
          .catch(() => undefined)
      : policy.sendRequest(request, async (r) => respond(r, status));
  return done.then(() => logger.lines.map((l) => JSON.parse(l) as Line));
}

describe('logPolicy', () => {
  it('when an attempt succeeds, then one debug line has method, sanitized URL, status, ids and attempt', async () => {
    const lines = await run(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'debug',
      method: 'GET',
      url: 'https://pc.test/v1/customers?size=5&$skiptoken=REDACTED',
      status: 200,
      requestId: 'req-1',
      correlationId: 'corr-1',
      attempt: 2,
      durationInMs: 0,
    });
  });

  it.each([
    [429, 'info'],
    [503, 'info'],
    ['network' as const, 'info'],
    [404, 'warn'],
    [400, 'warn'],
    ['aborted' as const, 'debug'],
  ])('when an attempt ends with %s, then it is logged at %s', async (status, level) => {
    const lines = await run(status);
    expect(lines[0]?.level).toBe(level);
  });

  it('when a HEAD ends with 404 (a free domain), then it is an answer logged at debug, not a warning', async () => {
    expect((await run(404, 'HEAD'))[0]?.level).toBe('debug');
    expect((await run(500, 'HEAD'))[0]?.level).toBe('info');
  });

  it('when a request has an Authorization header and a password body, then neither reaches the log', async () => {
    const text = (await run(400)).map((l) => JSON.stringify(l)).join('\n');
    expect(text).not.toContain('secret-token-123');
    expect(text).not.toContain('hunter2');
    expect(text).not.toMatch(/authorization/i);
  });
});
