import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../../../src/shared/csv.js';

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', "'=1+1"],
    ['+49 30', "'+49 30"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['', ''],
  ])('when the text is %j, then the field is %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('when a record is written, then its fields are quoted as needed and it ends with CRLF', () => {
    expect(csvLine(['Contoso, Ltd', '=cmd', 'plain'])).toBe('"Contoso, Ltd",\'=cmd,plain\r\n');
  });
});
