/**
 * Entra directory roles with their well-known role template ids (the same in every tenant).
 * "Company Administrator" is the legacy name of Global Administrator and "User Account
 * Administrator" the legacy name of User Administrator (the doc sample directoryroles.json still
 * shows it); the sandbox returns the current Entra names.
 */
export interface DirectoryRoleDefinition {
  id: string;
  name: string;
  legacyNames: readonly string[];
}

export const DIRECTORY_ROLES: readonly DirectoryRoleDefinition[] = [
  {
    id: '62e90394-69f5-4237-9190-012177145e10',
    name: 'Global Administrator',
    legacyNames: ['Company Administrator'],
  },
  {
    id: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
    name: 'User Administrator',
    legacyNames: ['User Account Administrator'],
  },
  { id: '729827e3-9c14-49f7-bb1b-9608f156bbb8', name: 'Helpdesk Administrator', legacyNames: [] },
  { id: 'b0f54661-2d74-4c50-afa3-1ec803f12efe', name: 'Billing Administrator', legacyNames: [] },
  { id: '4d6ac14f-3453-41d0-bef9-a3e0c569773a', name: 'License Administrator', legacyNames: [] },
  { id: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', name: 'Global Reader', legacyNames: [] },
  { id: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', name: 'Directory Readers', legacyNames: [] },
  {
    id: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
    name: 'Privileged Role Administrator',
    legacyNames: [],
  },
  { id: '29232cdf-9323-42fd-ade2-1d097af3e4de', name: 'Exchange Administrator', legacyNames: [] },
  { id: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', name: 'SharePoint Administrator', legacyNames: [] },
  { id: '69091246-20e8-4a56-aa4d-066075b2a7a8', name: 'Teams Administrator', legacyNames: [] },
  { id: '194ae4cb-b126-40b2-bd5b-6091b380977d', name: 'Security Administrator', legacyNames: [] },
];

export type DirectoryRoleName = (typeof DIRECTORY_ROLES)[number]['name'];

export const GLOBAL_ADMIN_ROLE_ID = '62e90394-69f5-4237-9190-012177145e10';

const BY_ID = new Map(DIRECTORY_ROLES.map((r) => [r.id, r]));
const BY_NAME = new Map(
  DIRECTORY_ROLES.flatMap((r) => [r.name, ...r.legacyNames].map((n) => [n.toLowerCase(), r])),
);

export function roleById(id: string): DirectoryRoleDefinition | undefined {
  return BY_ID.get(id.toLowerCase());
}

export function roleByName(name: string): DirectoryRoleDefinition {
  const found = BY_NAME.get(name.toLowerCase());
  if (!found) throw new RangeError(`Unknown directory role ${name}`);
  return found;
}
