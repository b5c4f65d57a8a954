// Messages of the dashboard's layout: the More menu beside the main buttons, the tags a cell has no
// room for, and the notice that floats at the bottom.
import { messages } from '../define';

export default messages(
  {
    layout_more: 'More',
    layout_moreLabel: 'More actions',
    layout_exportChoices: 'CSV export',
    layout_backup: 'Backup',
    layout_visits: 'Visits',
    layout_moreTags: '+{count, number}',
    layout_moreTagsTitle: 'Also tagged: {tags}',
    layout_dismiss: 'Dismiss',
  },
  {
    layout_more: '更多',
    layout_moreLabel: '更多操作',
    layout_exportChoices: 'CSV 导出',
    layout_backup: '备份',
    layout_visits: '访问记录',
    layout_moreTags: '+{count, number}',
    layout_moreTagsTitle: '其他标签：{tags}',
    layout_dismiss: '关闭提示',
  },
);
