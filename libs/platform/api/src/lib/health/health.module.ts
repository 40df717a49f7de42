import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { GracefulShutdown } from './graceful-shutdown';
import { HealthController } from './health.controller';
import { Readiness } from './readiness';

/** `/health/live`, `/health/ready` and the graceful shutdown that turns readiness off first. */
@Module({
  // Readiness logs its own changes of verdict; terminus would log every failed probe.
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [GracefulShutdown, Readiness],
  exports: [GracefulShutdown],
})
export class HealthModule {}
