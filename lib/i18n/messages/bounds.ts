// Messages of the bounds every value meets where it enters (lib/schema/bounds): a page's reading
// refused, a backup's or a CSV row's value out of range, a record that could not be shown.
import { messages } from '../define';

/** The field a reading's impossible value is in ({field}: a count's or a date's name). */
const FIELD_EN =
  '{field, select, followers {follower count} following {following count} totalLikes {total likes} postCount {post count} ' +
  'views {view count} likes {like count} comments {comment count} shares {share count} saves {save count} ' +
  'publishedAt {publish date} capturedAt {reading time} other {value “{field}”}}';
const FIELD_ZH =
  '{field, select, followers {粉丝数} following {关注数} totalLikes {总获赞数} postCount {作品数} ' +
  'views {播放量} likes {点赞数} comments {评论数} shares {分享数} saves {收藏数} ' +
  'publishedAt {发布日期} capturedAt {读取时间} other {数值“{field}”}}';

export default messages(
  {
    // What a bound allows, in a sentence's middle.
    bound_date: 'a date before 2005 or after tomorrow',
    bound_postDate: 'a date before the platform existed or after tomorrow',
    bound_count: 'a count below 0, above a trillion or not a whole number',
    bound_price: 'a price below 0.01, above 1,000,000,000 or with fractions of a cent',
    bound_currency: 'not a currency code of three letters, such as USD',
    bound_profileUrl: 'an address that is not on the creator’s platform',
    bound_email: 'not an e-mail address',
    // A record that could not be drawn, in place of its row, its detail or its chart.
    dash_recordUnshown: 'The record of {name} could not be shown ({reason}). The rest of the shortlist works: export the record to keep what it holds, or delete it.',
    dash_recordExport: 'Export it (JSON)',
    dash_recordDelete: 'Delete it',
    dash_chartUnshown: 'The chart could not be drawn ({reason}); the figures are listed below.',
    // A page that could not be drawn at all.
    app_unshown: 'This page could not be shown ({reason}). Your saved shortlist is unchanged.',
    app_retry: 'Try again',
    app_restoreHint: 'If the shortlist itself is damaged, restore a backup here:',
    // Records the upgrade set aside (lib/db/repair).
    dash_setAsideTitle: '{count, plural, one {# saved record was} other {# saved records were}} set aside when Creator Lens was updated',
    dash_setAsideWhy: 'They hold values that no page or file can hold (such as a date in the year 287,000), so the shortlist leaves them out. Export them to keep what they hold, then delete them.',
    dash_setAsideItem: '{kind, select, creators {Creator} snapshots {Reading} other {Post seen}} of {who}: “{field}” is {what}',
    dash_setAsideInvalid: 'not valid',
    dash_setAsideMore: '…and {count, plural, one {# more} other {# more}} (all in the export).',
    dash_setAsideExport: 'Export them (JSON)',
    dash_setAsideDelete: 'Delete them',
    // The edit form's e-mail field.
    dash_emailInvalid: 'The contact e-mail is not an e-mail address (name@example.com), or empty for none.',
    // A CSV cell out of range: {what} is one of the bound_ sentences above.
    data_cellOutOfRange: '“{value}” is {what}.',
    // A page reading refused: {post} is the post's place in the list ("none" for the profile's own figures).
    pg_readingOutOfBounds: `The page gives an impossible ${FIELD_EN}{post, select, none {} other { for post {post}}}: {bound, select, bound_postDate {a date before {platform} existed or after tomorrow} bound_date {a date before 2005 or after tomorrow} other {a count below 0 or above a trillion}}. Nothing was read or saved.`,
  },
  {
    bound_date: '早于 2005 年或晚于明天的日期',
    bound_postDate: '早于该平台创立或晚于明天的日期',
    bound_count: '小于 0、大于一万亿或不是整数的数量',
    bound_price: '低于 0.01、高于 1,000,000,000 或含不足一分的金额',
    bound_currency: '不是 USD 这样的三个字母的货币代码',
    bound_profileUrl: '不在该达人所在平台上的网址',
    bound_email: '不是电子邮件地址',
    dash_recordUnshown: '{name} 的记录无法显示（{reason}）。达人清单的其余部分正常：导出该记录以保留其内容，或将其删除。',
    dash_recordExport: '导出（JSON）',
    dash_recordDelete: '删除',
    dash_chartUnshown: '图表无法绘制（{reason}）；数据列在下方。',
    app_unshown: '此页面无法显示（{reason}）。已保存的达人清单没有改变。',
    app_retry: '重试',
    app_restoreHint: '如果达人清单本身已损坏，可以在这里恢复备份：',
    dash_setAsideTitle: '更新 Creator Lens 时，有 {count, number} 条已保存的记录被移到一旁',
    dash_setAsideWhy: '这些记录中的数值不可能出现在任何页面或文件中（例如公元 287,000 年的日期），因此清单不显示它们。请先导出以保留其内容，再将其删除。',
    dash_setAsideItem: '{who} 的{kind, select, creators {达人记录} snapshots {读取记录} other {已看作品}}：“{field}”是{what}',
    dash_setAsideInvalid: '无效的值',
    dash_setAsideMore: '……还有 {count, number} 条（都在导出文件中）。',
    dash_setAsideExport: '全部导出（JSON）',
    dash_setAsideDelete: '全部删除',
    dash_emailInvalid: '联系邮箱不是有效的电子邮件地址（name@example.com），不填则留空。',
    data_cellOutOfRange: '“{value}”是{what}。',
    pg_readingOutOfBounds: `页面给出的${FIELD_ZH}{post, select, none {} other {（第 {post} 条作品）}}不可能成立：{bound, select, bound_postDate {早于 {platform} 创立或晚于明天的日期} bound_date {早于 2005 年或晚于明天的日期} other {小于 0 或大于一万亿的数量}}。没有读取或保存任何内容。`,
  },
);
