import { describe, expect, it } from 'vitest';
import { errorReply, gatewayReply } from '../../../../src/sandbox/http/error-reply.js';
import { PC_ERRORS, PcError } from '../../../../src/sandbox/http/pc-errors.js';
import { SANDBOX_ERRORS } from '../../../../src/sandbox/errors.js';

describe('Partner Center error catalog', () => {
  it('when the catalog is read, then every entry knows its key, a numeric code, an HTTP error status and text', () => {
    for (const [key, entry] of Object.entries(PC_ERRORS)) {
      expect(entry.code).toBe(key);
      expect(Number.isInteger(entry.pcCode)).toBe(true);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.message.trim()).not.toBe('');
    }
    for (const [key, entry] of Object.entries(SANDBOX_ERRORS)) expect(entry.code).toBe(key);
  });

  it('when the documented codes are looked up, then they match develop/error-codes.md', () => {
    const codes = (
      [
        'TENANT_NOT_FOUND',
        'USER_NOT_FOUND',
        'SUBSCRIPTION_NOT_FOUND',
        'ORDER_NOT_FOUND',
        'ETAG_STALE',
        'QUANTITY_OUT_OF_RANGE',
      ] as const
    ).map((k) => [PC_ERRORS[k].status, PC_ERRORS[k].pcCode]);
    expect(codes).toEqual([
      [404, 60003],
      [404, 60002],
      [404, 20003],
      [404, 20000],
      [400, 2055],
      [400, 2002],
    ]);
  });

  it('when an error is rendered for Partner Center, then the body is {code, description, data, source} with a numeric code', () => {
    const reply = errorReply(
      new PcError(PC_ERRORS.SUBSCRIPTION_NOT_FOUND, ['abc'], { data: ['d'] }),
      'partner-center',
    );
    expect(reply).toMatchObject({
      status: 404,
      body: {
        code: 20003,
        description: 'Subscription with ID abc not found.',
        data: ['d'],
        source: 'PartnerFD',
      },
    });
  });

  it('when an error is rendered for the Partner API, then the body is Graph-style', () => {
    const reply = errorReply(new PcError(PC_ERRORS.NOT_FOUND, ['Referral x.']), 'partner-api');
    expect(reply.body).toMatchObject({
      error: { code: 'itemNotFound', message: 'Not found. Referral x.' },
    });
  });

  it('when a 401 is rendered, then it carries the OAuth challenge header', () => {
    expect(
      errorReply(new PcError(PC_ERRORS.TOKEN_MISSING), 'partner-center').headers?.[
        'WWW-Authenticate'
      ],
    ).toMatch(/^OAuth/);
  });

  it('when the gateway answers, then its body is {statusCode, message}', () => {
    expect(gatewayReply(404, 'Resource not found').body).toEqual({
      statusCode: 404,
      message: 'Resource not found',
    });
  });
});
