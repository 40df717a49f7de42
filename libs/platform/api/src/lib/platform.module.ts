import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { MixedList } from 'typeorm';
import { AccessGuard } from './auth/access.guard';
import { SessionStrategy } from './auth/session.strategy';
import { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { AppErrorFilter } from './graphql/error-filter';
import { graphqlOptions } from './graphql/graphql-setup';
import { createValidationPipe } from './graphql/validation';
import { DevMailboxResolver } from './mail/dev-mailbox.resolver';
import { MailOutbox } from './mail/mail-outbox.service';
import { MailTransport, NodemailerTransport } from './mail/mail-transport';
import { MailWorker } from './mail/mail-worker.service';
import { OutboxMailEntity } from './mail/outbox-mail.entity';

export interface PlatformOptions {
  config: AppConfig;
  databaseUrl: string;
  migrations: MixedList<string | (new () => unknown)>;
  /** Replace the mail transport (tests count what is sent). */
  mailTransport?: MailTransport;
}

/**
 * Everything a domain module relies on: configuration, the database (migrations run at start),
 * GraphQL, the deny-by-default guard, validation, errors, logging and the mail outbox.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            autoLogging: !config.isProduction ? false : { ignore: (req) => req.url === '/health' },
            redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
          },
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl, options.migrations), autoLoadEntities: true, migrationsRun: true }),
        TypeOrmModule.forFeature([OutboxMailEntity]),
        GraphQLModule.forRoot(graphqlOptions(config)),
        PassportModule,
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: MailTransport, useValue: options.mailTransport ?? new NodemailerTransport(config.SMTP_URL) },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        SessionStrategy,
        MailOutbox,
        MailWorker,
        DevMailboxResolver,
      ],
      exports: [AppConfig, MailOutbox, MailWorker, MailTransport],
    };
  }
}
