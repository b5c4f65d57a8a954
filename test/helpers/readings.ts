// Checks on a page reader's Snapshot that several platform tests share.
import { expect } from 'vitest';
import { english } from '../../lib/i18n';
import { SnapshotSchema, type Snapshot } from '../../lib/schema/snapshot';

/** Every number anywhere in a value, however deep: what a reading could show the user. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

/** The snapshot passes SnapshotSchema, as the extension checks it where it is received. */
export function expectValid(snapshot: Snapshot): void {
  const checked = SnapshotSchema.safeParse(snapshot);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues)).toBe(true);
}

/** Why `field` is missing, in English words; undefined when it is not missing. */
export function missingReason(snapshot: Snapshot, field: string): string | undefined {
  const entry = snapshot.missing.find((missing) => missing.field === field);
  return entry && english(entry.reason);
}
