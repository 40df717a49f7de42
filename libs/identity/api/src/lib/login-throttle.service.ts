import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock } from '@assoc/platform-api';
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES } from '@assoc/identity-domain';
import { LessThan, MoreThan, Repository } from 'typeorm';
import { LoginFailureEntity } from './login-failure.entity';

/** Counts failed log-ins per account and per IP in a sliding window by the clock, in the database (works across instances). */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>,
    private readonly clock: Clock,
  ) {}

  private since(): Date {
    return new Date(this.clock.nowMs() - LOGIN_WINDOW_MINUTES * 60 * 1000);
  }

  async isBlocked(email: string, ip: string): Promise<boolean> {
    const since = MoreThan(this.since());
    const [byEmail, byIp] = await Promise.all([
      this.failures.count({ where: { email, createdAt: since } }),
      this.failures.count({ where: { ip, createdAt: since } }),
    ]);
    return byEmail >= LOGIN_MAX_FAILURES || byIp >= LOGIN_MAX_FAILURES;
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.failures.insert({ email, ip, createdAt: this.clock.now() });
    // Failures older than the window no longer count: drop this account's, so the table stays small.
    await this.failures.delete({ email, createdAt: LessThan(this.since()) });
  }

  async clear(email: string): Promise<void> {
    await this.failures.delete({ email });
  }
}
