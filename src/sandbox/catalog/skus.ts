/**
 * Entra license SKUs behind the offers, for `GET /customers/{id}/subscribedskus`
 * (`develop/get-a-list-of-available-licenses.md`). Ids and part numbers are the public Entra
 * values where known (e.g. SPE_E3, STANDARDPACK), so cards show familiar names.
 */
export interface ServicePlan {
  displayName: string;
  serviceName: string;
  id: string;
  targetType: 'User' | 'Tenant';
}

export interface SkuDefinition {
  id: string;
  name: string;
  skuPartNumber: string;
  servicePlans: readonly ServicePlan[];
}

const plan = (
  displayName: string,
  serviceName: string,
  id: string,
  targetType: 'User' | 'Tenant' = 'User',
): ServicePlan => ({ displayName, serviceName, id, targetType });

const EXCHANGE_P2 = plan(
  'Exchange Online (Plan 2)',
  'EXCHANGE_S_ENTERPRISE',
  'efb87545-963c-4e0d-99df-69c6916d9eb0',
);
const EXCHANGE_P1 = plan(
  'Exchange Online (Plan 1)',
  'EXCHANGE_S_STANDARD',
  '9aaf7827-d63c-4b61-89c3-182f06f82e5c',
);
const SHAREPOINT_P2 = plan(
  'SharePoint (Plan 2)',
  'SHAREPOINTENTERPRISE',
  '5dbe027f-2339-4123-9542-606e4d348a72',
);
const SHAREPOINT_P1 = plan(
  'SharePoint (Plan 1)',
  'SHAREPOINTSTANDARD',
  'c7699d2e-19aa-44de-8edf-1736da088ca1',
);
const TEAMS = plan('Microsoft Teams', 'TEAMS1', '57ff2da0-773e-42df-b2af-ffb7a2317929');
const OFFICE_WEB = plan(
  'Office for the Web',
  'SHAREPOINTWAC',
  'e95bec33-7c88-4a70-8e19-b10bd9d0c014',
);
const APPS_ENTERPRISE = plan(
  'Microsoft 365 Apps for enterprise',
  'OFFICESUBSCRIPTION',
  '43de0ff5-c92c-492b-9116-175376d08c38',
);
const AAD_P1 = plan('Microsoft Entra ID P1', 'AAD_PREMIUM', '41781fb2-bc02-4b7c-bd55-b576c07bb09d');
const INTUNE = plan('Microsoft Intune Plan 1', 'INTUNE_A', 'c1ec4a95-1f05-45b3-a911-aa3fa01094f5');
const EXCHANGE_FOUNDATION = plan(
  'Exchange Foundation',
  'EXCHANGE_S_FOUNDATION',
  '113feb6c-3fe4-4440-bddc-54d774bf0318',
  'Tenant',
);
const ARCHIVE = plan(
  'Exchange Online Archiving',
  'EXCHANGE_S_ARCHIVE_ADDON',
  '176a09a6-7ec5-4039-ac02-b2791c6ba793',
);
const POWER_BI = plan('Power BI Pro', 'BI_AZURE_P2', '70d33638-9c74-4d01-bfd3-562de28bd4ba');
const RMS = plan(
  'Azure Information Protection Premium P1',
  'RMS_S_PREMIUM',
  '6c57d4b6-3b23-47a5-9bc9-69f17b4947b3',
);
const MFA = plan(
  'Microsoft Entra multifactor authentication',
  'MFA_PREMIUM',
  '8a256a2b-b617-496d-b51b-e76466e88db0',
);
const DYN_SALES = plan(
  'Dynamics 365 for Sales',
  'DYN365_ENTERPRISE_SALES',
  '2da8e897-7791-486b-b08f-cc63c8129df7',
);
const BC = plan(
  'Dynamics 365 Business Central Essentials',
  'DYN365_FINANCIALS_BUSINESS',
  '920656a2-7dd8-4c83-97b6-a356414dbd36',
);
const VISIO = plan(
  'Visio Desktop App',
  'VISIO_CLIENT_SUBSCRIPTION',
  '663a804f-1c30-4ff0-9915-9db84f0d1cea',
);
const PROJECT = plan(
  'Project Online Desktop Client',
  'PROJECT_CLIENT_SUBSCRIPTION',
  'fafd7243-e5c1-4a3a-9e40-495efcb1d3c3',
);

const sku = (id: string, name: string, skuPartNumber: string, servicePlans: ServicePlan[]) =>
  ({ id, name, skuPartNumber, servicePlans }) satisfies SkuDefinition;

