// Whether the browser may clear the shortlist to free space, and how much space it takes.
// Chromium exempts an extension holding unlimitedStorage from eviction (its special storage policy;
// navigator.storage.persisted() still says false there); Firefox gives such an extension the
// persistent-storage permission and never evicts extension origins. Elsewhere persist() is asked.

/** What the browser tells about the extension's storage. */
export interface StorageFacts {
  /** Protected from the browser's clean-up under storage pressure. */
  protected: boolean;
  /** Bytes the extension's storage takes, when the browser gives an estimate. */
  usedBytes: number | null;
}

/** The browser's side: navigator.storage and whether unlimitedStorage is granted, passed in. */
export interface StorageEnvironment {
  storage: Partial<Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>> | undefined;
  hasUnlimitedStorage(): Promise<boolean>;
}

async function ask<T>(question: (() => Promise<T>) | undefined): Promise<T | null> {
  try {
    return question ? await question() : null;
  } catch {
    return null;
  }
}

export async function readStorageFacts({ storage, hasUnlimitedStorage }: StorageEnvironment): Promise<StorageFacts> {
  const isProtected =
    (await ask(storage?.persisted?.bind(storage))) === true ||
    (await ask(hasUnlimitedStorage)) === true ||
    (await ask(storage?.persist?.bind(storage))) === true;
  const estimate = await ask(storage?.estimate?.bind(storage));
  return { protected: isProtected, usedBytes: typeof estimate?.usage === 'number' ? estimate.usage : null };
}
