// Messages of where the shortlist is kept: whether the browser may clear it, how much it takes, and
// what a write that failed left behind (counted again after the failure).
import { messages } from '../define';

export default messages(
  {
    // One line of the dashboard's header: where the shortlist is, then (when the browser says) its size.
    storage_protected: 'Stored in this browser, protected from automatic cleanup',
    storage_unprotected: 'Stored in this browser, which may clear it when the disk runs low on space: use More › “Back up (JSON)” now and then',
    storage_used: '{used} used',
    storage_noSpaceCounted:
      'Not saved: the browser has no storage space left for Creator Lens. {count, plural, =0 {Your shortlist holds no creators} one {Your shortlist still holds # creator} other {Your shortlist still holds # creators}} (checked just now); free some disk space or delete creators you no longer need, then try again.',
    storage_noSpaceUncounted:
      'Not saved: the browser has no storage space left for Creator Lens, and the shortlist could not be read just now to count it ({reason}). Free some disk space, then reopen this page.',
    storage_failedCounted:
      '{problem} {count, plural, =0 {Your shortlist holds no creators} one {Your shortlist still holds # creator} other {Your shortlist still holds # creators}} (checked just now).',
    storage_failedUncounted: '{problem} The shortlist could not be read just now to count it ({reason}).',
    // The shortlist could not be read at all: the header says so instead of a count.
    storage_notCounted: 'Not counted: the shortlist could not be read',
    storage_unreadableNoSpace:
      'The shortlist could not be read: the disk is full, and the browser cannot open its database until there is space ({reason}). Free some disk space, then reload this page.',
  },
  {
    storage_protected: '保存在此浏览器中，受保护，不会被浏览器自动清理',
    storage_unprotected: '保存在此浏览器中；磁盘空间不足时浏览器可能会清除这些数据：请不时用“更多 › 备份（JSON）”保存一份',
    storage_used: '已用 {used}',
    storage_noSpaceCounted:
      '未保存：浏览器已没有可供 Creator Lens 使用的存储空间。{count, plural, =0 {你的候选名单中没有达人} other {你的候选名单仍有 {count, number} 位达人}}（刚刚核对）；请释放一些磁盘空间或删除不再需要的达人，然后重试。',
    storage_noSpaceUncounted: '未保存：浏览器已没有可供 Creator Lens 使用的存储空间，而且刚才无法读取候选名单来核对数量（{reason}）。请释放一些磁盘空间，然后重新打开此页面。',
    storage_failedCounted: '{problem}{count, plural, =0 {你的候选名单中没有达人} other {你的候选名单仍有 {count, number} 位达人}}（刚刚核对）。',
    storage_failedUncounted: '{problem}刚才无法读取候选名单来核对数量（{reason}）。',
    storage_notCounted: '未能计数：无法读取候选名单',
    storage_unreadableNoSpace: '无法读取候选名单：磁盘已满，在有可用空间之前浏览器无法打开它的数据库（{reason}）。请释放一些磁盘空间，然后重新加载此页面。',
  },
);
