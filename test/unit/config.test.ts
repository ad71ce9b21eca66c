import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  ENV_VARIABLES,
  describeConfig,
  loadConfig,
  loadEnvFile,
} from '../../src/config.js';

describe('config', () => {
  it('when nothing is configured, then the standalone sandbox defaults apply, on loopback', () => {
    expect(loadConfig({}).sandbox).toEqual({
      port: 5050,
      host: '127.0.0.1',
      customers: 100,
      seed: 42,
      db: ':memory:',
    });
  });

  it('when nothing is configured, then it runs in sandbox mode with the embedded sandbox, anonymously, on loopback', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('sandbox');
    expect(config.partnerCenter.kind).toBe('embedded');
    expect(config.agentAuth).toBeUndefined();
    expect(config.server).toMatchObject({ port: 3978, host: '127.0.0.1' });
    expect(config.partnerCenter.staticToken).toBe('sandbox-token');
    expect(Object.isFrozen(config.partnerCenter)).toBe(true);
  });

  it('when PARTNER_CENTER_ENDPOINT and a token are given, then it uses that server with the static token', () => {
    const config = loadConfig({
      PARTNER_CENTER_ENDPOINT: 'http://127.0.0.1:5050',
      PARTNER_CENTER_TOKEN: 'x',
    });
    expect(config.mode).toBe('sandbox');
    expect(config.partnerCenter).toMatchObject({
      kind: 'endpoint',
      endpoint: 'http://127.0.0.1:5050',
      partnerApiEndpoint: 'http://127.0.0.1:5050',
      staticToken: 'x',
    });
  });

  it('when Partner Center credentials are set, then it runs in tenant mode against Microsoft', () => {
    const config = loadConfig({
      PARTNER_CENTER_CLIENT_ID: 'app',
      PARTNER_CENTER_CLIENT_SECRET: 'secret-value',
      PARTNER_CENTER_TENANT_ID: 'contoso.onmicrosoft.com',
      clientId: 'bot-app-id',
    });
    expect(config.mode).toBe('tenant');
    expect(config.partnerCenter.endpoint).toBe('https://api.partnercenter.microsoft.com');
    expect(config.partnerCenter.partnerApiEndpoint).toBe('https://api.partner.microsoft.com');
    expect(config.agentAuth?.clientId).toBe('bot-app-id');
    expect(config.server.host).toBe('0.0.0.0');
    expect(JSON.stringify(describeConfig(config))).not.toContain('secret-value');
  });

  it('when SANDBOX_* and LOG_LEVEL are set, then they are parsed into numbers and kept', () => {
    const config = loadConfig({
      LOG_LEVEL: 'debug',
      SANDBOX_PORT: '0',
      SANDBOX_CUSTOMERS: '25000',
      SANDBOX_SEED: '7',
      SANDBOX_DB: '.data/pc.db',
    });
    expect(config.logLevel).toBe('debug');
    expect(config.sandbox).toMatchObject({ port: 0, customers: 25000, seed: 7, db: '.data/pc.db' });
  });

  it('when a variable is set but empty, then its default applies', () => {
    expect(loadConfig({ SANDBOX_PORT: '', SANDBOX_DB: ' ' }).sandbox).toMatchObject({
      port: DEFAULTS.SANDBOX_PORT,
      db: DEFAULTS.SANDBOX_DB,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PARTNER_CENTER_ENDPOINT: 'not a url' }, 'PARTNER_CENTER_ENDPOINT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SANDBOX_PORT: 'abc' }, 'SANDBOX_PORT'],
    [{ SANDBOX_CUSTOMERS: '-1' }, 'SANDBOX_CUSTOMERS'],
    [{ SANDBOX_SEED: '1.5' }, 'SANDBOX_SEED'],
    [
      { PARTNER_CENTER_CLIENT_ID: 'a', PARTNER_CENTER_CLIENT_SECRET: 's' },
      'PARTNER_CENTER_TENANT_ID',
    ],
    [
      { PARTNER_CENTER_CLIENT_ID: 'a', PARTNER_CENTER_TENANT_ID: 't' },
      'PARTNER_CENTER_CLIENT_SECRET',
    ],
    [{ CARD_SIGNING_KEY: 'short' }, 'CARD_SIGNING_KEY'],
  ])('when %o is invalid, then start-up fails with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('when a .env file exists, then its values fill only what the environment does not set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-config-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'SANDBOX_SEED=9\nSANDBOX_CUSTOMERS=500\n');
    const env: NodeJS.ProcessEnv = { SANDBOX_SEED: '3' };
    expect(loadEnvFile(file, env)).toBe(true);
    expect(env).toEqual({ SANDBOX_SEED: '3', SANDBOX_CUSTOMERS: '500' });
    expect(loadEnvFile(join(dir, 'missing.env'), env)).toBe(false);
  });

  it('when env/.env.TEMPLATE is read, then it lists every variable the programs read, and no other', () => {
    // The Agents SDK's own names (clientId ...) are matched case-insensitively, as the SDK does.
    const template = parseEnv(readFileSync('env/.env.TEMPLATE', 'utf8'));
    const listed = Object.keys(template).map((k) => k.toUpperCase());
    expect(listed.sort()).toEqual(ENV_VARIABLES.map((v) => v.toUpperCase()).sort());
  });

  it('when env/.env.sandbox is used as is, then it loads and equals the defaults', () => {
    const env = parseEnv(readFileSync('env/.env.sandbox', 'utf8'));
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });
});
