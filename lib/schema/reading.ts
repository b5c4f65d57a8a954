// The answer of a page reader script, checked where it is received (the popup, the background).
import * as z from 'zod/mini';
import { READ_ERROR_CODES } from './limits';
import { SnapshotSchema } from './snapshot';
import { StoredTextSchema } from './text';

export const ReadPageResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), snapshot: SnapshotSchema }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(READ_ERROR_CODES), message: StoredTextSchema }),
  }),
]);
export type ReadPageResponse = z.infer<typeof ReadPageResponseSchema>;
