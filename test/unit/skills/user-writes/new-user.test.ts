import { describe, expect, it } from 'vitest';
import type { NewUserValues } from '../../../../src/cards/views/user-writes.js';
import {
  checkNewUser,
  namesFromUpn,
  upnError,
} from '../../../../src/skills/user-writes/new-user.js';

const DOMAINS = ['contoso.onmicrosoft.com', 'contoso.com'];
const JANE: NewUserValues = {
  userPrincipalName: 'jane.doe@contoso.com',
  firstName: 'Jane',
  lastName: 'Doe',
  displayName: '',
  usageLocation: 'gb',
};

describe('checkNewUser', () => {
  it('when every value is right, then the user has the domain as the customer writes it, "First Last" as display name and an upper-case country', () => {
    expect(checkNewUser({ ...JANE, userPrincipalName: 'Jane.Doe@Contoso.COM' }, DOMAINS)).toEqual({
      ok: true,
      user: {
        userPrincipalName: 'Jane.Doe@contoso.com',
        firstName: 'Jane',
        lastName: 'Doe',
        displayName: 'Jane Doe',
        usageLocation: 'GB',
      },
    });
  });

  it('when the usage location is a country name, then it becomes its code', () => {
    const check = checkNewUser({ ...JANE, usageLocation: 'Germany' }, DOMAINS);
    expect(check.ok && check.user.usageLocation).toBe('DE');
  });

  it('when values are missing or wrong, then each field gets its own error', () => {
    const check = checkNewUser(
      {
        userPrincipalName: 'jane@fabrikam.com',
        firstName: '',
        lastName: ' ',
        displayName: '',
        usageLocation: 'EU',
      },
      DOMAINS,
    );
    expect(check).toEqual({
      ok: false,
      errors: {
        userPrincipalName:
          'fabrikam.com is not a domain of this customer; use contoso.onmicrosoft.com or contoso.com.',
        firstName: 'First name is required.',
        lastName: 'Last name is required.',
        usageLocation: '"EU" is not a country; use a 2-letter code such as US, GB or DE.',
      },
    });
  });

  it('when names are too long, then they are refused', () => {
    const check = checkNewUser(
      { ...JANE, firstName: 'x'.repeat(65), displayName: 'y'.repeat(257) },
      DOMAINS,
    );
    expect(check.ok ? {} : check.errors).toEqual({
      firstName: 'At most 64 characters.',
      displayName: 'At most 256 characters.',
    });
  });
});

describe('upnError', () => {
  it.each([
    ['', 'Give the sign-in name, alias@domain.'],
    ['jane', 'Write it as alias@contoso.onmicrosoft.com.'],
    ['@contoso.com', 'Write it as alias@contoso.onmicrosoft.com.'],
    ['.jane@contoso.com', expect.stringContaining('no dot first, last or twice in a row')],
    ['ja..ne@contoso.com', expect.stringContaining('no dot first')],
    ['ja ne@contoso.com', expect.stringContaining('letters, digits')],
    [`${'a'.repeat(65)}@contoso.com`, expect.stringContaining('at most 64')],
  ])('when the sign-in name is "%s", then it is refused', (upn, error) => {
    expect(upnError(upn, DOMAINS)).toEqual({ error });
  });

  it("when the alias uses . _ - and ', then it is taken", () => {
    expect(upnError("o'neil_j-2.x@contoso.com", DOMAINS)).toEqual({
      value: "o'neil_j-2.x@contoso.com",
    });
  });
});

describe('namesFromUpn', () => {
  it('when the alias is first.last, then the names are guessed from it', () => {
    expect(namesFromUpn('jane.doe@contoso.com')).toEqual({
      firstName: 'Jane',
      lastName: 'Doe',
      displayName: 'Jane Doe',
    });
  });

  it('when the alias is not two plain words, then nothing is guessed', () => {
    for (const upn of [
      'jane@contoso.com',
      'j.d.smith@contoso.com',
      'jane2.doe@contoso.com',
      undefined,
    ])
      expect(namesFromUpn(upn)).toEqual({ firstName: '', lastName: '', displayName: '' });
  });
});
