import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, ENV_VARIABLES, loadConfig, loadEnvFile } from '../../src/config.js';

describe('config', () => {
  it('when nothing is configured, then the sandbox defaults apply, on loopback, frozen', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      logLevel: 'info',
      sandbox: { port: 5050, host: '127.0.0.1', customers: 100, seed: 42, db: ':memory:' },
    });
    expect(Object.isFrozen(config.sandbox)).toBe(true);
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
    [{ SANDBOX_PORT: 'abc' }, 'SANDBOX_PORT'],
    [{ SANDBOX_PORT: '70000' }, 'SANDBOX_PORT'],
    [{ SANDBOX_CUSTOMERS: '-1' }, 'SANDBOX_CUSTOMERS'],
    [{ SANDBOX_SEED: '1.5' }, 'SANDBOX_SEED'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('when %o is invalid, then loading fails with a message naming %s', (env, name) => {
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
    const template = parseEnv(readFileSync('env/.env.TEMPLATE', 'utf8'));
    expect(Object.keys(template).sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it('when env/.env.sandbox is used as is, then it loads and equals the defaults', () => {
    const env = parseEnv(readFileSync('env/.env.sandbox', 'utf8'));
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });
});
