import { HttpException, HttpStatus } from '@nestjs/common';

/** The largest JSON or form body accepted (GraphQL operations and their variables); files go as multipart. */
export const BODY_LIMIT_KB = 100;

/** A body the parsers refused: the status to answer and the catalogue reason. */
export interface BodyRefusal {
  status: number;
  reason: 'requestTooLarge' | 'malformedJson' | 'invalid';
}

/**
 * Whether `exception` is Fastify refusing a body before any handler ran, and how to answer it: too large
 * (413, reached the filter as Nest's HttpException for Fastify's FST_ERR_CTP_BODY_TOO_LARGE), not JSON
 * (400: the JSON parser's SyntaxError, which carries `statusCode` 400), a media type no parser reads
 * (415). Null for anything else.
 */
export function bodyRefusal(exception: unknown): BodyRefusal | null {
  if (exception instanceof SyntaxError && (exception as { statusCode?: number }).statusCode === HttpStatus.BAD_REQUEST)
    return { status: HttpStatus.BAD_REQUEST, reason: 'malformedJson' };
  if (!(exception instanceof HttpException)) return null;
  const status = exception.getStatus();
  if (status === HttpStatus.PAYLOAD_TOO_LARGE) return { status, reason: 'requestTooLarge' };
  if (status === HttpStatus.UNSUPPORTED_MEDIA_TYPE) return { status, reason: 'invalid' };
  return null;
}
