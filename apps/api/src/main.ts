import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AppLogger,
  configureHttp,
  httpAdapter,
  loadConfig,
  shutDownGracefully,
  startEmbeddedPostgres,
} from '@assoc/platform-api';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { serveWebApp } from './web-app';

async function bootstrap() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  // No DATABASE_URL: a real PostgreSQL from npm, its data kept under DATA_DIR between runs.
  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(join(config.DATA_DIR, 'postgres'));
  const databaseUrl = config.DATABASE_URL ?? (embedded?.url as string);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, databaseUrl }),
    httpAdapter(config),
    { bufferLogs: true },
  );
  app.useLogger(app.get(AppLogger));
  await configureHttp(app);
  await serveWebApp(app);
  // Not ready at once, serve SHUTDOWN_DELAY_MS more, drain, close (see GracefulShutdown). A second
  // signal of the same kind ends the process at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      shutDownGracefully(app, signal, embedded ? () => embedded.stop() : undefined).then(
        () => process.exit(0),
        (error) => {
          app.get(AppLogger).error(`shutdown failed: ${String(error?.stack ?? error)}`);
          process.exit(1);
        },
      );
    });
  }
  await app.init();
  // Every interface, as in a container (Fastify's default host is localhost only).
  await app.listen(config.PORT, '0.0.0.0');
  app.get(AppLogger).log(`Ready on ${config.PUBLIC_URL} (GraphQL at /graphql)`);
}

void bootstrap();
