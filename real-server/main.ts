import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logging/create-logger.ts';
import { startRealServer } from './start-server.ts';

// The deployable entry point: settings from the environment, logs to stdout, stop on SIGTERM.
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`okta-profile-api will not start. ${error.message}`);
  process.exit(1);
}

const logger = createLogger({ level: config.logLevel });
const running = await startRealServer(config, logger);
logger.info({ url: running.url, oktaOrgUrl: config.oktaOrgUrl }, 'server listening');

process.on('unhandledRejection', (reason) => {
  logger.error({ reason: String(reason) }, 'unhandled rejection');
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    logger.info({ signal }, 'draining');
    await running.close();
    logger.info('stopped');
    process.exit(0);
  });
}
