/**
 * Token scopes (partner-center-api.md §4.1). App-only uses `/.default` on the resource; App+User
 * (secure application model) uses `user_impersonation`. The graph.windows.net audience is retired.
 */
export const PARTNER_CENTER_SCOPES = {
  appOnly: 'https://api.partnercenter.microsoft.com/.default',
  appAndUser: 'https://api.partnercenter.microsoft.com/user_impersonation',
} as const;

/** The Partner API (referrals) has its own resource, and is App+User only. */
export const PARTNER_API_SCOPES = {
  appOnly: 'https://api.partner.microsoft.com/.default',
  appAndUser: 'https://api.partner.microsoft.com/user_impersonation',
} as const;

export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
