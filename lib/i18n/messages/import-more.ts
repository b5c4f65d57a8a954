// Messages of the CSV import that reads hand-made lists (lib/csv, the import dialog): a currency for
// prices written without one, and what an import did, said on the dashboard once the dialog closes.
import { messages } from '../define';

export default messages(
  {
    impm_defaultCurrency: 'Currency of prices without one',
    impm_noDefaultCurrency: 'None (the file says)',
    impm_cellNoCurrency: 'The price has no currency: choose one in “Currency of prices without one” above, add a {currency} column (USD, EUR, CNY…) or write the symbol, as in $300.',
    impm_summary: 'Imported: {added, number} added, {merged, number} merged, {unchanged, number} unchanged.',
  },
  {
    impm_defaultCurrency: '未写币种的报价使用',
    impm_noDefaultCurrency: '不指定（以文件为准）',
    impm_cellNoCurrency: '报价缺少币种：请在上方“未写币种的报价使用”中选择币种，或添加“{currency}”列（USD、EUR、CNY…），或写上货币符号，例如 $300。',
    impm_summary: '导入完成：新增 {added, number} 位，合并 {merged, number} 位，{unchanged, number} 位未变。',
  },
);
