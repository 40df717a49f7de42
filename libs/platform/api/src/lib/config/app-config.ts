import { plainToInstance, Transform } from 'class-transformer';
import type { S3Settings } from '../files/s3-file-store';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { defaultMailFrom } from '../mail/mail-sender';

const bool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

/**
 * Every setting the API reads from the environment, validated once at start. A bad value stops the
 * process with a message naming the variable (see README, "Configuration").
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** PostgreSQL to use; when absent an embedded PostgreSQL is started under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must start with postgres:// or postgresql://' })
  DATABASE_URL?: string;

  /** Where the embedded database and uploaded files live. */
  @IsString()
  DATA_DIR = 'data';

  /**
   * Uploaded files go to this S3-compatible bucket instead of DATA_DIR/uploads (so that every instance
   * reads what any other wrote). With it: S3_ENDPOINT (none: AWS S3 of S3_REGION), S3_ACCESS_KEY_ID
   * and S3_SECRET_ACCESS_KEY (both, or neither for the SDK's own chain), S3_REGION, S3_FORCE_PATH_STYLE.
   */
  @IsOptional()
  @IsString()
  S3_BUCKET?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'S3_ENDPOINT must be an absolute http(s) URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  /** Address the bucket in the path (`http://host/bucket/key`), as MinIO and most self-hosted servers need. */
  @Transform(bool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  /** The address people reach the app at, used in e-mailed links. */
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'PUBLIC_URL must be an absolute http(s) URL' })
  PUBLIC_URL = 'http://localhost:3000';

  /**
   * Who runs this platform, printed on the public legal notice (`/legal`) and privacy page (`/privacy`), as
   * French law asks of a site's publisher (LCEN art. 6): the operator's name, postal address and contact
   * e-mail, the publication director, and the host's name and address. The defaults describe the demo.
   */
  @IsString()
  @MinLength(1)
  OPERATOR_NAME = 'Cœur de Ville (démonstration)';

  @IsString()
  @MinLength(1)
  OPERATOR_ADDRESS = '1 place de la Mairie, 35500 Vitré, France';

  @IsEmail({}, { message: 'OPERATOR_EMAIL must be an e-mail address' })
  OPERATOR_EMAIL = 'contact@example.org';

  @IsString()
  @MinLength(1)
  PUBLICATION_DIRECTOR = 'Claire Morel';

  @IsString()
  @MinLength(1)
  HOST_NAME = 'Hébergeur de démonstration';

  @IsString()
  @MinLength(1)
  HOST_ADDRESS = '2 rue du Serveur, 75000 Paris, France';

  /** Key used to hash session, reset and invitation tokens. Required in production. */
  @IsString()
  @MinLength(32, { message: 'SECRET_KEY must have at least 32 characters' })
  SECRET_KEY = 'development-only-secret-key-change-me-0000';

  /** smtp(s)://user:pass@host:port; without it, mails stay in the development mailbox. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must start with smtp:// or smtps://' })
  SMTP_URL?: string;

  /**
   * `false` runs without sending any mail: a warning at start, and mails stay in the outbox unsent
   * (the worker does not run), to be sent once mail is enabled. Lets production start without SMTP.
   */
  @Transform(bool)
  @IsBoolean()
  MAIL_ENABLED = true;

  /** The sender; unset: no-reply at PUBLIC_URL's host, the domain every Message-ID ends with too. */
  @IsString()
  MAIL_FROM = 'Association de commerçants <no-reply@localhost>';

  /** An address that also takes unsubscribe requests by mail (List-Unsubscribe `mailto:`); unset: HTTPS only. */
  @IsOptional()
  @IsEmail({}, { message: 'MAIL_UNSUBSCRIBE_MAILTO must be an e-mail address' })
  MAIL_UNSUBSCRIBE_MAILTO?: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(50)
  MAIL_POLL_MS = 1000;

  @Transform(bool)
  @IsBoolean()
  MAIL_WORKER = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(bool)
  @IsBoolean()
  SEED_DEMO = true;

  /**
   * Which proxies to believe for the client's address (Express "trust proxy": loopback, a subnet,
   * or a hop count). The login throttle counts failures per client address, so set this behind a
   * reverse proxy on another host.
   */
  @IsString()
  TRUST_PROXY = 'loopback';

  /**
   * How real-time events reach the subscribers of every API instance: `postgres` (LISTEN/NOTIFY on
   * the database, works with any number of instances) or `memory` (only for a single instance).
   */
  @IsIn(['postgres', 'memory'])
  PUBSUB: 'postgres' | 'memory' = 'postgres';

  /** Local hour (in each association's time zone) after which the daily notification digest goes out. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_HOUR = 18;

  /** Run the daily digest job in this instance (safe in every instance: each digest is claimed once). */
  @Transform(bool)
  @IsBoolean()
  DIGEST_WORKER = true;

  /** How often (ms) each instance looks for deadlines passed (project votes and joining). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(50)
  DEADLINE_POLL_MS = 60_000;

  /** A new database connection not made after this long (ms) fails, and the caller gets SERVICE_UNAVAILABLE. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  /** PostgreSQL cancels a statement running longer than this (ms); 0: no limit. Migrations have none. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  DATABASE_STATEMENT_TIMEOUT_MS = 30_000;

  /**
   * After SIGTERM, how long (ms) the instance keeps serving while `/health/ready` already fails, so a
   * load balancer stops sending it traffic first. Unset: 5000 in production, 0 otherwise.
   */
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  SHUTDOWN_DELAY_MS?: number;

  /** Then, how long (ms) requests in flight may take to finish before their connections are cut. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  /**
   * Tests and browser journeys only: a clock that can be moved forward (GraphQL `advanceTestClock`),
   * after which every due job runs at once. Refused when NODE_ENV=production.
   */
  @Transform(bool)
  @IsBoolean()
  TEST_CLOCK = false;

  /**
   * Bearer token Prometheus sends to `GET /metrics`. Unset: the endpoint does not exist (404); set:
   * any other caller gets 401. At least 16 characters.
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must have at least 16 characters' })
  METRICS_TOKEN?: string;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Links in mails are secrets: the mailbox page exists only in development without real SMTP. */
  get devMailboxEnabled(): boolean {
    return !this.isProduction && !this.SMTP_URL;
  }

  get shutdownDelayMs(): number {
    return this.SHUTDOWN_DELAY_MS ?? (this.isProduction ? 5000 : 0);
  }

  /** Where uploaded files go when S3_BUCKET is set; null: the local disk under DATA_DIR. */
  get s3Settings(): S3Settings | null {
    if (!this.S3_BUCKET) return null;
    return {
      endpoint: this.S3_ENDPOINT,
      bucket: this.S3_BUCKET,
      region: this.S3_REGION,
      accessKeyId: this.S3_ACCESS_KEY_ID,
      secretAccessKey: this.S3_SECRET_ACCESS_KEY,
      forcePathStyle: this.S3_FORCE_PATH_STYLE,
    };
  }

  get uploadsDir(): string {
    return `${this.DATA_DIR}/uploads`;
  }
}

