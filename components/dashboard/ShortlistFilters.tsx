import { STATUSES } from '../../lib/db/records';
import { statusName } from '../../lib/shortlist/status';
import { platformName } from '../../lib/i18n/format';
import { say, t } from '../../lib/i18n';
import { GRADES, TIER_IDS } from '../../lib/schema/assessment';
import { tierLabel } from '../../lib/scoring';
import { PLATFORMS } from '../../lib/schema/limits';
import { EMPTY_FILTER, isFiltering, type ShortlistFilter } from '../../lib/shortlist/filter';

function scoreBound(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : null;
}

export function ShortlistFilters({ filter, tags, onChange }: { filter: ShortlistFilter; tags: string[]; onChange(filter: ShortlistFilter): void }) {
  const set = <K extends keyof ShortlistFilter>(key: K, value: ShortlistFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <div role="search" className="filters" aria-label={t('dash_filterLabel')}>
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
            <option key={status} value={status}>{statusName(status)}</option>
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
      <button type="button" className="ghost" disabled={!isFiltering(filter)} onClick={() => onChange(EMPTY_FILTER)}>
        {t('dash_clearFilters')}
      </button>
    </div>
  );
}
