// Actions on the selected creators: status, tag, add to a campaign, compare, delete (undoable).
import { useState, type ReactNode } from 'react';
import { STATUSES, type Status } from '../../lib/db/records';
import { statusName } from '../../lib/shortlist/status';
import { MAX_COMPARED } from '../../lib/shortlist/compare';
import { t } from '../../lib/i18n';

export interface BulkBarProps {
  count: number;
  /** Selected creators the filters hide right now. */
  hidden: number;
  onStatus(status: Status): void;
  onTag(tag: string): void;
  onDelete(): void;
  onCompare(): void;
  onClear(): void;
  /** More actions, after the tag (Add to campaign). */
  children?: ReactNode;
}

export function BulkBar({ count, hidden, onStatus, onTag, onDelete, onCompare, onClear, children }: BulkBarProps) {
  const [status, setStatus] = useState<Status | ''>('');
  const [tag, setTag] = useState('');
  const canCompare = count >= 2 && count <= MAX_COMPARED;
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('dash_bulkLabel')}>
      <strong className="bulk-count">
        {hidden > 0 ? t('dash_selectedHidden', { count, hidden }) : t('dash_selected', { count })}
      </strong>
      <form
        className="inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (status) onStatus(status);
        }}
      >
        <label>
          <span className="visually-hidden">{t('dash_bulkStatusLabel')}</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as Status | '')}>
            <option value="">{t('dash_bulkStatusPlaceholder')}</option>
            {STATUSES.map((option) => (
              <option key={option} value={option}>{statusName(option)}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!status}>{t('dash_applyStatus')}</button>
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
          <span className="visually-hidden">{t('dash_bulkTagLabel')}</span>
          <input type="text" placeholder={t('dash_tag')} value={tag} onChange={(event) => setTag(event.target.value)} maxLength={100} />
        </label>
        <button type="submit" disabled={!tag.trim()}>{t('dash_addTag')}</button>
      </form>
      {children}
      <button type="button" className="compare" disabled={!canCompare} onClick={onCompare} title={canCompare ? undefined : t('dash_compareHint', { max: MAX_COMPARED })}>
        {t('dash_compare')}
      </button>
      <button type="button" className="danger" onClick={onDelete}>
        {t('dash_deleteSelected')}
      </button>
      <button type="button" className="ghost" onClick={onClear}>
        {t('dash_clearSelection')}
      </button>
    </div>
  );
}
