import type { RouteDef } from '../http/types.js';
import { auditRoutes } from './audit.js';
import { benefitRoutes } from './benefits.js';
import { customerProfileRoutes } from './customer-profiles.js';
import { customerRoutes } from './customers.js';
import { directoryRoleRoutes } from './directory-roles.js';
import { offerRoutes } from './offers.js';
import { profileRoutes } from './profiles.js';
import { referralRoutes } from './referrals.js';
import { subscriptionRoutes } from './subscriptions.js';
import { usageRoutes } from './usage.js';
import { userRoutes } from './users.js';

/** Every Partner Center route the sandbox serves (partner-center-api.md §5). */
export const ALL_ROUTES: readonly RouteDef[] = [
  ...profileRoutes,
  ...customerRoutes,
  ...customerProfileRoutes,
  ...userRoutes,
  ...directoryRoleRoutes,
  ...subscriptionRoutes,
  ...usageRoutes,
  ...offerRoutes,
  ...auditRoutes,
  ...benefitRoutes,
  ...referralRoutes,
];
