import { STATUSES, STATUS_LABELS } from '../lib/db';
import type { Grade, TierId } from '../lib/scoring';
import type { Platform } from '../lib/schema';
import { EMPTY_FILTER, isFiltering, type ShortlistFilter } from '../lib/shortlist-filter';

const PLATFORMS: Array<[Platform, string]> = [
  ['tiktok', 'TikTok'],
  ['instagram', 'Instagram'],
  ['youtube', 'YouTube'],
];
const GRADES: Grade[] = ['S', 'A', 'B', 'C', 'D'];
const TIERS: Array<[TierId, string]> = [
  ['nano', 'Nano'],
  ['micro', 'Micro'],
  ['mid', 'Mid-tier'],
  ['macro', 'Macro'],
  ['mega', 'Mega'],
];

function scoreBound(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : null;
}

export function ShortlistFilters({ filter, tags, onChange }: { filter: ShortlistFilter; tags: string[]; onChange(filter: ShortlistFilter): void }) {
  const set = <K extends keyof ShortlistFilter>(key: K, value: ShortlistFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <div role="search" className="filters" aria-label="Filter the shortlist">
      <label className="field grow">
        <span>Search</span>
        <input type="search" placeholder="Name, @handle or note" value={filter.text} onChange={(event) => set('text', event.target.value)} />
      </label>
      <label className="field">
        <span>Platform</span>
        <select value={filter.platform} onChange={(event) => set('platform', event.target.value as ShortlistFilter['platform'])}>
          <option value="">All</option>
          {PLATFORMS.map(([id, label]) => (
            <option key={id} value={id}>{label}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Status</span>
        <select value={filter.status} onChange={(event) => set('status', event.target.value as ShortlistFilter['status'])}>
          <option value="">All</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>{STATUS_LABELS[status]}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Tag</span>
        <select value={filter.tag} onChange={(event) => set('tag', event.target.value)}>
          <option value="">All</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>{tag}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Grade</span>
        <select value={filter.grade} onChange={(event) => set('grade', event.target.value as ShortlistFilter['grade'])}>
          <option value="">All</option>
          {GRADES.map((grade) => (
            <option key={grade} value={grade}>{grade}</option>
          ))}
          <option value="none">No grade</option>
        </select>
      </label>
      <label className="field">
        <span>Tier</span>
        <select value={filter.tier} onChange={(event) => set('tier', event.target.value as ShortlistFilter['tier'])}>
          <option value="">All</option>
          {TIERS.map(([id, label]) => (
            <option key={id} value={id}>{label}</option>
          ))}
        </select>
      </label>
      <fieldset className="field score-range">
        <legend>Score</legend>
        <input type="number" min={0} max={100} aria-label="Minimum score" placeholder="min" value={filter.scoreMin ?? ''} onChange={(event) => set('scoreMin', scoreBound(event.target.value))} />
        <span aria-hidden="true">–</span>
        <input type="number" min={0} max={100} aria-label="Maximum score" placeholder="max" value={filter.scoreMax ?? ''} onChange={(event) => set('scoreMax', scoreBound(event.target.value))} />
      </fieldset>
      <button type="button" className="ghost" disabled={!isFiltering(filter)} onClick={() => onChange(EMPTY_FILTER)}>
        Clear filters
      </button>
    </div>
  );
}
