import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Level, Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/**
 * The API's one logger: pino's JSON lines on standard output, for Nest's own messages (with their
 * Nest context as `context`) and, through `requestLogger`, for the request lines.
 *
 * No per-request async context (ADR 0041): nestjs-pino, used before, bound each request's logger in
 * an AsyncLocalStorage so that any line written while handling a request carried it; on Node 20 that
 * turns on the promise hooks for every promise of every request, 7–15 % of a request's CPU for lines
 * that are almost never written. A line about a request names it itself (the error filter writes
 * the request's `reqId`).
 */
export class AppLogger implements LoggerService {
  readonly pino: Logger;

  /** Lines go to standard output, or to `destination` (the tests'). */
  constructor(config: Pick<AppConfig, 'LOG_LEVEL'>, destination?: DestinationStream) {
    this.pino = destination ? pino({ level: config.LOG_LEVEL }, destination) : pino({ level: config.LOG_LEVEL });
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /**
   * Nest calls `(message, ...extra, context)`: the context last (when the Logger has one), and for
   * errors a stack before it. An object message is merged into the line, an Error goes under `err`.
   */
  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const extra = params.length > 1 ? params.slice(0, -1) : [];
    if (params.length) fields['context'] = params[params.length - 1];
    const stack = extra.find((p): p is string => typeof p === 'string');
    if (stack) fields['stack'] = stack;
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (message && typeof message === 'object') this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}
