// Actions on the selected creators: status, tag, compare, delete (undoable).
import { useState } from 'react';
import { STATUSES, STATUS_LABELS, type Status } from '../lib/db';
import { MAX_COMPARED } from '../lib/compare';

export interface BulkBarProps {
  count: number;
  /** Selected creators the filters hide right now. */
  hidden: number;
  onStatus(status: Status): void;
  onTag(tag: string): void;
  onDelete(): void;
  onCompare(): void;
  onClear(): void;
}

export function BulkBar({ count, hidden, onStatus, onTag, onDelete, onCompare, onClear }: BulkBarProps) {
  const [status, setStatus] = useState<Status | ''>('');
  const [tag, setTag] = useState('');
  const canCompare = count >= 2 && count <= MAX_COMPARED;
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Actions on selected creators">
      <strong className="bulk-count">
        {count} selected{hidden > 0 ? ` (${hidden} hidden by filters)` : ''}
      </strong>
      <form
        className="inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (status) onStatus(status);
        }}
      >
        <label>
          <span className="visually-hidden">New status for the selected creators</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as Status | '')}>
            <option value="">Set status…</option>
            {STATUSES.map((option) => (
              <option key={option} value={option}>{STATUS_LABELS[option]}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!status}>Apply status</button>
      </form>
      <form
        className="inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (tag.trim()) {
            onTag(tag.trim());
            setTag('');
          }
        }}
      >
        <label>
          <span className="visually-hidden">Tag to add to the selected creators</span>
          <input type="text" placeholder="Tag" value={tag} onChange={(event) => setTag(event.target.value)} maxLength={100} />
        </label>
        <button type="submit" disabled={!tag.trim()}>Add tag</button>
      </form>
      <button type="button" disabled={!canCompare} onClick={onCompare} title={canCompare ? undefined : `Select 2 to ${MAX_COMPARED} creators to compare`}>
        Compare
      </button>
      <button type="button" className="danger" onClick={onDelete}>
        Delete selected
      </button>
      <button type="button" className="ghost" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
