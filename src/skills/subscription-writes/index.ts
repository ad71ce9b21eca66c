import type { WriteDefinition } from '../writes/write-definition.js';
import { reactivateSubscription } from './reactivate.js';
import { renameSubscription } from './rename.js';
import { setQuantity } from './set-quantity.js';
import { suspendSubscription } from './suspend.js';

/** Subscription writes: seats, nickname, suspend, reactivate (PATCH with If-Match). */
export const subscriptionWrites: readonly WriteDefinition<never>[] = [
  setQuantity as WriteDefinition<never>,
  renameSubscription as WriteDefinition<never>,
  suspendSubscription as WriteDefinition<never>,
  reactivateSubscription as WriteDefinition<never>,
];
