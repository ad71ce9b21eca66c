import { loadConfig, loadEnvFile } from '../config.js';
import { isAppError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import { parseCliArgs, USAGE } from './cli-args.js';
import { startSandbox } from './start-sandbox.js';

/** `npm run sandbox -- --port 5050 --customers 25000 --seed 42` (also `npm start` until the agent exists). */
async function main(argv: readonly string[]): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const cli = parseCliArgs(argv, config.sandbox);
  if (cli.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const logger = createLogger({
    level: cli.quiet ? 'warn' : cli.verbose ? 'debug' : config.logLevel,
    namespace: 'pc-sandbox',
  });
  const started = performance.now();
  const server = await startSandbox({ ...cli.start, logger });
  const { sandbox } = server;
  const counts = sandbox.store.counts();
  const total = Math.round(performance.now() - started);
  const lines = [
    `Partner Center sandbox listening on ${server.url}`,
    `  seed ${sandbox.options.seed}, day ${sandbox.clock().toISOString().slice(0, 10)}, ${counts.customers} customers (${counts.customers - sandbox.options.customers} named + ${sandbox.options.customers} generated), ${counts.users} users, ${counts.subscriptions} subscriptions`,
    `  store ${sandbox.options.db} ${sandbox.reusedStore ? 'reused (already seeded), opened' : 'seeded'} in ${sandbox.startupInMs} ms; ready in ${total} ms`,
    `  try: curl -H 'Authorization: Bearer x' '${server.url}/v1/customers?size=3'`,
    `  admin: ${server.url}/_sandbox/stats, POST ${server.url}/_sandbox/faults, POST ${server.url}/_sandbox/reset`,
  ];
  if (sandbox.options.faults.length)
    lines.push(`  faults: ${JSON.stringify(sandbox.faults.list())}`);
  if (!cli.quiet) process.stdout.write(`${lines.join('\n')}\n`);

  const stop = (signal: string) => {
    logger.info(`${signal}: shutting down`);
    void server.close().then(() => logger.info('stopped'));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

// `npm run sandbox -- --help | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${isAppError(error) ? error.message : String(error)}\n`);
  process.exitCode =
    isAppError(error) && (error.code === 'SANDBOX_CLI_USAGE' || error.code === 'CONFIG_INVALID')
      ? 2
      : 1;
});