const DEV_SECRET = new AppConfig().SECRET_KEY;

/** Reads and checks the environment; throws one error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, defined, { exposeDefaultValues: true });
  if (!defined['MAIL_FROM']) config.MAIL_FROM = defaultMailFrom(config.PUBLIC_URL);
  const problems = validateSync(config, { skipMissingProperties: false }).flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => (m.startsWith(e.property) ? m : `${e.property}: ${m}`)),
  );
  if (config.isProduction && config.SECRET_KEY === DEV_SECRET) problems.push('SECRET_KEY is required in production');
  if (config.isProduction && config.MAIL_ENABLED && !config.SMTP_URL)
    problems.push(
      'SMTP_URL is required in production (mails would be lost), or MAIL_ENABLED=false to keep them unsent',
    );
  if (config.isProduction && config.TEST_CLOCK)
    problems.push('TEST_CLOCK must not be on in production (it lets anyone move time)');
  if (!config.S3_BUCKET && (config.S3_ENDPOINT || config.S3_ACCESS_KEY_ID || config.S3_SECRET_ACCESS_KEY))
    problems.push('S3_BUCKET is required with S3_ENDPOINT and the S3 keys (without it files stay under DATA_DIR)');
  if (!config.S3_ACCESS_KEY_ID !== !config.S3_SECRET_ACCESS_KEY)
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
  if (problems.length) throw new Error(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  return config;
}
