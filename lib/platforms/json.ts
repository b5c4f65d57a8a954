// Safe reading of page data whose shape we do not control.

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : null;
}

export function at(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    const record = asRecord(current);
    if (record === null || !Object.hasOwn(record, key)) return undefined;
    current = record[key];
  }
  return current;
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function asBoolean(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function asWholeNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** Exact integers that pages send as strings ("427682"). */
export function asIntegerString(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/** Unix seconds as Unix ms; null when the ms would not be a safe integer (a Count could not hold them). */
export function secondsToMs(seconds: number | null): number | null {
  return seconds !== null && Number.isSafeInteger(seconds * 1000) ? seconds * 1000 : null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** JSON.parse of a script element's text, or null when it is absent or broken. */
export function parseScriptJson(element: Element | null): unknown {
  const text = element?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
