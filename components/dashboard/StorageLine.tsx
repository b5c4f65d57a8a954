// Where the shortlist is kept, in one calm line of the header: protected from the browser's
// clean-up or not (then, what to do about it), and how much space it takes when the browser says.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readStorageFacts, type StorageEnvironment, type StorageFacts } from '../../lib/db/persistence';
import { localeTag, t } from '../../lib/i18n';

const BROWSER_STORAGE: StorageEnvironment = {
  storage: globalThis.navigator?.storage,
  hasUnlimitedStorage: () => browser.permissions.contains({ permissions: ['unlimitedStorage'] }),
};

/** "12 MB", "512 kB": the browser's estimate in the unit that reads best, in the UI language. */
function formatBytes(bytes: number): string {
  const [unit, size] = bytes >= 1e9 ? ['gigabyte', bytes / 1e9] : bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', bytes / 1e3];
  return new Intl.NumberFormat(localeTag(), { style: 'unit', unit, maximumFractionDigits: size < 10 ? 1 : 0 }).format(size);
}

/** `changes`: anything that moves when the shortlist changes (its size), so the figure is read again. */
export function StorageLine({ changes, environment = BROWSER_STORAGE }: { changes: unknown; environment?: StorageEnvironment }) {
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  useEffect(() => {
    let current = true;
    void readStorageFacts(environment).then((read) => {
      if (current) setFacts(read);
    });
    return () => {
      current = false;
    };
  }, [environment, changes]);
  if (!facts) return null;
  const where = t(facts.protected ? 'storage_protected' : 'storage_unprotected');
  return (
    <p className="muted small" data-testid="storage-line">
      {facts.usedBytes === null ? where : `${where} · ${t('storage_used', { used: formatBytes(facts.usedBytes) })}`}
    </p>
  );
}
