import { Controller, Get, Headers, HttpCode, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/access.decorators';
import { AppConfig } from '../config/app-config';
import type { HttpResponse } from '../http/http-types';
import { Metrics } from './metrics.service';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /metrics` for Prometheus, never for the public: absent (404) unless METRICS_TOKEN is set, and
 * then only with `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise). The guard's @Public only
 * means "no member session": the token is the check.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: HttpResponse): Promise<void> {
    const token = this.config.METRICS_TOKEN;
    if (!token) throw new NotFoundException();
    const given = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '';
    // Compared as hashes of equal length, in constant time.
    if (!timingSafeEqual(digest(given), digest(token))) {
      res.header('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new UnauthorizedException();
    }
    const { contentType, body } = await this.metrics.exposition();
    res.type(contentType).header('Cache-Control', 'no-store').send(body);
  }
}
