import { defineErrorCatalog } from '../../shared/errors.js';

/** Failures of the terminal chat itself (the agent's own errors arrive as cards or text). */
export const CHAT_ERRORS = defineErrorCatalog({
  AGENT_UNREACHABLE: {
    status: 503,
    message: 'Cannot reach the agent at {0} ({1}). Start it with `npm start`, or check --url.',
  },
  AGENT_NOT_RUNNING: {
    status: 503,
    message:
      'No agent answers at {0}. Start it with `npm start`, or leave out --url to start one in this process.',
  },
  AGENT_START_FAILED: {
    status: 500,
    message:
      'Could not start the agent in this process: {0}. Run `npm start` in another terminal, then `npm run chat` again.',
  },
  BAD_OPTION: { status: 400, message: '{0}' },
});
