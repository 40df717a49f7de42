import { ValueTransformer } from 'typeorm';

/** PostgreSQL bigint columns come back as strings; amounts in cents stay well inside 2^53 (MAX_CENTS). */
export const CENTS: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value == null ? null : Number(value)),
};
