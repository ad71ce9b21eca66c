import { defineErrorCatalog } from '../shared/errors.js';

export const CARD_ERRORS = defineErrorCatalog({
  TEMPLATE_MISSING: { status: 500, message: 'The card template {0} does not exist.' },
  TEMPLATE_INVALID: { status: 500, message: 'The card template {0} is not valid JSON: {1}' },
  CARD_TOO_LARGE: {
    status: 500,
    message: 'The {0} card is {1} bytes, over the {2}-byte limit of a Teams message.',
  },
});
