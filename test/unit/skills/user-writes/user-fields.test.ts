import { describe, expect, it } from 'vitest';
import { userField } from '../../../../src/skills/user-writes/user-fields.js';
import {
  parseUsageLocation,
  usageLocationText,
} from '../../../../src/skills/user-writes/usage-location.js';

describe('userField', () => {
  it('when the recognizer names a field, then it maps to the Partner Center property', () => {
    expect(userField('displayName')?.key).toBe('displayName');
    expect(userField('phone')?.key).toBe('phoneNumber');
    expect(userField('usage location')?.key).toBe('usageLocation');
    expect(userField('email')).toBeUndefined();
    expect(userField('companyName')).toBeUndefined();
    expect(userField(undefined)).toBeUndefined();
  });

  it('when a value is given, then it is checked for its field', () => {
    expect(userField('displayName')?.parse('  Alex W. ')).toEqual({ value: 'Alex W.' });
    expect(userField('firstName')?.parse(' ')).toEqual({ error: 'A first name cannot be empty.' });
    expect(userField('usageLocation')?.parse('uk')).toEqual({ value: 'GB' });
    expect(userField('usageLocation')?.parse('QQ')).toHaveProperty('error');
    expect(userField('phone')?.parse('+1 (425) 555-0199')).toEqual({ value: '+1 (425) 555-0199' });
    expect(userField('phone')?.parse('call me')).toHaveProperty('error');
  });
});

describe('parseUsageLocation', () => {
  it.each([
    ['US', 'US'],
    ['de', 'DE'],
    ['UK', 'GB'],
    ['Germany', 'DE'],
    ['the netherlands', 'NL'],
    ['XK', 'XK'],
  ])('when it is "%s", then it is %s', (text, code) => {
    expect(parseUsageLocation(text)).toBe(code);
  });

  it.each(['', 'QQ', 'EU', 'UN', 'ZZ', 'Atlantis', 'USA1'])(
    'when it is "%s", then it is no usage location',
    (text) => {
      expect(parseUsageLocation(text)).toBeUndefined();
    },
  );

  it('when shown, then the code comes with the country name', () => {
    expect(usageLocationText('DE')).toBe('DE (Germany)');
    expect(usageLocationText(undefined)).toBe('');
  });
});
