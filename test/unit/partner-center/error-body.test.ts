import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../../src/partner-center/error-body.js';

const sample = (file: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../fixtures/pc-samples/${file}`, import.meta.url)),
    'utf8',
  );

describe('parseErrorBody', () => {
  it.each([
    ['error-404-mpn-not-found.json', { code: 3000, source: 'PartnerFD', data: [] }],
    ['error-400-invalid-tenant-id.json', { code: 2000, source: 'PartnerApiServiceControllers' }],
    ['error-400-license-quota-exceeded.json', { code: 60012, source: 'PartnerFD' }],
  ])(
    'when the body is the documented {code,description,data,source} shape (%s), then every field is read',
    (file, expected) => {
      const fields = parseErrorBody(sample(file));
      expect(fields).toMatchObject(expected);
      expect(fields.description).toEqual(expect.any(String));
    },
  );

  it('when the body is the newer agreements shape, then errorName, isRetryable and the description are read', () => {
    expect(parseErrorBody(sample('error-agreement-already-exists.json'))).toMatchObject({
      code: 600061,
      description: 'A partner confirmed agreement already exists for the customer.',
      errorName: 'PartnerConfirmedAgreementAlreadyExists',
      isRetryable: false,
    });
  });

  it('when the body is the gateway {statusCode,message} shape, then the message is the description and there is no service code', () => {
    const fields = parseErrorBody(sample('error-429-throttled.json'));
    expect(fields).toEqual({ description: 'Rate limit is exceeded. Try again in 57 seconds.' });
  });

  it('when the body is the Partner API Graph-style shape, then the string code, message and target are read', () => {
    expect(parseErrorBody(sample('error-partner-api.json'))).toMatchObject({
      code: 'unAuthorized',
      description: 'Caller is not authorized to access the resource.',
      source: 'referral',
      data: [{ code: 'innerErrorCode', message: 'Unauthorized referral access' }],
    });
  });

  it('when code is a string, then it stays a string', () => {
    expect(parseErrorBody('{"code":"2055","description":"Etag is no longer valid"}').code).toBe(
      '2055',
    );
  });

  it('when the body is empty, then no fields are read', () => {
    expect(parseErrorBody('')).toEqual({});
  });

  it('when the body is HTML from a proxy, then its text becomes the description, cut to 1024 characters', () => {
    const html = `<html>${'x'.repeat(2000)}</html>`;
    expect(parseErrorBody(html).description).toHaveLength(1024);
  });
});
