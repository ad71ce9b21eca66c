import { describe, expect, it } from 'vitest';
import { sanitizeUrl } from '../../../../src/partner-center/pipeline/sanitizer.js';

describe('sanitizeUrl', () => {
  it('when the query has allow-listed parameters, then they are kept as they are', () => {
    const url = 'https://pc.test/v1/customers?size=500&seekOperation=Next&filter=%7B%22Field%22%7D';
    expect(sanitizeUrl(url)).toBe(url);
  });

  it('when the query has other parameters, then their values read REDACTED', () => {
    expect(
      sanitizeUrl('https://pc.test/v1/x?size=5&code=abc&$skiptoken=k181&access_token=eyJ'),
    ).toBe('https://pc.test/v1/x?size=5&code=REDACTED&$skiptoken=REDACTED&access_token=REDACTED');
  });

  it('when there is no query, then the URL is unchanged', () => {
    expect(sanitizeUrl('https://pc.test/v1/customers/abc')).toBe(
      'https://pc.test/v1/customers/abc',
    );
  });
});
