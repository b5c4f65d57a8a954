// Messages of the options page: its sections, the pickers of languages and markets by name, the
// currencies with their default, the rate to the US dollar, and the price band the popup shows in
// the budget's currency.
import { messages } from '../define';

export default messages(
  {
    opt_title: 'Settings',
    opt_defaultCurrency: 'Currency for new campaigns',
    opt_defaultCurrencyHint: 'A new campaign’s budget starts in this currency; each campaign can still change it.',
    opt_currencyOption: '{name} ({code})',
    opt_fieldLanguages: 'Content languages',
    opt_languagesHint: 'Type a language’s name or code (Spanish, es), choose with the arrow keys and Enter. Backspace in the empty field removes the last one.',
    opt_marketsHint: 'Type a country’s or region’s name or code (Indonesia, ID, Latin America), choose with the arrow keys and Enter. Backspace in the empty field removes the last one.',
    opt_noLanguageMatch: 'No language matches “{query}”.',
    opt_noMarketMatch: 'No country or region matches “{query}”.',
    opt_noneChosen: 'None chosen yet.',
    opt_chosen: 'Chosen: {field}',
    opt_remove: 'Remove {name}',
    opt_added: 'Added {name}.',
    opt_removed: 'Removed {name}.',
    opt_rateLabel: 'Exchange rate: {currency} per US dollar',
    opt_rateOne: '1 USD =',
    opt_rateHint: 'Your own rate (no exchange rates are fetched): the popup shows creators’ prices in {currency} with it. Left empty, they stay in US dollars.',
    opt_fitBandConverted: '≈ {low}-{high} per post, at {rate, number} {currency} per US dollar (your rate). ',
    opt_fitBandNoRate: '{low}-{high} per post, in US dollars: no rate to {currency} given. ',
  },
  {
    opt_title: '设置',
    opt_defaultCurrency: '新建投放活动的默认币种',
    opt_defaultCurrencyHint: '新建投放活动的预算默认使用此币种，每个活动仍可单独更改。',
    opt_currencyOption: '{name}（{code}）',
    opt_fieldLanguages: '内容语言',
    opt_languagesHint: '输入语言名称或代码（如 西班牙语、es），用方向键选择后按回车添加；输入框为空时按退格键删除最后一项。',
    opt_marketsHint: '输入国家或地区的名称或代码（如 印度尼西亚、ID、拉丁美洲），用方向键选择后按回车添加；输入框为空时按退格键删除最后一项。',
    opt_noLanguageMatch: '没有与“{query}”匹配的语言。',
    opt_noMarketMatch: '没有与“{query}”匹配的国家或地区。',
    opt_noneChosen: '尚未选择。',
    opt_chosen: '已选{field}',
    opt_remove: '移除{name}',
    opt_added: '已添加{name}。',
    opt_removed: '已移除{name}。',
    opt_rateLabel: '汇率：1 美元兑换多少 {currency}',
    opt_rateOne: '1 美元 =',
    opt_rateHint: '使用你自己填写的汇率（不会联网获取汇率）：弹出窗口将据此以 {currency} 显示达人报价。留空则以美元显示。',
    opt_fitBandConverted: '每条作品约 {low}-{high}（按你填写的汇率 1 美元 = {rate, number} {currency} 换算）。',
    opt_fitBandNoRate: '每条作品 {low}-{high}（以美元计：未填写 {currency} 的汇率）。',
  },
);
