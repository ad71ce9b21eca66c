import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { StaticTokenProvider } from '../../../../src/partner-center/index.js';

describe('StaticTokenProvider', () => {
  it('when asked for a token, then it returns the configured one, never expiring', async () => {
    const token = await new StaticTokenProvider('sandbox-token').getToken();
    expect(token.token).toBe('sandbox-token');
    expect(token.expiresOnTimestamp).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('when the provider is logged or serialized, then the token does not appear', () => {
    const provider = new StaticTokenProvider('sandbox-secret-value');
    expect(JSON.stringify(provider)).not.toContain('sandbox-secret-value');
    expect(inspect(provider)).not.toContain('sandbox-secret-value');
  });

  it('when the token is empty, then construction fails with a TypeError', () => {
    expect(() => new StaticTokenProvider('')).toThrow(TypeError);
  });
});
