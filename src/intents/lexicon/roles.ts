import type { RoleName } from '../catalogue.js';
import { phrases } from './word-list.js';

/** Every way to name an Entra directory role, mapped to its canonical name (INTENTS.md). */
const ADMIN = (prefix: string): string =>
  ['admin', 'admins', 'administrator', 'administrators', 'adm', 'admn', 'admim']
    .map((a) => `${prefix} ${a}`)
    .join(' | ');

export const ROLE_PHRASES: Readonly<Record<RoleName, readonly string[]>> = {
  'Global Administrator': phrases(
    `${ADMIN('global')} | ${ADMIN('company')} | ${ADMIN('tenant')} | =ga | =gas | global adm |
     globaladmin | global role`,
  ),
  'User Administrator': phrases(
    `${ADMIN('user')} | ${ADMIN('user management')} | ${ADMIN('users')}`,
  ),
  'Helpdesk Administrator': phrases(
    `${ADMIN('helpdesk')} | ${ADMIN('help desk')} | ${ADMIN('service desk')}`,
  ),
  'Billing Administrator': phrases(`${ADMIN('billing')} | ${ADMIN('bill')}`),
  'License Administrator': phrases(
    `${ADMIN('license')} | ${ADMIN('licence')} | ${ADMIN('licensing')}`,
  ),
  'Global Reader': phrases('global reader | global readers | global read only | read only admin'),
  'Directory Readers': phrases('directory reader | directory readers | dir reader'),
  'Privileged Role Administrator': phrases(
    `${ADMIN('privileged role')} | ${ADMIN('privileged')} | =pra`,
  ),
  'Exchange Administrator': phrases(
    `${ADMIN('exchange')} | ${ADMIN('exchange online')} | ${ADMIN('exchange service')}`,
  ),
  'SharePoint Administrator': phrases(
    `${ADMIN('sharepoint')} | ${ADMIN('share point')} | ${ADMIN('spo')}`,
  ),
  'Teams Administrator': phrases(
    `${ADMIN('teams')} | ${ADMIN('team')} | ${ADMIN('teams service')}`,
  ),
  'Security Administrator': phrases(`${ADMIN('security')} | ${ADMIN('secops')}`),
};

/** A bare "admin" means the tenant's global admin in everyday speech ("who are the admins"). */
export const GENERIC_ADMIN = phrases(
  'admin | admins | administrator | administrators | =adm | superuser | super admin | super user',
);
