// Messages of what a seller asks first about an account: its age, whether it sells, its category
// and country, on the card and in the authenticity check.
import { messages } from '../define';

export default messages(
  {
    // The card's facts line.
    fa_joined: 'Account since {joined, date, ::yMMM} ({age})',
    fa_ageYears: '{years, plural, one {# year} other {# years}}',
    fa_ageMonths: '{months, plural, one {# month} other {# months}}',
    fa_ageDays: '{days, plural, one {# day} other {# days}}',
    fa_joinedUnknown: 'Account age: {unknown}',
    fa_sells: 'Sells: {marks}',
    fa_sellsNone: 'Sells: no seller marks in the page data',
    fa_sellsUnknown: 'Sells: {unknown}',
    fa_category: 'Category: {category}',
    fa_country: 'Country: {country}',
    fa_countryUnknown: 'Country: {unknown}',
    fa_notShown: 'not shown on this page',
    fa_notRead: 'not read in this older reading',
    fa_factsLabel: 'Account facts',
    fa_markCommerceAccount: 'commerce account',
    fa_markSeller: 'TikTok Shop seller',
    fa_markShopTab: 'shop tab',
    fa_markBusinessAccount: 'business account',
    fa_markStoreShelf: 'store shelf',
    fa_markNone: 'none',

    // CSV column headers (export only).
    fa_colJoined: 'Account since',
    fa_colSellerMarks: 'Seller marks',
    fa_colCategory: 'Category',
    fa_colCountry: 'Creator country',

    // The authenticity check.
    fa_checkYoungAccount: 'Young account',
    fa_evAccountAgeDays: 'account age (days)',
    fa_flagYoungAccount:
      'Account made {days, plural, one {# day} other {# days}} before this reading, already {followers, plural, one {# follower} other {# followers}}: a following this large this soon is often bought.',
    fa_ruleYoungAccount: 'account younger than {days, plural, one {# day} other {# days}} with {followers, number}+ followers',
    fa_reasonAgeUnknown: 'the page does not show when the account was made',
    fa_reasonFollowersUnknown: 'the follower count could not be read',
  },
  {
    fa_joined: '账号注册于 {joined, date, ::yMMM}（{age}）',
    fa_ageYears: '{years, number} 年',
    fa_ageMonths: '{months, number} 个月',
    fa_ageDays: '{days, number} 天',
    fa_joinedUnknown: '账号注册时间：{unknown}',
    fa_sells: '带货：{marks}',
    fa_sellsNone: '带货：页面数据中没有卖家标记',
    fa_sellsUnknown: '带货：{unknown}',
    fa_category: '类目：{category}',
    fa_country: '国家/地区：{country}',
    fa_countryUnknown: '国家/地区：{unknown}',
    fa_notShown: '此页面未显示',
    fa_notRead: '这次较早的读取未读取此项',
    fa_factsLabel: '账号信息',
    fa_markCommerceAccount: '商业账号',
    fa_markSeller: 'TikTok 小店卖家',
    fa_markShopTab: '店铺标签页',
    fa_markBusinessAccount: '企业账号',
    fa_markStoreShelf: '商品橱窗',
    fa_markNone: '无',

    fa_colJoined: '账号注册日期',
    fa_colSellerMarks: '卖家标记',
    fa_colCategory: '类目',
    fa_colCountry: '达人所在国家/地区',

    fa_checkYoungAccount: '新注册账号',
    fa_evAccountAgeDays: '账号年龄（天）',
    fa_flagYoungAccount: '账号在这次读取前 {days, number} 天才注册，却已有 {followers, number} 个粉丝：这么快积累这么多粉丝，往往是买来的。',
    fa_ruleYoungAccount: '账号注册不足 {days, number} 天且粉丝 ≥ {followers, number}',
    fa_reasonAgeUnknown: '页面没有显示账号的注册时间',
    fa_reasonFollowersUnknown: '无法读取粉丝数',
  },
);
