import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { BadInputError } from './errors/domain-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** For ID arguments: a malformed id is BAD_USER_INPUT, never a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, meta: ArgumentMetadata): string {
    if (value !== undefined && value !== null && !isUuid(value)) throw BadInputError.field(meta.data ?? 'id', 'must be a valid id');
    return value;
  }
}
