import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, noContent, type PcRequest, type SandboxContext } from '../http/types.js';
import type { CustomerRecord, UserRecord } from '../models.js';
import { DAY_MS } from '../seed/dates.js';
import { rngFor } from '../seed/rng.js';
import { userResource } from '../views/user-view.js';
import { objectAt, param, requireBody, requireCustomer, requireUser, stringAt } from './common.js';

/** Deleted users can be restored for 30 days (`develop/restore-a-user-for-a-customer.md`). */
const RESTORE_WINDOW_MS = 30 * DAY_MS;

/** Profile fields a PATCH may set as given. */
const EDITABLE = ['firstName', 'lastName', 'displayName', 'phoneNumber', 'immutableId'] as const;

const bad = (why: string) => new PcError(PC_ERRORS.INVALID_INPUT, [why]);

/** Entra password rules: 8-256 characters with three of upper, lower, digit and symbol. */
function checkPassword(password: unknown): string {
  if (typeof password !== 'string' || password.length < 8 || password.length > 256) {
    throw bad('passwordProfile.password must be 8 to 256 characters.');
  }
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password));
  if (classes.length < 3) {
    throw bad('passwordProfile.password needs three of: upper case, lower case, digits, symbols.');
  }
  return password;
}

function checkUpn(sb: SandboxContext, customer: CustomerRecord, upn: string, self?: string) {
  const at = upn.lastIndexOf('@');
  const domain = upn.slice(at + 1).toLowerCase();
  if (at < 1 || !customer.customDomains.some((d) => d.toLowerCase() === domain)) {
    throw bad(
      `userPrincipalName must be alias@domain with one of the customer's domains (${customer.customDomains.join(', ')}).`,
    );
  }
  if (upn.toLowerCase() !== self?.toLowerCase() && sb.store.users.upnTaken(upn)) {
    throw bad(`A user with userPrincipalName ${upn} already exists.`);
  }
}

function passwordReply(user: UserRecord, password: string, forceChangePassword: boolean) {
  return { ...userResource(user), passwordProfile: { forceChangePassword, password } };
}

/** `POST /v1/customers/{id}/users`: 200 per the doc response (`develop/create-user-accounts-for-a-customer.md`). */
export function createUser(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const body = requireBody(req);
  const upn = stringAt(body, 'userPrincipalName');
  const firstName = stringAt(body, 'firstName') ?? '';
  const lastName = stringAt(body, 'lastName') ?? '';
  const displayName = stringAt(body, 'displayName') || `${firstName} ${lastName}`.trim();
  if (!upn || !displayName) throw bad('userPrincipalName and displayName are required.');
  checkUpn(sb, customer, upn);
  const profile = objectAt(body, 'passwordProfile');
  const password = checkPassword(profile.password);
  const forceChangePassword = profile.forceChangePassword !== false;
  const immutableId = stringAt(body, 'immutableId');
  const user: UserRecord = {
    id: rngFor(sb.seed, 'created-user', upn.toLowerCase()).guid(),
    customerId: customer.id,
    userPrincipalName: upn,
    firstName,
    lastName,
    displayName,
    usageLocation: (stringAt(body, 'usageLocation') || customer.country).toUpperCase(),
    state: 'active',
    softDeletionTime: null,
    ...(immutableId ? { immutableId } : {}),
    forceChangePassword,
    createdAt: req.now.toISOString(),
  };
  sb.store.transaction(() => {
    sb.store.users.insert(user);
    auditUserWrite(sb, req, customer, user, 'user.create', 'create_customer_user', {
      newValue: userResource(user),
    });
  });
  return json(passwordReply(user, password, forceChangePassword));
}

/**
 * `PATCH /v1/customers/{id}/users/{userId}`: restore (`{"State":"active"}` within 30 days of
 * deletion), reset the password (`passwordProfile`), or update profile fields.
 */
