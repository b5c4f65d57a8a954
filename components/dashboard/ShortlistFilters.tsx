// The filters over the shortlist: text, platform, status (with how many each holds), tag, grade,
// tier, score, flags, confidence and minimum engagement and view rate.
import { useId, useState, type ReactNode } from 'react';
import { STATUSES, type Status } from '../../lib/db/records';
import { statusName } from '../../lib/shortlist/status';
import { platformName } from '../../lib/i18n/format';
import { say, t } from '../../lib/i18n';
import { GRADES, TIER_IDS } from '../../lib/schema/assessment';
import { confidenceLabel, tierLabel } from '../../lib/scoring';
import { PLATFORMS } from '../../lib/schema/limits';
import { EMPTY_FILTER, isFiltering, type ShortlistFilter } from '../../lib/shortlist/filter';

function scoreBound(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : null;
}

/** "3", "3.5", "3,5" or "3 %" as a percentage from 0 to 100; undefined for anything else, null for nothing. */
function percentOf(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return /^\d+(\.\d+)?$|^\.\d+$/.test(trimmed) && value <= 100 ? value : undefined;
}

/** A minimum in percent. What is typed stays as typed; input that is no percentage is not applied, and a hint says so. */
function PercentField({ label, value, onChange }: { label: string; value: number | null; onChange(value: number | null): void }) {
  const id = useId();
  const [typed, setTyped] = useState(value === null ? '' : String(value));
  const invalid = percentOf(typed) === undefined;
  return (
    <label className="field percent-field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        value={typed}
        placeholder="0–100"
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-hint` : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          onChange(percentOf(event.target.value) ?? null);
        }}
      />
      {invalid ? (
        <span className="field-hint" id={`${id}-hint`}>
          {t('columns_percentHint')}
        </span>
      ) : null}
    </label>
  );
}

export interface ShortlistFiltersProps {
  filter: ShortlistFilter;
  tags: string[];
  /** How many creators each status holds among those the other filters leave. */
  statusCounts: Record<Status, number>;
  onChange(filter: ShortlistFilter): void;
  /** Shown at the end of the bar (the column chooser). */
  children?: ReactNode;
}

export function ShortlistFilters({ filter, tags, statusCounts, onChange, children }: ShortlistFiltersProps) {
  const set = <K extends keyof ShortlistFilter>(key: K, value: ShortlistFilter[K]) => onChange({ ...filter, [key]: value });
  // Clear filters empties what was typed in the percent fields too, valid or not.
  const [cleared, setCleared] = useState(0);
  return (
    <div className="filters">
      <div role="search" className="filter-fields" aria-label={t('dash_filterLabel')}>
        <label className="field grow">
          <span>{t('dash_search')}</span>
          <input type="search" placeholder={t('dash_searchPlaceholder')} value={filter.text} onChange={(event) => set('text', event.target.value)} />
        </label>
        <label className="field">
          <span>{t('dash_platform')}</span>
          <select value={filter.platform} onChange={(event) => set('platform', event.target.value as ShortlistFilter['platform'])}>
            <option value="">{t('dash_all')}</option>
            {PLATFORMS.map((id) => (
              <option key={id} value={id}>{platformName(id)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('dash_status')}</span>
          <select value={filter.status} onChange={(event) => set('status', event.target.value as ShortlistFilter['status'])}>
            <option value="">{t('dash_all')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>{t('columns_statusCount', { status: statusName(status), count: statusCounts[status] })}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('dash_tag')}</span>
          <select value={filter.tag} onChange={(event) => set('tag', event.target.value)}>
            <option value="">{t('dash_all')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>{tag}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('dash_grade')}</span>
          <select value={filter.grade} onChange={(event) => set('grade', event.target.value as ShortlistFilter['grade'])}>
            <option value="">{t('dash_all')}</option>
            {GRADES.map((grade) => (
              <option key={grade} value={grade}>{grade}</option>
            ))}
            <option value="none">{t('dash_noGrade')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('dash_tier')}</span>
          <select value={filter.tier} onChange={(event) => set('tier', event.target.value as ShortlistFilter['tier'])}>
            <option value="">{t('dash_all')}</option>
            {TIER_IDS.map((id) => (
              <option key={id} value={id}>{say(tierLabel(id))}</option>
            ))}
          </select>
        </label>
        <fieldset className="field score-range">
          <legend>{t('dash_score')}</legend>
          <input type="number" min={0} max={100} aria-label={t('dash_minScore')} placeholder={t('dash_min')} value={filter.scoreMin ?? ''} onChange={(event) => set('scoreMin', scoreBound(event.target.value))} />
          <span aria-hidden="true">–</span>
          <input type="number" min={0} max={100} aria-label={t('dash_maxScore')} placeholder={t('dash_max')} value={filter.scoreMax ?? ''} onChange={(event) => set('scoreMax', scoreBound(event.target.value))} />
        </fieldset>
        <label className="field">
          <span>{t('columns_filterFlags')}</span>
          <select value={filter.flags} onChange={(event) => set('flags', event.target.value as ShortlistFilter['flags'])}>
            <option value="">{t('columns_anyFlags')}</option>
            <option value="risk">{t('columns_hasRisk')}</option>
            <option value="flagged">{t('columns_anyFlag')}</option>
            <option value="none">{t('columns_noFlag')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('columns_filterConfidence')}</span>
          <select value={filter.confidence} onChange={(event) => set('confidence', event.target.value as ShortlistFilter['confidence'])}>
            <option value="">{t('dash_all')}</option>
            {(['high', 'medium', 'low'] as const).map((level) => (
              <option key={level} value={level}>{t('columns_confidenceLevel', { confidence: say(confidenceLabel(level)) })}</option>
            ))}
            <option value="provisional">{t('columns_provisionalOption')}</option>
          </select>
        </label>
        <PercentField key={`engagement-${cleared}`} label={t('columns_minEngagement')} value={filter.engagementMin} onChange={(value) => set('engagementMin', value)} />
        <PercentField key={`view-rate-${cleared}`} label={t('columns_minViewRate')} value={filter.viewRateMin} onChange={(value) => set('viewRateMin', value)} />
        <button
          type="button"
          className="ghost"
          disabled={!isFiltering(filter)}
          onClick={() => {
            setCleared((count) => count + 1);
            onChange(EMPTY_FILTER);
          }}
        >
          {t('dash_clearFilters')}
        </button>
      </div>
      {/* Beside the filters, not among them: it changes what the table shows, not which creators. */}
      {children}
    </div>
  );
}
