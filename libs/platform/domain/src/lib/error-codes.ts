/** The `extensions.code` values every GraphQL error carries. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The database cannot be reached for now (HTTP 503): try again in a moment. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** One refused field: its path in the input ("openingHours.0.periods.1.opens") and the reason key. */
export interface FieldProblem {
  field: string;
  /** A key of the message catalogue (see messages.ts). */
  reason: string;
  /** Values the message needs ({ min: 12 }). */
  params?: Record<string, string | number>;
}