export function updateUser(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const user = requireUser(sb, customer, param(req, 'userId'));
  const body = requireBody(req);
  const state = stringAt(body, 'state')?.toLowerCase();
  if (state === 'inactive') throw bad('Delete a user with DELETE, not by setting its state.');
  if (user.state === 'inactive') {
    if (state !== 'active') {
      throw bad(
        `User ${user.userPrincipalName} is deleted; restore it first with {"State":"active"}.`,
      );
    }
    return restore(req, sb, customer, user);
  }
  const updated: UserRecord = { ...user };
  for (const key of EDITABLE) {
    const value = stringAt(body, key);
    if (value !== undefined) updated[key] = value;
  }
  const usageLocation = stringAt(body, 'usageLocation');
  if (usageLocation !== undefined) updated.usageLocation = usageLocation.toUpperCase();
  const upn = stringAt(body, 'userPrincipalName');
  if (upn !== undefined && upn !== user.userPrincipalName) {
    checkUpn(sb, customer, upn, user.userPrincipalName);
    updated.userPrincipalName = upn;
  }
  const profile = objectAt(body, 'passwordProfile');
  const password = profile.password === undefined ? undefined : checkPassword(profile.password);
  const forceChangePassword = profile.forceChangePassword !== false;
  if (password !== undefined) updated.forceChangePassword = forceChangePassword;
  const changed = [...EDITABLE, 'usageLocation', 'userPrincipalName'] as const;
  const profileChanged = changed.some((k) => updated[k] !== user[k]);
  sb.store.transaction(() => {
    sb.store.users.update(updated);
    if (password !== undefined) {
      auditUserWrite(
        sb,
        req,
        customer,
        updated,
        'user.resetPassword',
        'reset_customer_user_password',
      );
    }
    if (profileChanged) {
      auditUserWrite(sb, req, customer, updated, 'user.update', 'update_customer_user', {
        oldValue: userResource(user),
        newValue: userResource(updated),
      });
    }
  });
  return json(
    password === undefined
      ? userResource(updated)
      : passwordReply(updated, password, forceChangePassword),
  );
}

function restore(req: PcRequest, sb: SandboxContext, customer: CustomerRecord, user: UserRecord) {
  const deletedAt = new Date(user.softDeletionTime ?? 0);
  if (req.now.getTime() - deletedAt.getTime() > RESTORE_WINDOW_MS) {
    throw bad(
      `User ${user.userPrincipalName} was deleted on ${deletedAt.toISOString()}, more than 30 days ago, and can no longer be restored.`,
    );
  }
  const restored: UserRecord = { ...user, state: 'active', softDeletionTime: null };
  sb.store.transaction(() => {
    sb.store.users.update(restored);
    auditUserWrite(sb, req, customer, restored, 'user.restore', 'restore_customer_user', {
      newValue: userResource(restored),
    });
  });
  return json(userResource(restored));
}

/**
 * `DELETE /v1/customers/{id}/users/{userId}`: 204; the user becomes inactive with a
 * softDeletionTime and can be restored for 30 days (`develop/delete-a-user-account-for-a-customer.md`).
 */
export function deleteUser(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const user = requireUser(sb, customer, param(req, 'userId'));
  if (user.state === 'inactive') {
    throw new PcError(PC_ERRORS.USER_NOT_FOUND, [`User ${user.id} is already deleted.`]);
  }
  const deleted = { ...user, state: 'inactive' as const, softDeletionTime: req.now.toISOString() };
  sb.store.transaction(() => {
    sb.store.users.update(deleted);
    auditUserWrite(sb, req, customer, user, 'user.delete', 'delete_customer_user', {
      oldValue: userResource(user),
    });
  });
  return noContent();
}

/** Every user write's audit record: the user's id and principal name, as the service logs them. */
function auditUserWrite(
  sb: SandboxContext,
  req: PcRequest,
  customer: CustomerRecord,
  user: UserRecord,
  kind: string,
  operationType: string,
  values: { oldValue?: unknown; newValue?: unknown } = {},
): void {
  sb.audit.write(kind, {
    customer,
    resourceType: 'customerUser',
    operationType,
    ...values,
    customizedData: { CustomerUserId: user.id, UserPrincipalName: user.userPrincipalName },
    at: req.now,
  });
}
