import { describeConfig, loadConfig, loadEnvFile } from './config.js';
import { startAgentHost, type AgentHost } from './host.js';
import { isAppError } from './shared/errors.js';
import { createLogger } from './shared/logger.js';

/**
 * `npm start`: the agent, wired by host.ts. With nothing configured it runs in sandbox mode:
 * the built-in Partner Center sandbox on a free loopback port and an anonymous agent on PORT.
 */
async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const host = await startAgentHost(config, { logger });
  process.stdout.write(banner(host, config.agentAuth === undefined) + '\n');
  logger.info('agent started', { ...describeConfig(config), startupInMs: host.startupInMs });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing open requests, then stopping`);
    host.close().then(
      () => {
        logger.info('stopped');
        process.exitCode = 0;
      },
      (err: unknown) => {
        logger.error('shutdown failed', { error: err });
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

function banner(host: AgentHost, anonymous: boolean): string {
  const endpoint = `${host.url}/api/messages`;
  const lines = [
    `Partner Center agent (${host.connection.mode} mode) ready in ${host.startupInMs} ms`,
    `  Messaging endpoint: ${endpoint}${anonymous ? '  (anonymous: leave App ID and password empty)' : ''}`,
    `  Partner Center:     ${host.connection.description}`,
  ];
  if (host.sandbox) {
    const counts = host.sandbox.sandbox.store.counts();
    lines.push(
      `                      ${counts.customers} customers, ${counts.subscriptions} subscriptions; admin at ${host.sandbox.url}/_sandbox/stats`,
    );
  }
  lines.push(
    '  Talk to it:',
    '    npm run chat                       terminal chat, in another terminal',
    `    Bot Framework Emulator             open ${endpoint}`,
    `    Microsoft 365 Agents Playground    npx agentsplayground -e ${endpoint} -c msteams`,
    '  Try: "list my customers", "show customer Contoso Ltd", "and its subscriptions?", "help"',
    `  Health: ${host.url}/healthz  Ready: ${host.url}/readyz  Stop: Ctrl+C`,
  );
  return lines.join('\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`Cannot start the agent: ${isAppError(err) ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
