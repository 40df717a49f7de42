import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Level, Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/** The longest a buffered line waits before it is written to standard output (production). */
export const FLUSH_EVERY_MS = 1_000;

/**
 * The API's one logger: pino's JSON lines on standard output, for Nest's own messages (with their
 * Nest context as `context`) and, through `requestLines`, for the request lines.
 *
 * No per-request async context (ADR 0041): nestjs-pino, used before, bound each request's logger in
 * an AsyncLocalStorage so that any line written while handling a request carried it; on Node 20 that
 * turns on the promise hooks for every promise of every request, 7–15 % of a request's CPU for lines
 * that are almost never written. A line about a request names it itself (the error filter writes
 * the request's `reqId`).
 */
export class AppLogger implements LoggerService {
  readonly pino: Logger;

  /**
   * Lines go to `destination` (the tests'), or to standard output: in production through pino's
   * asynchronous destination, which buffers lines and writes them 4 kB at a time, and at least every
   * `FLUSH_EVERY_MS` so that a quiet instance's lines still show within a second, instead of one
   * blocking write per line (a request line's write was about 3 % of a `{ __typename }` request's
   * CPU, ADR 0043); pino writes what is left when the process exits, crash included (a power cut or
   * SIGKILL loses at most the last second). Elsewhere one synchronous write per line, as pino does.
   */
  constructor(
    config: Pick<AppConfig, 'LOG_LEVEL'> & Partial<Pick<AppConfig, 'isProduction'>>,
    destination?: DestinationStream,
  ) {
    if (destination || !config.isProduction) {
      this.pino = pino({ level: config.LOG_LEVEL }, destination);
      return;
    }
    this.pino = pino({ level: config.LOG_LEVEL }, pino.destination({ dest: 1, sync: false, minLength: 4096 }));
    setInterval(() => this.pino.flush(), FLUSH_EVERY_MS).unref();
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
