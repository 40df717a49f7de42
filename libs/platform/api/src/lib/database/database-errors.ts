/**
 * What a failure says about the database: `unavailable` when PostgreSQL cannot be reached or is
 * going away (the caller should try again in a moment, possibly on another instance), `timeout`
 * when a statement ran past `statement_timeout` (or the client's `query_timeout`), `null` for
 * anything else (a bug, a constraint: handled elsewhere).
 */
export type DatabaseTrouble = 'unavailable' | 'timeout';

/** Node's socket errors when the server is down, restarting or unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs meaning "not now": class 08 (connection exception), 57P01 admin shutdown, 57P02 crash
 * shutdown, 57P03 cannot connect now (starting up or shutting down), 53300 too many connections.
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;

/** 57014 query_canceled: what `statement_timeout` raises. */
const TIMEOUT_SQLSTATE = '57014';

/**
 * node-postgres's own messages, which carry no code: the pool's connect timeout, a connection cut
 * under a query, a client closed after an error.
 */
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

const TIMEOUT_MESSAGES = [/Query read timeout/i, /canceling statement due to statement timeout/i];

/** The error and what it wraps: TypeORM's `driverError`, `cause`, and each error of an AggregateError (ECONNREFUSED on ::1 and 127.0.0.1). */
function* chain(error: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 5 || typeof error !== 'object' || error === null) return;
  const record = error as Record<string, unknown>;
  yield record;
  yield* chain(record['driverError'], depth + 1);
  yield* chain(record['cause'], depth + 1);
  if (Array.isArray(record['errors'])) for (const inner of record['errors']) yield* chain(inner, depth + 1);
}

export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  let unavailable = false;
  for (const e of chain(error)) {
    const code = typeof e['code'] === 'string' ? e['code'] : '';
    const message = typeof e['message'] === 'string' ? e['message'] : '';
    if (code === TIMEOUT_SQLSTATE || TIMEOUT_MESSAGES.some((m) => m.test(message))) return 'timeout';
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_MESSAGES.some((m) => m.test(message)))
      unavailable = true;
  }
  return unavailable ? 'unavailable' : null;
}
