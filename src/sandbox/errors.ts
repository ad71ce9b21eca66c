import { defineErrorCatalog } from '../shared/errors.js';

/**
 * Failures of the sandbox program itself (bad options, bad fault specs, a broken database file).
 * Partner Center wire errors, the ones clients see in response bodies, are in
 * `http/pc-errors.ts`.
 */
export const SANDBOX_ERRORS = defineErrorCatalog({
  SANDBOX_INVALID_OPTION: { status: 500, message: 'Invalid sandbox option {0}: {1}' },
  SANDBOX_INVALID_FAULT: { status: 400, message: 'Invalid fault spec: {0}' },
  SANDBOX_DATABASE: { status: 500, message: 'The sandbox database {0} cannot be used: {1}' },
  SANDBOX_CLI_USAGE: { status: 400, message: '{0}. Run with --help for usage.' },
});
