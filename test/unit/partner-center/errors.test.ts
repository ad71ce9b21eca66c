import { describe, expect, it } from 'vitest';
import {
  PC_ERRORS,
  PartnerCenterError,
  isPartnerCenterError,
} from '../../../src/partner-center/errors.js';

const base = {
  status: 400,
  operation: 'users.resetPassword',
  requestId: 'r-1',
  correlationId: 'c-1',
  request: { method: 'PATCH', url: 'https://pc.test/v1/customers/c/users/u?code=abc' },
};

describe('PC_ERRORS catalog', () => {
  it('when the catalog is read, then every key is its own code, with a status and user-facing text', () => {
    for (const [key, entry] of Object.entries(PC_ERRORS)) {
      expect(entry.code).toBe(key);
      expect(key).toMatch(/^PC_[A-Z_]+$/);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.message.length).toBeGreaterThan(10);
    }
  });
});

describe('PartnerCenterError', () => {
  it('when built from a service error, then the message names operation, status, code and description', () => {
    const error = new PartnerCenterError({
      ...base,
      code: 2055,
      description: 'Etag is no longer valid',
    });
    expect(error.message).toBe(
      'users.resetPassword: Partner Center returned 400 (code 2055): Etag is no longer valid',
    );
    expect(error.name).toBe('PartnerCenterError');
    expect(error.isClientSide).toBe(false);
  });

  it('when the description echoes a password or token from the request, then it is redacted in the constructor', () => {
    const error = new PartnerCenterError({
      ...base,
      code: 'invalidRequest',
      description: 'Password Sup3r-Secret! is too weak; token static-abcdef was used',
      data: ['Password Sup3r-Secret! rejected', { nested: 'static-abcdef' }],
      sensitiveValues: ['Sup3r-Secret!', 'static-abcdef'],
    });
    const everything = `${error.message} ${JSON.stringify(error)} ${error.stack ?? ''}`;
    expect(everything).not.toContain('Sup3r-Secret!');
    expect(everything).not.toContain('static-abcdef');
    expect(everything).toContain('REDACTED');
  });

  it('when the description carries a bearer token or a JWT, then pattern redaction removes it', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
    const error = new PartnerCenterError({ ...base, description: `Bearer abc123 and ${jwt}` });
    expect(error.description).not.toContain('abc123');
    expect(error.description).not.toContain(jwt);
  });

  it('when serialized, then request shows only the method and a sanitized URL', () => {
    const json = new PartnerCenterError({ ...base }).toJSON();
    expect(json.request).toEqual({
      method: 'PATCH',
      url: 'https://pc.test/v1/customers/c/users/u?code=REDACTED',
    });
    expect(json).toMatchObject({ status: 400, requestId: 'r-1', correlationId: 'c-1' });
  });

  it('when the body was empty, then the message uses the HTTP status text', () => {
    expect(new PartnerCenterError({ ...base, status: 404 }).message).toBe(
      'users.resetPassword: Partner Center returned 404: Not Found',
    );
  });

  it('when built from the catalog, then the code is the catalog key and it is client-side', () => {
    const error = PartnerCenterError.fromCatalog(PC_ERRORS.PC_DATA_NOT_READY, ['30'], {
      ...base,
      status: 204,
      retryAfterInMs: 30_000,
    });
    expect(error.code).toBe('PC_DATA_NOT_READY');
    expect(error.isClientSide).toBe(true);
    expect(error.message).toBe(
      'users.resetPassword: Partner Center has not prepared this data yet. Try again in 30 s.',
    );
  });

  it('when checked by name, then isPartnerCenterError accepts it and rejects other errors', () => {
    const foreign = Object.assign(new Error('x'), { name: 'PartnerCenterError' });
    expect(isPartnerCenterError(new PartnerCenterError({ ...base }))).toBe(true);
    expect(isPartnerCenterError(foreign)).toBe(true);
    expect(isPartnerCenterError(new Error('x'))).toBe(false);
    expect(isPartnerCenterError({ name: 'PartnerCenterError' })).toBe(false);
  });
});
