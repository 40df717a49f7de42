import { HttpException } from '@nestjs/common';
import { errorCodes } from 'fastify';

/** The largest JSON or form body accepted (GraphQL operations and their variables); files go as multipart. */
export const BODY_LIMIT_KB = 100;

/** A body the parsers refused: the status to answer and the catalogue reason. */
export interface BodyRefusal {
  status: number;
  reason: 'requestTooLarge' | 'malformedJson' | 'invalid';
}

/**
 * Fastify's refusals of a body, by the message it gives them: Nest's error handler turns a FastifyError
 * into `HttpException(message, statusCode)` and drops its code, so the message is what is left to tell
 * them apart (taken from Fastify's own error classes, not copied).
 */
const REFUSALS = new Map<string, BodyRefusal['reason']>([
  [new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE().message, 'requestTooLarge'],
  [new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY().message, 'malformedJson'],
  [new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY().message, 'malformedJson'],
  [new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE().message, 'invalid'],
]);

/**
 * Whether `exception` is Fastify refusing a body before any handler ran, and how to answer it: too large
 * (413), not JSON or empty under `Content-Type: application/json` (400), a media type no parser reads
 * (415); each reaches the error filter as Nest's HttpException with Fastify's status and message. Null
 * for anything else (an upload's own limits included: files/file-upload.ts names them).
 */
export function bodyRefusal(exception: unknown): BodyRefusal | null {
  if (!(exception instanceof HttpException)) return null;
  const reason = REFUSALS.get(exception.message);
  return reason ? { status: exception.getStatus(), reason } : null;
}
