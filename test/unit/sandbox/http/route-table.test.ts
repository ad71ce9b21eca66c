import { describe, expect, it } from 'vitest';
import { compileRoutes } from '../../../../src/sandbox/http/route-table.js';
import { json } from '../../../../src/sandbox/http/types.js';
import { ALL_ROUTES } from '../../../../src/sandbox/routes/index.js';

const handler = () => json({});

describe('route table', () => {
  const table = compileRoutes([
    { method: 'GET', path: '/v1/customers/:customerId', handler },
    { method: 'GET', path: '/v1/customers/relationshiprequests', handler },
    { method: 'GET', path: '/v1.0/engagements/referrals/:referralId', handler },
    { method: 'PATCH', path: '/v1/customers/:customerId', handler },
  ]);

  it('when a static segment and a parameter both match, then the static route wins', () => {
    expect(table.match('GET', '/v1/customers/relationshiprequests')?.route.key).toBe(
      'GET /v1/customers/relationshiprequests',
    );
    expect(table.match('GET', '/v1/customers/abc')?.params).toEqual({ customerId: 'abc' });
  });

  it('when static segments differ in case or the path has a trailing slash, then it still matches', () => {
    expect(table.match('GET', '/V1/Customers/abc/')?.route.key).toBe(
      'GET /v1/customers/:customerId',
    );
  });

  it('when parameters are percent-encoded, then they are decoded; a broken encoding does not match', () => {
    expect(table.match('GET', '/v1/customers/a%20b')?.params.customerId).toBe('a b');
    expect(table.match('GET', '/v1/customers/%E0%A4%A')).toBeUndefined();
  });

  it('when the method differs or the path is longer, then nothing matches', () => {
    expect(table.match('DELETE', '/v1/customers/abc')).toBeUndefined();
    expect(table.match('GET', '/v1/customers/abc/more')).toBeUndefined();
  });

  it('when routes are compiled, then writes and the Partner API family are flagged', () => {
    expect(table.match('PATCH', '/v1/customers/abc')?.route.write).toBe(true);
    expect(table.match('GET', '/v1.0/engagements/referrals/x')?.route.family).toBe('partner-api');
  });

  it('when the sandbox routes are compiled, then no two routes share a method and template', () => {
    const keys = compileRoutes(ALL_ROUTES).routes.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
