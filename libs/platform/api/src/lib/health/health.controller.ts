import { Controller, Get, Header, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Probe } from '../auth/access.decorators';
import type { HttpResponse } from '../http/http-types';
import { Readiness } from './readiness';

/**
 * Probes for load balancers and orchestrators, open to anyone (the session cookie is not even read),
 * never cached:
 * - `GET /health/live` (and `/health`, as before): the process answers; restart it if not;
 * - `GET /health/ready`: send it traffic; 503 while PostgreSQL is unreachable, migrations are
 *   pending, or the instance is shutting down (see GracefulShutdown).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: Readiness,
  ) {}

  @Probe()
  @Get()
  @Header('Cache-Control', 'no-store')
  @HealthCheck()
  legacy(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Probe()
  @Get('live')
  @Header('Cache-Control', 'no-store')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** Terminus throws a 503 with the details; answer it here rather than let the error filter rewrite it. */
  @Probe()
  @Get('ready')
  @Header('Cache-Control', 'no-store')
  @HealthCheck()
  async ready(@Res({ passthrough: true }) res: HttpResponse): Promise<HealthCheckResult | object> {
    try {
      const result = await this.health.check(this.readiness.checks());
      this.readiness.noteVerdict(true, []);
      return result;
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const body = error.getResponse() as HealthCheckResult;
      this.readiness.noteVerdict(false, Object.keys(body.error ?? {}));
      res.status(503);
      return body;
    }
  }
}
