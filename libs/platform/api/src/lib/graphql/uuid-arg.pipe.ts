import { PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError } from './app-error';

/** Validates a bare ID argument (not inside an input class): BAD_USER_INPUT naming it when it is not a UUID. */
export function uuidArg(field: string): PipeTransform<unknown, string> {
  return {
    transform(value: unknown): string {
      if (typeof value !== 'string' || !isUUID(value)) throw AppError.field(field, 'isUuid');
      return value;
    },
  };
}
