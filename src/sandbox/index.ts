/**
 * The local Partner Center sandbox: a separate program that speaks the Partner Center wire
 * protocol (routes, shapes, status and error codes of shared/reference/partner-center-api.md),
 * with deterministic seed data and scripted faults.
 */
export { createSandbox, type Sandbox } from './create-sandbox.js';
export { startSandbox, type StartSandboxOptions, type StartedSandbox } from './start-sandbox.js';
export type { SandboxOptions } from './options.js';
export type { FaultSpec, FaultKind } from './faults/fault-spec.js';
export { parseFaultArgument } from './faults/fault-spec.js';
export { acceptAnyToken, type TokenCheck, type TokenValidator } from './http/auth.js';
export { NAMED_CUSTOMERS } from './seed/named-customers.js';
