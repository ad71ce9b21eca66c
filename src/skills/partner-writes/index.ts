import type { WriteDefinition } from '../writes/write-definition.js';

export const partnerWrites: readonly WriteDefinition<never>[] = [];
