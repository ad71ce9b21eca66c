import type { WriteDefinition } from '../writes/write-definition.js';
import { setQuantity } from './set-quantity.js';

/** Subscription writes: seats, nickname, suspend, reactivate (PATCH with If-Match). */
export const subscriptionWrites: readonly WriteDefinition<never>[] = [
  setQuantity as WriteDefinition<never>,
];
