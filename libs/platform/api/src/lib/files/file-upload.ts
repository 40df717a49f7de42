import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  ExecutionContext,
  NestInterceptor,
  PayloadTooLargeException,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { catchError, Observable, throwError } from 'rxjs';
import { AppError } from '../graphql/app-error';

/** A multipart upload as the handlers receive it. */
export type Upload = { buffer: Buffer; size: number } | undefined;

/** Multer's refusals, named by the upload's real field and limit (not a generic 413 about some `file`). */
class UploadLimits implements NestInterceptor {
  constructor(
    private readonly field: string,
    private readonly maxMb: number,
  ) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException
              ? AppError.field(this.field, 'fileTooLarge', { max: this.maxMb })
              : error instanceof BadRequestException && /unexpected file field|too many files/i.test(error.message)
                ? AppError.field(this.field, 'fileMissing')
                : error,
          ),
        ),
      );
  }
}

/**
 * One file in the multipart field `field`, at most `maxMb` MB: multer stops reading past the limit,
 * and the refusal names this field and this limit, in the caller's language.
 */
export function FileUpload(field: string, maxMb: number): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseInterceptors(
      new UploadLimits(field, maxMb),
      FileInterceptor(field, { limits: { fileSize: maxMb * 1024 * 1024, files: 1 } }),
    ),
  );
}
