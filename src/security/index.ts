/** The security layer: roles → permissions, the role map, and signed card data. */
export * from './roles.js';
export * from './permissions.js';
export * from './role-map.js';
export * from './card-signing.js';
export * from './link-signing.js';
export { loadOrCreateSigningKey } from './signing-key.js';
export { SECURITY_ERRORS } from './errors.js';
