import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { parseCliArgs } from '../../../src/sandbox/cli-args.js';

describe('sandbox command line', () => {
  it('when no arguments are given, then the defaults apply (port 5050, 100 customers, seed 42)', () => {
    expect(parseCliArgs([]).start).toEqual({
      port: 5050,
      host: '127.0.0.1',
      customers: 100,
      seed: 42,
      faults: [],
      latencyInMs: 0,
      db: ':memory:',
    });
  });

  it('when SANDBOX_* variables set the defaults, then they apply and flags still win over them', () => {
    const defaults = loadConfig({
      SANDBOX_CUSTOMERS: '25000',
      SANDBOX_PORT: '6060',
      SANDBOX_DB: 'pc.db',
    }).sandbox;
    expect(parseCliArgs([], defaults).start).toMatchObject({
      port: 6060,
      customers: 25000,
      db: 'pc.db',
    });
    expect(parseCliArgs(['--port', '7070', '--db', ':memory:'], defaults).start).toMatchObject({
      port: 7070,
      customers: 25000,
      db: ':memory:',
    });
  });

  it('when every option is given, then each is parsed, faults repeatable', () => {
    const cli = parseCliArgs([
      '--port',
      '0',
      '--customers',
      '25000',
      '--seed',
      '7',
      '--db',
      '/tmp/pc.db',
      '--now',
      '2026-03-01',
      '--fault',
      'throttle;route=GET /v1/customers',
      '--fault',
      '{"kind":"reset","times":1}',
      '--latency',
      '20',
      '--quiet',
    ]);
    expect(cli.start).toMatchObject({
      port: 0,
      customers: 25000,
      seed: 7,
      db: '/tmp/pc.db',
      latencyInMs: 20,
    });
    expect(cli.start.now?.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(cli.start.faults).toEqual([
      { kind: 'throttle', route: 'GET /v1/customers' },
      { kind: 'reset', times: 1 },
    ]);
    expect(cli.quiet).toBe(true);
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--now', '01/03/2026'], /--now must be a date/],
    [['--bogus'], /Unknown option/],
    [['--fault', 'explode'], /unknown kind/],
  ])('when the arguments are %j, then a usage error explains it', (argv, why) => {
    expect(() => parseCliArgs(argv)).toThrow(why);
  });
});
