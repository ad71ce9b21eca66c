import { defineErrorCatalog } from '../shared/errors.js';

/** Failures the agent itself reports to the user (shown on the error or notice card). */
export const AGENT_ERRORS = defineErrorCatalog({
  UNKNOWN_VERB: { status: 400, message: 'This button ({0}) is not one this agent knows.' },
  BAD_ACTION_DATA: { status: 400, message: 'This button carried data the agent cannot use: {0}' },
});
