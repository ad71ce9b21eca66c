import { describe, expect, it } from 'vitest';
import {
  AppError,
  COMMON_ERRORS,
  defineErrorCatalog,
  isAppError,
} from '../../../src/shared/errors.js';

describe('error catalog', () => {
  it('when an AppError is built from a catalog entry, then it carries the code, status and formatted text', () => {
    const err = new AppError(COMMON_ERRORS.NOT_FOUND, ['Customer Contoso']);
    expect(err.code).toBe('NOT_FOUND');
    expect(err.status).toBe(404);
    expect(err.message).toBe('Customer Contoso was not found.');
    expect(isAppError(err)).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
  });

  it('when a catalog is defined, then every entry knows its own key as code', () => {
    const catalog = defineErrorCatalog({ A_B: { status: 409, message: 'm' } });
    expect(catalog.A_B.code).toBe('A_B');
    expect(Object.isFrozen(catalog.A_B)).toBe(true);
  });
});
