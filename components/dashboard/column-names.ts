// What each shortlist column is called, in the table's header and the column chooser, and what
// the header's tooltip says of how a figure is measured.
import { t, type MessageKey } from '../../lib/i18n';
import type { ColumnId } from '../../lib/shortlist/filter';

const HEADERS: Record<ColumnId, MessageKey> = {
  name: 'dash_creator',
  platform: 'dash_platform',
  followers: 'dash_followers',
  engagement: 'columns_engagement',
  medianViews: 'dash_medianViews',
  viewRate: 'dash_viewRate',
  score: 'dash_score',
  grade: 'dash_grade',
  gradeChange: 'columns_gradeChange',
  confidence: 'columns_confidence',
  flags: 'dash_flags',
  tier: 'dash_tier',
  class: 'dash_class',
  status: 'dash_status',
  tags: 'dash_tags',
  price: 'dash_price',
  email: 'contact_label',
  note: 'dash_latestNote',
  lastSeen: 'dash_lastSeen',
};

const HEADER_TITLES: Partial<Record<ColumnId, MessageKey>> = {
  engagement: 'columns_engagementHeader',
  medianViews: 'columns_medianViewsTitle',
  viewRate: 'columns_viewRateTitle',
};

export const columnName = (id: ColumnId): string => t(HEADERS[id]);

/** How the column's figure is measured, where its name alone does not say. */
export function columnTitle(id: ColumnId): string | undefined {
  const key = HEADER_TITLES[id];
  return key ? t(key) : undefined;
}
