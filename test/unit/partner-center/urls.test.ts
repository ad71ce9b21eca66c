import { describe, expect, it } from 'vitest';
import { buildQuery, createUrlResolver, setQueryParam } from '../../../src/partner-center/urls.js';

const urls = createUrlResolver({
  baseUrl: 'http://127.0.0.1:5050/',
  partnerApiBaseUrl: 'https://api.partner.microsoft.com',
  benefitsEndpoint: 'http://127.0.0.1:5050/v1/benefits',
});

describe('urls', () => {
  it('when an operation path is resolved, then /v1 (or /v1.0) is added once', () => {
    expect(urls.api('partnerCenter', '/customers', { size: 500 })).toBe(
      'http://127.0.0.1:5050/v1/customers?size=500',
    );
    expect(urls.api('partnerApi', '/engagements/referrals')).toBe(
      'https://api.partner.microsoft.com/v1.0/engagements/referrals',
    );
    expect(urls.api('benefits', '/b1/activate')).toBe(
      'http://127.0.0.1:5050/v1/benefits/b1/activate',
    );
  });

  it.each([
    ['/customers?size=500&seekOperation=Next'],
    ['/v1/customers?size=500&seekOperation=Next'],
    ['customers?size=500&seekOperation=Next'],
    ['https://api.partnercenter.microsoft.com/v1/customers?size=500&seekOperation=Next'],
  ])(
    'when a link is %s, then it resolves to one /v1 on the configured root (never /v1//v1/)',
    (uri) => {
      expect(urls.link('partnerCenter', uri)).toBe(
        'http://127.0.0.1:5050/v1/customers?size=500&seekOperation=Next',
      );
    },
  );

  it('when a link points at another host, then only its path is used on the configured root', () => {
    expect(urls.link('partnerApi', 'http://evil.example/v1.0/referrals?$skiptoken=k1')).toBe(
      'https://api.partner.microsoft.com/v1.0/referrals?$skiptoken=k1',
    );
  });

  it('when a path merely starts with v1 letters, then it is not taken for the version', () => {
    expect(urls.link('partnerCenter', '/v1customers')).toBe('http://127.0.0.1:5050/v1/v1customers');
  });

  it('when a filter is put in a query, then it is percent-encoded like the docs and $ names stay readable', () => {
    expect(
      buildQuery({
        filter: '{"Field":"CompanyName","Value":"Con to","Operator":"starts_with"}',
        size: undefined,
      }),
    ).toBe(
      '?filter=%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22Con%20to%22%2C%22Operator%22%3A%22starts_with%22%7D',
    );
    expect(buildQuery({ $top: 10, licenseGroupIds: ['g1', 'g2'] })).toBe(
      '?$top=10&licenseGroupIds=g1&licenseGroupIds=g2',
    );
  });

  it('when a page size is set on a link, then only that parameter changes', () => {
    expect(setQueryParam('/customers?size=500&seekOperation=Next', 'size', '20')).toBe(
      '/customers?size=20&seekOperation=Next',
    );
    expect(setQueryParam('/customers', 'size', '20')).toBe('/customers?size=20');
  });
});
