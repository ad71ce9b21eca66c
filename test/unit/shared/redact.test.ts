import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactString } from '../../../src/shared/redact.js';

describe('redact', () => {
  it('when an object has secret-named keys at any depth, then their values are replaced', () => {
    const input = {
      headers: { Authorization: 'Bearer abc.def', accept: 'application/json' },
      body: {
        passwordProfile: { password: 'P@ss' },
        userCredentials: { userName: 'a', password: 'b' },
      },
      client_secret: 's3cret',
    };
    const out = redact(input);
    expect(out.headers.Authorization).toBe(REDACTED);
    expect(out.headers.accept).toBe('application/json');
    expect(out.body.passwordProfile).toBe(REDACTED);
    expect(out.body.userCredentials).toBe(REDACTED);
    expect(out.client_secret).toBe(REDACTED);
    expect(input.client_secret).toBe('s3cret');
  });

  it('when a string carries a bearer token, a JWT, a query secret or a JSON password, then each is scrubbed', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
    const text = `Bearer abc123 then ${jwt} and ?client_secret=xyz&x=1 and {"password":"hunter2"}`;
    const out = redactString(text);
    expect(out).not.toContain('abc123');
    expect(out).not.toContain(jwt);
    expect(out).not.toContain('xyz');
    expect(out).not.toContain('hunter2');
    expect(out).toContain('x=1');
  });
});
