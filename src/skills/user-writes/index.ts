import type { WriteDefinition } from '../writes/write-definition.js';

export const userWrites: readonly WriteDefinition<never>[] = [];
