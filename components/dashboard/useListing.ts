// The shortlist as the dashboard lists it, kept up to date. Every write to the creators or their
// summaries reads the list again (here or in another tab), but never more often than the list
// takes to read: while thousands of summaries are computed and stored step by step, a large
// list is read again a few times instead of once per step (that made the first open at 20,000
// creators grow with the square of their number).
import { useEffect, useRef, useState } from 'react';
import { onTablesChanged } from '../../lib/db/changes';
import type { CreatorLensDatabase } from '../../lib/db';
import { LISTED_AT_MOST, listRows, type ShortlistListing } from '../../lib/shortlist/listing';

/** Between two reads, at least this many times the last read's duration passes. */
const REST_PER_READ = 2;

export interface LiveListing {
  listing: ShortlistListing;
  /** performance.now() when the read began: what was written after it may be missing from it. */
  readAt: number;
}

/**
 * undefined until the first read (and while `enabled` is false), null when the shortlist could
 * not be read (`onUnreadable` gets the failure; never shown as an empty list).
 */
export function useListing(db: CreatorLensDatabase, enabled: boolean, onUnreadable: (failure: unknown) => void): LiveListing | null | undefined {
  const [live, setLive] = useState<LiveListing | null | undefined>(undefined);
  const unreadable = useRef(onUnreadable);
  unreadable.current = onUnreadable;
  useEffect(() => {
    if (!enabled) return;
    let open = true;
    let reading = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastTook = 0;
    let lastEnded = 0;
    const read = async () => {
      reading = true;
      const readAt = performance.now();
      try {
        const listing = await listRows(db, LISTED_AT_MOST);
        if (open) setLive({ listing, readAt });
      } catch (failure) {
        if (open) {
          setLive(null);
          unreadable.current(failure);
        }
      }
      lastEnded = performance.now();
      lastTook = lastEnded - readAt;
      reading = false;
      if (again && open) {
        again = false;
        schedule();
      }
    };
    const schedule = () => {
      if (reading) {
        again = true;
        return;
      }
      if (timer !== undefined) return;
      const wait = Math.max(0, lastEnded + lastTook * REST_PER_READ - performance.now());
      timer = setTimeout(() => {
        timer = undefined;
        void read();
      }, wait);
    };
    const stop = onTablesChanged(db, ['creators', 'summaries'], schedule);
    void read();
    return () => {
      open = false;
      clearTimeout(timer);
      stop();
    };
  }, [db, enabled]);
  return live;
}
