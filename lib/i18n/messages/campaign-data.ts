// Messages of a campaign's data: its lists in the backup, and the campaign CSV (column names and
// the words of its cells).
import { messages } from '../define';

export default messages(
  {
    cdata_backupEndMismatch:
      'This backup is incomplete: its end mark lists {listed, plural, one {# record} other {# records}} in {section}, but the file holds {held, number}. Nothing was restored; your shortlist is unchanged.',
  },
  {
    cdata_backupEndMismatch: '此备份不完整：结束标记列出 {section} 中有 {listed, number} 条记录，但文件中有 {held, number} 条。未恢复任何内容，你的候选名单保持不变。',
  },
);
