import { isPartnerCenterError, type PartnerCenterError } from '../partner-center/index.js';
import { isAppError } from '../shared/errors.js';
import type { ErrorView } from '../cards/views/error.js';

/**
 * Turns any failure into what the error card says: what happened in words a partner admin
 * understands, what to do next, and the ids support asks for. Never a stack trace, never the
 * raw response body (PartnerCenterError descriptions are already redacted by the client).
 */
export function errorViewFor(err: unknown, correlationId: string): ErrorView {
  if (isPartnerCenterError(err)) return partnerCenterView(err, correlationId);
  if (isAppError(err)) {
    return {
      title: 'That did not work',
      message: err.message,
      next: 'Check what you asked for and try again, or type "help".',
      correlationId,
    };
  }
  return {
    title: 'Something went wrong on our side',
    message: 'The agent hit an unexpected problem and did not finish your request.',
    next: 'Try again. If it keeps happening, give the correlation id below to your administrator.',
    correlationId,
  };
}

function partnerCenterView(err: PartnerCenterError, correlationId: string): ErrorView {
  const base = {
    correlationId: err.correlationId ?? correlationId,
    ...(err.requestId ? { requestId: err.requestId } : {}),
    serviceCode: err.code !== undefined ? `${err.status} / ${err.code}` : String(err.status),
  };
  const description = err.description || err.message;
  if (err.status === 429) {
    const seconds = err.retryAfterInMs ? Math.ceil(err.retryAfterInMs / 1000) : undefined;
    return {
      ...base,
      title: 'Partner Center is busy',
      message: 'Partner Center asked the agent to slow down and the retries ran out.',
      next: seconds ? `Try again in ${seconds} seconds.` : 'Try again in a minute.',
    };
  }
  if (err.status === 401) {
    return {
      ...base,
      title: 'Partner Center did not accept the agent’s sign-in',
      message: description,
      next: 'Ask an admin to check "connection status"; the app credentials may have expired.',
    };
  }
  if (err.status === 403) {
    return {
      ...base,
      title: 'Partner Center refused this request',
      message: description,
      next: 'Your partner role or the GDAP roles for this customer may not allow it.',
    };
  }
  if (err.status === 404) {
    return {
      ...base,
      title: 'Not found in Partner Center',
      message: description,
      next: 'Check the name or id, or list the items to pick one.',
    };
  }
  if (err.status === 0 || err.status >= 500) {
    return {
      ...base,
      title: 'Partner Center is not answering',
      message:
        err.status === 0
          ? 'The agent could not reach Partner Center.'
          : 'Partner Center had a problem with this request.',
      next: 'Try again in a few minutes; a retried change is never applied twice.',
    };
  }
  return {
    ...base,
    title: 'Partner Center could not do that',
    message: description,
    next: 'Check the values and try again.',
  };
}
