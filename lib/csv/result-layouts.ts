// Importing a seller's result file: the layouts Creator Lens knows by their header row (English or
// Chinese), and which column of a file fills which figure of a result. Pure: no database.
//
// The expected columns come from each vendor's public descriptions of its exports:
// - TikTok Shop (Seller Center > Affiliate > Data / Performance, per video or per creator). TikTok does
//   not publish the export's exact header row; the names below follow its help pages and the field
//   names of its Partner API (video id, creator username, GMV, orders, items sold, refunds, estimated
//   commission), and the Chinese Seller Center's wording (视频ID, 达人用户名, 成交金额…).
// - Shopify's "Sales by discount" report: Discount code, Orders, Gross sales, Discounts, Returns,
//   Net sales, Total sales (Returns are written as negative amounts).
// - Google Analytics 4 traffic acquisition exported by Session campaign / Session manual ad content:
//   Sessions, Key events (formerly Conversions), Total revenue; other tools say utm_campaign, Clicks.
import type { ResultSource } from '../db/result-record';
import { normHeader } from './columns';

/** What a column of a result file gives. */
export const RESULT_FIELDS = [
  'videoId',
  'creator',
  'code',
  'utmCampaign',
  'utmContent',
  'clicks',
  'orders',
  'itemsSold',
  'newCustomers',
  'revenue',
  'grossSales',
  'refunds',
  'commission',
] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];

/** The fields that say whom a row is for; a file needs one of them mapped. */
export const MATCH_FIELDS = ['videoId', 'creator', 'code', 'utmCampaign'] as const satisfies readonly ResultField[];
export const COUNT_FIELDS = ['clicks', 'orders', 'itemsSold', 'newCustomers'] as const satisfies readonly ResultField[];
export const MONEY_FIELDS = ['revenue', 'grossSales', 'refunds', 'commission'] as const satisfies readonly ResultField[];

/** For each column of the file, the field it fills, or null to leave it out. */
export type ResultMapping = Array<ResultField | null>;

export type KnownLayout = Exclude<ResultSource, 'manual' | 'mapped'>;

interface Layout {
  source: KnownLayout;
  /** A file is of this layout when its header names one of these… */
  keys: readonly ResultField[];
  /** …and the header names of each field, English and Chinese, compared without case and spaces. */
  headers: Partial<Record<ResultField, readonly string[]>>;
}

export const LAYOUTS: readonly Layout[] = [
  {
    source: 'tiktok-shop',
    keys: ['videoId', 'creator'],
    headers: {
      videoId: ['Video ID', 'Video id', '视频ID', '视频 ID'],
      creator: ['Creator username', 'Creator name', 'Creator', 'Affiliate username', '达人用户名', '达人昵称', '达人', '创作者'],
      revenue: ['GMV', 'Affiliate GMV', 'Video GMV', '成交金额', 'GMV（成交金额）', '联盟GMV'],
      orders: ['Orders', 'SKU orders', 'Affiliate orders', '订单数', '成交订单数', 'SKU订单数'],
      itemsSold: ['Items sold', 'Units sold', '商品销量', '售出件数', '成交件数'],
      refunds: ['Refunds', 'Refund amount', 'Refunded GMV', '退款金额', '退款'],
      commission: ['Est. commission', 'Estimated commission', 'Commission', '预估佣金', '佣金'],
      clicks: ['Product clicks', 'Clicks', '商品点击次数', '点击次数'],
    },
  },
  {
    source: 'discount-code',
    keys: ['code'],
    headers: {
      code: ['Discount code', 'Discount name', 'Code', '折扣码', '优惠码', '折扣名称'],
      orders: ['Orders', '订单', '订单数'],
      grossSales: ['Gross sales', '总销售额', '销售总额'],
      revenue: ['Net sales', '净销售额'],
      refunds: ['Returns', 'Refunds', '退货', '退款金额'],
      newCustomers: ['New customers', '新客户', '新客户数'],
    },
  },
  {
    source: 'analytics',
    keys: ['utmCampaign'],
    headers: {
      utmCampaign: ['Session campaign', 'utm_campaign', 'Campaign', '会话广告系列', '广告系列'],
      utmContent: ['Session manual ad content', 'utm_content', 'Ad content', '会话手动广告内容', '广告内容'],
      clicks: ['Sessions', 'Clicks', '会话数', '会话', '点击次数'],
      orders: ['Key events', 'Conversions', 'Transactions', '关键事件', '转化次数', '交易次数'],
      revenue: ['Total revenue', 'Purchase revenue', 'Revenue', '总收入', '购买收入', '收入'],
      newCustomers: ['New users', '新用户'],
    },
  },
];

const squeeze = (header: string) => normHeader(header).replace(/[\s_.（）()]+/g, '');

/** The layout whose key column the header row names (the first that does), with its mapping; null for any other file. */
export function recogniseLayout(columns: readonly string[]): { source: KnownLayout; mapping: ResultMapping } | null {
  for (const layout of LAYOUTS) {
    const mapping: ResultMapping = columns.map(() => null);
    const used = new Set<ResultField>();
    columns.forEach((column, i) => {
      const name = squeeze(column);
      const field = RESULT_FIELDS.find((f) => !used.has(f) && (layout.headers[f] ?? []).some((header) => squeeze(header) === name));
      if (field) {
        mapping[i] = field;
        used.add(field);
      }
    });
    if (layout.keys.some((key) => used.has(key))) return { source: layout.source, mapping };
  }
  return null;
}

/** Whether a mapping can be imported: what it lacks, or null. */
export function mappingGap(mapping: ResultMapping): 'noMatch' | 'noFigure' | 'twice' | null {
  const mapped = mapping.filter((field): field is ResultField => field !== null);
  if (new Set(mapped).size < mapped.length) return 'twice';
  if (!mapped.some((field) => (MATCH_FIELDS as readonly ResultField[]).includes(field))) return 'noMatch';
  if (!mapped.some((field) => (COUNT_FIELDS as readonly ResultField[]).includes(field) || (MONEY_FIELDS as readonly ResultField[]).includes(field))) return 'noFigure';
  return null;
}
