import type { WriteDefinition } from '../writes/write-definition.js';

export const profileWrites: readonly WriteDefinition<never>[] = [];
