import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  INestApplication,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyMultipart from '@fastify/multipart';
import { finished } from 'node:stream/promises';
import { from, Observable, switchMap } from 'rxjs';
import { AppError } from '../graphql/app-error';
import type { HttpFields, HttpRequest } from '../http/http-types';

/** A multipart upload as the handlers receive it. */
export type Upload = { buffer: Buffer; size: number } | undefined;

/** What any multipart request may hold besides its file: a few short text fields, few parts. */
const MULTIPART_LIMITS = { fieldNameSize: 100, fieldSize: 100 * 1024, fields: 20, parts: 30 };

/**
 * Lets the API read `multipart/form-data` (uploads): call once from `configureHttp`. Nothing is read
 * until an upload route asks (`FileUpload`), with its own field and size limit; other routes leave
 * such a body unread.
 */
export async function registerMultipart(app: INestApplication): Promise<void> {
  await (app as NestFastifyApplication).register(fastifyMultipart, {
    limits: MULTIPART_LIMITS,
    // An oversized file is reported by `truncated` and refused with its own limit (below), not thrown.
    throwFileSizeLimit: false,
  });
}

/** The upload each request carried, once `FileUpload` has read it. */
const uploads = new WeakMap<object, Upload>();

type RefusalReason = 'fileTooLarge' | 'fileMissing';

/**
 * Reads the whole multipart body: the one file in `field` into a Buffer (at most `maxBytes`), the text
 * fields into `request.body` (flat, as forms are). Another file field, or more than one file, answers
 * `fileMissing`; a file over the limit `fileTooLarge`; an unreadable body `invalid`. Every part is read
 * to its end, so the answer never leaves a part of the body waiting.
 */
async function readUpload(request: HttpRequest, field: string, maxMb: number): Promise<Upload> {
  if (!request.isMultipart()) return undefined;
  const maxBytes = maxMb * 1024 * 1024;
  const fields: HttpFields = {};
  let upload: Upload;
  let refusal: RefusalReason | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
      if (part.type === 'field') {
        const value = typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
        const known = fields[part.fieldname];
        fields[part.fieldname] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
      } else if (part.fieldname !== field) {
        refusal ??= 'fileMissing';
        part.file.resume();
        await finished(part.file);
      } else {
        const buffer = await part.toBuffer();
        if (part.file.truncated) refusal ??= 'fileTooLarge';
        else upload = { buffer, size: buffer.length };
      }
    }
  } catch (error) {
    // A second file (busboy skips it and stops at the limit): which one was meant is unknown.
    if ((error as { code?: string }).code === 'FST_FILES_LIMIT') refusal ??= 'fileMissing';
    else throw new BadRequestException(error instanceof Error ? error.message : String(error));
  }
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
