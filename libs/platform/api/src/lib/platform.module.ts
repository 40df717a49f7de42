import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, ModuleRef } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions, MixedList } from 'typeorm';
import { AccessGuard } from './auth/access.guard';
import { SessionAuthentication } from './auth/session.strategy';
import { LiveSockets } from './auth/live-sockets';
import { WebSocketAuthenticator } from './auth/websocket-auth';
import { Clock } from './clock/clock';
import { TestClock, TestClockResolver } from './clock/test-clock.resolver';
import { AppConfig } from './config/app-config';
import { HealthModule } from './health/health.module';
import { AppLogger } from './logging/app-logger';
import { AppDataSource } from './database/app-data-source';
import { dataSourceOptions } from './database/data-source-options';
import { runMigrationsLocked } from './database/migrate';
import { AppErrorFilter } from './graphql/error-filter';
import { graphqlOptions } from './graphql/graphql-setup';
import { createValidationPipe } from './graphql/validation';
import { DevMailboxResolver } from './mail/dev-mailbox.resolver';
import { MailOutbox } from './mail/mail-outbox.service';
import { MailTransport, NodemailerTransport } from './mail/mail-transport';
import { MailWorker } from './mail/mail-worker.service';
import { Jobs } from './jobs/jobs';
import { PLATFORM_ENTITIES } from './platform.entities';
import { RateLimiter, RateLimitPruner } from './graphql/rate-limiter';
import { BackgroundWork } from './jobs/background-work';
import { GraphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';
import { MetricsController } from './metrics/metrics.controller';
import { PublicPageAssetsController } from './web/public-page/public-page-assets';
import { Metrics } from './metrics/metrics.service';
import { InMemoryPubSub } from './pubsub/in-memory-pub-sub';
import { PostgresPubSub } from './pubsub/postgres-pub-sub';
import { PubSub } from './pubsub/pub-sub';
import { PersonalData } from './personal-data/personal-data';

export interface PlatformOptions {
  config: AppConfig;
  databaseUrl: string;
  migrations: MixedList<string | (new () => unknown)>;
  /** Replace the mail transport (tests count what is sent). */
  mailTransport?: MailTransport;
}

/**
 * Everything a domain module relies on: configuration, the database (migrations run at start),
 * GraphQL (with subscriptions), the deny-by-default guard, validation, errors, logging, the mail
 * outbox and pub/sub across instances.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    return {
      module: PlatformModule,
      imports: [
        // Migrations first, under an advisory lock (several instances may start at once), then the pool.
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(options.databaseUrl, options.migrations, {
              connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
              statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
            }),
            autoLoadEntities: true,
          }),
          dataSourceFactory: async (typeOrmOptions) => {
            await runMigrationsLocked(options.databaseUrl, options.migrations);
            return new AppDataSource(typeOrmOptions as DataSourceOptions).initialize();
          },
        }),
        TypeOrmModule.forFeature(PLATFORM_ENTITIES),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ModuleRef],
          useFactory: (moduleRef: ModuleRef) => graphqlOptions(config, new WebSocketAuthenticator(moduleRef)),
        }),
        HealthModule,
      ],
      controllers: [MetricsController, PublicPageAssetsController],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: AppLogger, useValue: new AppLogger(config) },
        Metrics,
        GraphqlMetricsPlugin,
        { provide: Clock, useValue: new Clock(config.TEST_CLOCK) },
        Jobs,
        BackgroundWork,
        TestClock,
        ...(config.TEST_CLOCK ? [TestClockResolver] : []),
        { provide: MailTransport, useValue: options.mailTransport ?? new NodemailerTransport(config.SMTP_URL) },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        SessionAuthentication,
        MailOutbox,
        MailWorker,
        RateLimiter,
        RateLimitPruner,
        LiveSockets,
        PersonalData,
        DevMailboxResolver,
        {
          provide: PubSub,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            config.PUBSUB === 'memory' ? new InMemoryPubSub(dataSource) : new PostgresPubSub(options.databaseUrl),
        },
      ],
      exports: [
        AppConfig,
        AppLogger,
        Clock,
        Jobs,
        BackgroundWork,
        TestClock,
        MailOutbox,
        MailWorker,
        MailTransport,
        PubSub,
        RateLimiter,
        LiveSockets,
        PersonalData,
      ],
    };
  }
}