export const SKUS = {
  SPE_E3: sku('05e9a617-0261-4cee-bb44-138d3ef5d965', 'Microsoft 365 E3', 'SPE_E3', [
    EXCHANGE_P2,
    SHAREPOINT_P2,
    TEAMS,
    APPS_ENTERPRISE,
    AAD_P1,
    INTUNE,
  ]),
  SPE_E5: sku('06ebc4ee-1bb5-47dd-8120-11324bc54e06', 'Microsoft 365 E5', 'SPE_E5', [
    EXCHANGE_P2,
    SHAREPOINT_P2,
    TEAMS,
    APPS_ENTERPRISE,
    AAD_P1,
    INTUNE,
    POWER_BI,
  ]),
  ENTERPRISEPACK: sku('6fd2c87f-b296-42f0-b197-1e91e994b900', 'Office 365 E3', 'ENTERPRISEPACK', [
    EXCHANGE_P2,
    SHAREPOINT_P2,
    TEAMS,
    APPS_ENTERPRISE,
    OFFICE_WEB,
  ]),
  STANDARDPACK: sku('18181a46-0d4e-45cd-891e-60aabd171b4e', 'Office 365 E1', 'STANDARDPACK', [
    EXCHANGE_P1,
    SHAREPOINT_P1,
    TEAMS,
    OFFICE_WEB,
  ]),
  SPB: sku('cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', 'Microsoft 365 Business Premium', 'SPB', [
    EXCHANGE_P1,
    SHAREPOINT_P1,
    TEAMS,
    APPS_ENTERPRISE,
    AAD_P1,
    INTUNE,
  ]),
  O365_BUSINESS_PREMIUM: sku(
    'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
    'Microsoft 365 Business Standard',
    'O365_BUSINESS_PREMIUM',
    [EXCHANGE_P1, SHAREPOINT_P1, TEAMS, OFFICE_WEB],
  ),
  O365_BUSINESS_ESSENTIALS: sku(
    '3b555118-da6a-4418-894f-7df1e2096870',
    'Microsoft 365 Business Basic',
    'O365_BUSINESS_ESSENTIALS',
    [EXCHANGE_P1, SHAREPOINT_P1, TEAMS, OFFICE_WEB],
  ),
  TEAMS_ESSENTIALS: sku(
    'fde42873-30b6-436b-b361-21af5a6b84ae',
    'Microsoft Teams Essentials',
    'Teams_Ess',
    [TEAMS, EXCHANGE_FOUNDATION],
  ),
  EMS: sku('efccb6f7-5641-4e0e-bd10-b4976e1bf68e', 'Enterprise Mobility + Security E3', 'EMS', [
    RMS,
    INTUNE,
    AAD_P1,
    MFA,
  ]),
  POWER_BI_PRO: sku('f8a1db68-be16-40ed-86d5-cb42ce701560', 'Power BI Pro', 'POWER_BI_PRO', [
    EXCHANGE_FOUNDATION,
    POWER_BI,
  ]),
  EXCHANGESTANDARD: sku(
    '4b9405b0-7788-4568-add1-99614e613b69',
    'Exchange Online (Plan 1)',
    'EXCHANGESTANDARD',
    [EXCHANGE_P1],
  ),
  DYN365_SALES: sku(
    '1e1a282c-9c54-43a2-9310-98ef728faace',
    'Dynamics 365 Sales Enterprise',
    'DYN365_ENTERPRISE_SALES',
    [DYN_SALES, EXCHANGE_FOUNDATION],
  ),
  DYN365_BC_ESSENTIALS: sku(
    '4c4b5d0f-2f0a-4bb0-a5bb-2b0e1f7f8a11',
    'Dynamics 365 Business Central Essentials',
    'DYN365_BUSCENTRAL_ESSENTIAL',
    [BC],
  ),
  VISIOCLIENT: sku('c5928f49-12ba-48f7-ada3-0d743a3601d5', 'Visio Plan 2', 'VISIOCLIENT', [
    VISIO,
    EXCHANGE_FOUNDATION,
  ]),
  PROJECTPROFESSIONAL: sku(
    '53818b1b-4a27-454b-8896-0dba576410e6',
    'Project Plan 3',
    'PROJECTPROFESSIONAL',
    [PROJECT, EXCHANGE_FOUNDATION],
  ),
  EXCHANGEARCHIVE_ADDON: sku(
    'ee02fd1b-340e-4a4b-b355-4a514e4c8943',
    'Exchange Online Archiving for Exchange Online',
    'EXCHANGEARCHIVE_ADDON',
    [ARCHIVE],
  ),
  RIGHTSMANAGEMENT: sku(
    'c52ea49f-fe5d-4e95-93ba-1de91d380f89',
    'Azure Information Protection Premium P1',
    'RIGHTSMANAGEMENT',
    [RMS],
  ),
} as const satisfies Record<string, SkuDefinition>;

export type SkuKey = keyof typeof SKUS;

const BY_ID = new Map<string, SkuDefinition>(Object.values(SKUS).map((s) => [s.id, s]));

export function skuById(id: string): SkuDefinition | undefined {
  return BY_ID.get(id);
}
