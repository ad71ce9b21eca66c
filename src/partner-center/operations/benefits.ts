/**
 * `client.benefits`. Partner Center documents no benefits API (partner-center-api.md §5.10), so
 * these calls go to a configured `benefitsEndpoint` (the sandbox serves one) and, without one, fail
 * with PC_BENEFITS_NOT_CONFIGURED before any HTTP call.
 *
 * Contract for an endpoint `E`: `GET E` → a Partner Center collection `{ totalCount, items: Benefit[],
 * links }` (an OData `{ value }` or a bare array is accepted too); `POST E/{id}/activate` → the Benefit.
 */
import { BenefitSchema } from '../models/benefit.js';
import type { Benefit } from '../models/benefit.js';
import { createPagedIterator } from '../paging.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { operationError, segment } from './context.js';
import type { OperationContext } from './context.js';

export interface BenefitsOperations {
  /** True when a benefits endpoint is configured (the agent can say so up front). */
  readonly available: boolean;
  list(options?: OperationOptions): PagedAsyncIterableIterator<Benefit>;
  activate(benefitId: string, options?: OperationOptions): Promise<Benefit>;
}

export function createBenefitsOperations(ctx: OperationContext): BenefitsOperations {
  const notConfigured = (operation: string) =>
    operationError('PC_BENEFITS_NOT_CONFIGURED', [], operation);
  return {
    available: ctx.benefitsEndpoint !== undefined,
    list: (options) => {
      if (ctx.benefitsEndpoint === undefined) {
        return createPagedIterator<Benefit>('benefits.list', () =>
          Promise.reject(notConfigured('benefits.list')),
        );
      }
      return listCollection(
        ctx,
        {
          operation: 'benefits.list',
          api: 'benefits',
          path: '',
          item: BenefitSchema,
          normalize: toEnvelope,
        },
        options,
      );
    },
    activate: async (benefitId, options) => {
      if (ctx.benefitsEndpoint === undefined) throw notConfigured('benefits.activate');
      return ctx.executor.sendJson(
        {
          operation: 'benefits.activate',
          api: 'benefits',
          method: 'POST',
          path: `/${segment('benefitId', benefitId)}/activate`,
        },
        BenefitSchema,
        options,
      );
    },
  };
}

function toEnvelope(body: unknown): unknown {
  if (Array.isArray(body)) return { items: body };
  if (typeof body === 'object' && body !== null && !('items' in body) && 'value' in body) {
    return { ...body, items: (body as { value: unknown }).value };
  }
  return body;
}
