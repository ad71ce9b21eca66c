import type { WriteDefinition } from '../writes/write-definition.js';

export const customerWrites: readonly WriteDefinition<never>[] = [];
