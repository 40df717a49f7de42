import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { Busboy, type BusboyHeaders, type BusboyInstance } from '@fastify/busboy';
import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import { from, Observable, switchMap } from 'rxjs';
import { AppError } from '../graphql/app-error';
import type { HttpFields, HttpRequest } from '../http/http-types';

/** A multipart upload as the handlers receive it. */
export type Upload = { buffer: Buffer; size: number } | undefined;

/** What any multipart request may hold besides its file: a few short text fields, few parts. */
const MULTIPART_LIMITS = { fieldNameSize: 100, fieldSize: 100 * 1024, fields: 20, parts: 30 };

/** The unread body of each multipart request, until `FileUpload` reads it. */
const payloads = new WeakMap<object, Readable>();

/**
 * Lets the API take `multipart/form-data` (uploads): call once from `configureHttp`. Fastify hands such
 * a body to this parser, which leaves it unread (the request's body stays undefined) and keeps its
 * stream for the upload routes: `FileUpload` reads it with its own field and size limit. Other routes
 * never read it (Node discards what is left once the answer is sent). Only a content-type parser: no
 * hook on any route, so requests that are not uploads (GraphQL) pay nothing for it.
 */
export function registerMultipart(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('multipart/form-data', (request, payload, done) => {
    payloads.set(request, payload);
    done(null);
  });
}

/** The upload each request carried, once `FileUpload` has read it. */
const uploads = new WeakMap<object, Upload>();

/** An error's message (Node's own errors included, whatever realm made them). */
const messageOf = (error: unknown): string => {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
};

/** Why reading stopped when the client left mid-body. */
const CLOSED_EARLY = 'the request was closed before its body was read';

type RefusalReason = 'fileTooLarge' | 'fileMissing';

/** What reading a multipart body found: its text fields, the file, or why the file is refused. */
type Parts = { fields: HttpFields; upload: Upload; refusal: RefusalReason | null };

/**
 * Reads the whole multipart `payload` with busboy: the one file in `field` into a Buffer (bytes past
 * `maxBytes` are not kept), the text fields flat. Another file field, or more than one file, is
 * `fileMissing`; a file over the limit `fileTooLarge` (the first refusal met wins). Every part is read
 * to its end, so the answer never leaves a part of the body waiting. A body busboy cannot read (no
 * boundary, cut short, too many parts or fields, a field named like an Object property) or a client
 * gone mid-body rejects with a 400 (`invalid`).
 */
function readParts(request: HttpRequest, payload: Readable, field: string, maxBytes: number): Promise<Parts> {
  return new Promise((resolve, reject) => {
    const fields: HttpFields = {};
    let upload: Upload;
    let refusal: RefusalReason | null = null;
    let failure: string | null = null;
    let sawData = false;
    let settled = false;
    let parser: BusboyInstance;

    const settle = (error: unknown) => {
      if (settled) return;
      settled = true;
      payload.unpipe(parser);
      payload.off('data', onData).off('error', settle).off('close', onClose);
      if (error === null) resolve({ fields, upload, refusal });
      else reject(new BadRequestException(messageOf(error)));
    };
    const onData = () => (sawData = true);
    // Closed before its end: the client left mid-body, busboy will never finish.
    const onClose = () => payload.readableEnded || settle(new Error(CLOSED_EARLY));

    try {
      parser = Busboy({
        headers: request.headers as BusboyHeaders,
        limits: { ...MULTIPART_LIMITS, fileSize: maxBytes, files: 1 },
      });
    } catch (error) {
      // No boundary in the content type.
      reject(new BadRequestException(messageOf(error)));
      return;
    }
    parser.on('field', (name, value) => {
      if (name in Object.prototype) {
        failure ??= 'prototype property is not allowed as field name';
        return;
      }
      const known = fields[name];
      fields[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
    });
    parser.on('file', (name, file) => {
      // The body cut short inside this part ("Part terminated early").
      file.on('error', settle);
      if (name !== field) {
        refusal ??= 'fileMissing';
        file.resume();
        return;
      }
      const chunks: Buffer[] = [];
      // Told as the limit is passed, before any later part (the file's own end comes a tick later).
      file.on('limit', () => {
        refusal ??= 'fileTooLarge';
        chunks.length = 0;
      });
      file.on('data', (chunk: Buffer) => chunks.push(chunk));
      file.on('end', () => {
        if (file.truncated) return;
        const buffer = Buffer.concat(chunks);
        upload = { buffer, size: buffer.length };
      });
    });
    // A second file (busboy skips it, and any after it): which one was meant is unknown.
    parser.on('filesLimit', () => (refusal ??= 'fileMissing'));
    parser.on('partsLimit', () => (failure ??= 'reach parts limit'));
    parser.on('fieldsLimit', () => (failure ??= 'reach fields limit'));
    parser.on('error', (error: unknown) => {
      // An empty body is an empty form (no file), not a body cut short.
      if (!sawData && messageOf(error) === 'Unexpected end of multipart data') settle(null);
      else settle(error);
    });
    // Every part read (busboy's own finish waits for the last file's end).
    parser.on('finish', () => settle(failure === null ? null : new Error(failure)));
    payload.once('data', onData).on('error', settle).on('close', onClose);
    // Already gone (the client left before the route read its body): its close has been told.
    if (payload.destroyed) settle(new Error(CLOSED_EARLY));
    else payload.pipe(parser);
  });
}

/**
 * The upload in `field` (at most `maxMb` MB) of a multipart request, its text fields in `request.body`
 * (flat, as forms are); undefined when the request is not multipart. Throws the refusal naming the
 * field (`fileTooLarge` {max}, `fileMissing`), or a 400 for an unreadable body.
 */
async function readUpload(request: HttpRequest, field: string, maxMb: number): Promise<Upload> {
  const payload = payloads.get(request);
  if (!payload) return undefined;
  payloads.delete(request);
  const { fields, upload, refusal } = await readParts(request, payload, field, maxMb * 1024 * 1024);
  request.body = fields;
  if (refusal) throw AppError.field(field, refusal, refusal === 'fileTooLarge' ? { max: maxMb } : undefined);
  return upload;
}

class UploadReader implements NestInterceptor {
  constructor(
    private readonly field: string,
    private readonly maxMb: number,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    return from(readUpload(request, this.field, this.maxMb)).pipe(
      switchMap((upload) => {
        uploads.set(request, upload);
        return next.handle();
      }),
    );
  }
}

/**
 * One file in the multipart field `field`, at most `maxMb` MB: reading stops keeping bytes past the
 * limit, and the refusal names this field and this limit, in the caller's language. The handler
 * receives it with `@UploadedFile()` (this module's: Nest's reads Express's `req.file`).
 */
export function FileUpload(field: string, maxMb: number): MethodDecorator & ClassDecorator {
  return applyDecorators(UseInterceptors(new UploadReader(field, maxMb)));
}

/** The file `FileUpload` read (undefined when the request carried none in its field). */
export const UploadedFile = createParamDecorator((_data: unknown, context: ExecutionContext): Upload =>
  uploads.get(context.switchToHttp().getRequest<object>()),
);
