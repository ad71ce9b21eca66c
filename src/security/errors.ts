import { defineErrorCatalog } from '../shared/errors.js';

/**
 * Failures raised by the security layer. The `CARD_*` entries are the user-facing answers to a
 * refused card action (see `cardRejection` in card-signing.ts): nothing was called in each case.
 */
export const SECURITY_ERRORS = defineErrorCatalog({
  ROLE_MAP_INVALID: { status: 500, message: 'The role map is invalid: {0}' },
  ROLE_MAP_UNREADABLE: { status: 500, message: 'The role map file {0} could not be read: {1}' },
  ROLE_MAP_AMBIGUOUS: {
    status: 500,
    message: 'The role map is given both as JSON and as a file; keep only one of them.',
  },
  SIGNING_KEY_TOO_SHORT: {
    status: 500,
    message: 'The card signing key must be at least {0} bytes long.',
  },
  CARD_MALFORMED: {
    status: 400,
    message: 'This card’s data is not valid, so nothing was done. Ask me again for a fresh card.',
  },
  CARD_BAD_SIGNATURE: {
    status: 403,
    message: 'This card’s data was changed after I sent it, so nothing was done. Ask me again.',
  },
  CARD_WRONG_USER: {
    status: 403,
    message:
      'This card was made for another user, so nothing was done. Ask me yourself to get your own.',
  },
  CARD_WRONG_CONVERSATION: {
    status: 403,
    message: 'This card belongs to another conversation, so nothing was done. Ask me again here.',
  },
  CARD_WRONG_VERB: {
    status: 403,
    message: 'This button does not match the card it came from, so nothing was done.',
  },
  CARD_EXPIRED: {
    status: 410,
    message: 'This card is too old, so nothing was done. Ask me again for a fresh one.',
  },
});
