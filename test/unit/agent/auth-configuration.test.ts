import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The Agents SDK reads clientId & co. from the environment when it is imported and merges them
// under any configuration it is given (agents-sdk.md §0.6). A child process with such variables
// set shows whether our explicit configuration really decides.
function sdkViewOf(
  agentAuth: object | undefined,
  env: Record<string, string>,
): Record<string, unknown> {
  const script = `
    import { getAuthConfigWithDefaults } from '@microsoft/agents-hosting';
    import { authConfigurationFor } from './src/agent/auth-configuration.ts';
    const c = getAuthConfigWithDefaults(authConfigurationFor(${JSON.stringify(agentAuth)}));
    process.stdout.write(JSON.stringify({ clientId: c.clientId ?? null, clientSecret: c.clientSecret ?? null, tenantId: c.tenantId ?? null }));
  `;
  const out = execFileSync('node_modules/.bin/tsx', ['--eval', script], {
    cwd: new URL('../../../', import.meta.url),
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, unknown>;
}

describe('the SDK auth configuration built from our config', () => {
  it('when the environment has a stray clientId and secret but our config is anonymous, then the SDK sees no app id', () => {
    expect(sdkViewOf(undefined, { clientId: 'leaked-app', clientSecret: 'leaked-secret' })).toEqual(
      {
        clientId: null,
        clientSecret: null,
        tenantId: null,
      },
    );
  });

  it('when our config names an app, then the SDK uses exactly it and no stray secret', () => {
    expect(
      sdkViewOf({ clientId: 'our-app', tenantId: 'our-tenant' }, { clientSecret: 'leaked-secret' }),
    ).toEqual({ clientId: 'our-app', clientSecret: null, tenantId: 'our-tenant' });
  });
});
