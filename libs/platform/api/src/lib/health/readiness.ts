import { Injectable, Logger } from '@nestjs/common';
import {
  HealthIndicatorFunction,
  HealthIndicatorResult,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { GracefulShutdown } from './graceful-shutdown';

/** A probe waits this long (ms) for the database; a balancer's probe typically gives up after 2 to 5 s. */
export const DATABASE_PROBE_TIMEOUT_MS = 1500;

/**
 * What `/health/ready` checks: this instance is not shutting down, PostgreSQL answers, and every
 * migration the code knows has been applied (checked until it holds once: migrations never un-apply).
 */
@Injectable()
export class Readiness {
  private readonly logger = new Logger('Readiness');
  private migrationsApplied = false;
  private wasReady?: boolean;

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly typeorm: TypeOrmHealthIndicator,
    private readonly dataSource: DataSource,
    private readonly shutdown: GracefulShutdown,
  ) {}

  /** The checks, in the form @nestjs/terminus runs them (in parallel). */
  checks(): HealthIndicatorFunction[] {
    return [
      () => this.notShuttingDown(),
      () => this.typeorm.pingCheck('database', { connection: this.dataSource, timeout: DATABASE_PROBE_TIMEOUT_MS }),
      () => this.migrations(),
    ];
  }

  /** Logs when the verdict changes, not on every probe. */
  noteVerdict(ready: boolean, reasons: string[]): void {
    if (ready === this.wasReady) return;
    this.wasReady = ready;
    if (ready) this.logger.log('ready');
    else this.logger.warn(`not ready: ${reasons.join(', ')}`);
  }

  private async notShuttingDown(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('shutdown');
    return this.shutdown.shuttingDown ? indicator.down({ message: 'shutting down' }) : indicator.up();
  }

  private async migrations(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('migrations');
    if (this.migrationsApplied) return indicator.up();
    try {
      const pending = await withTimeout(this.dataSource.showMigrations(), DATABASE_PROBE_TIMEOUT_MS);
      if (pending) return indicator.down({ message: 'migrations pending' });
      this.migrationsApplied = true;
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout of ${ms} ms exceeded`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
