import type { WriteDefinition } from '../writes/write-definition.js';
import { createUser } from './create-user.js';
import { deleteUser } from './delete-user.js';
import { removeRoleMember } from './remove-role-member.js';
import { resetPassword } from './reset-password.js';
import { restoreUser } from './restore-user.js';
import { updateUser } from './update-user.js';

/** Customer-user writes: create, update, reset password, delete, restore, remove from a role. */
export const userWrites: readonly WriteDefinition<never>[] = [
  createUser as WriteDefinition<never>,
  updateUser as WriteDefinition<never>,
  resetPassword as WriteDefinition<never>,
  deleteUser as WriteDefinition<never>,
  restoreUser as WriteDefinition<never>,
  removeRoleMember as WriteDefinition<never>,
];
