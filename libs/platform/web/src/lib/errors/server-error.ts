export interface FieldMessage {
  field: string;
  message: string;
}

export type ServerErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'NETWORK'
  | 'INTERNAL';

export interface ServerErrorInfo {
  code: ServerErrorCode | string;
  message: string;
  fields: FieldMessage[];
}

interface GraphqlErrorLike {
  message?: string;
  extensions?: { code?: string; fields?: FieldMessage[] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fromGraphqlErrors(errors: GraphqlErrorLike[]): ServerErrorInfo {
  const first = errors[0] ?? {};
  const code = first.extensions?.code ?? 'INTERNAL';
  const fields = errors.flatMap((e) => e.extensions?.fields ?? []);
  return { code, message: first.message ?? '', fields };
}

/**
 * Reads what the API said, whatever the wrapper: Apollo's CombinedGraphQLErrors, an HTTP error
 * response whose body holds `errors`, or the REST shape `{ code, fields }` of the logo upload.
 */
export function parseServerError(error: unknown, depth = 0): ServerErrorInfo {
  if (depth < 4 && isRecord(error)) {
    if (Array.isArray(error['errors']) && error['errors'].length > 0) {
      return fromGraphqlErrors(error['errors'] as GraphqlErrorLike[]);
    }
    if (typeof error['code'] === 'string' && Array.isArray(error['fields'])) {
      return {
        code: error['code'],
        message: typeof error['message'] === 'string' ? error['message'] : '',
        fields: error['fields'] as FieldMessage[],
      };
    }
    for (const key of ['result', 'error', 'cause', 'body']) {
      const inner = error[key];
      if (isRecord(inner)) {
        const parsed = parseServerError(inner, depth + 1);
        if (parsed.code !== 'NETWORK' && parsed.code !== 'INTERNAL') return parsed;
      }
    }
    const status = error['status'] ?? error['statusCode'];
    // 503 without the API's body (a proxy's page while every instance is busy or restarting): the
    // service, not the person's connection, is the trouble; it passes.
    if (status === 503) return { code: 'SERVICE_UNAVAILABLE', message: '', fields: [] };
    if (status === 0 || status === 502 || status === 504) {
      return { code: 'NETWORK', message: '', fields: [] };
    }
  }
  return { code: depth === 0 ? 'NETWORK' : 'INTERNAL', message: '', fields: [] };
}

/** `input.openingHours.0.periods.0.opens` -> `openingHours.0.periods.0.opens` */
export function normaliseFieldPath(field: string): string {
  return field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
}
