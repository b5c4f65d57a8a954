// Messages of the JSON backup written and read in pieces (lib/db/backup*, the dashboard's backup buttons):
// progress, cancel, the check of the written file, and the problems of a file being restored.
import { messages } from '../define';

export default messages(
  {
    backup_fileType: 'Creator Lens backup',
    backup_progressLabel: 'Backup progress',
    backup_writing: 'Backing up: {done, number} of {total, plural, one {# record} other {# records}} written.',
    backup_checkingFile: 'The backup is written; checking the file…',
    backup_saved:
      'Backup saved to {file} and checked: {creators, plural, one {# creator} other {# creators}}, {snapshots, plural, one {# reading} other {# readings}} and {samples, plural, one {# sampled post} other {# sampled posts}}, {size}, complete to its end mark.',
    backup_savedByBrowser:
      'Your browser is saving the file {file} ({creators, plural, one {# creator} other {# creators}}, {snapshots, plural, one {# reading} other {# readings}}, {size}); check its downloads to see that it finished.',
    backup_pickerCancelled: 'Backup cancelled: no file was written.',
    backup_cancelled: 'Backup cancelled: the unfinished backup was discarded and nothing was written to {file}.',
    backup_writeFailed: 'The backup could not be written to {file} ({reason}); the disk may be full. Nothing was written to the file; your shortlist is unchanged.',
    backup_notComplete: 'The backup file {file} does not check out ({problem}). Do not rely on it: back up again.',
    backup_wrongSize: 'it holds {actual, plural, one {# byte} other {# bytes}} where {expected, number} were written',
    backup_wrongEnd: 'its end mark is missing or does not list the records written',
    backup_noEnd:
      'This backup was cut short: it stops after {creators, plural, one {# creator} other {# creators}}, {snapshots, plural, one {# reading} other {# readings}} and {samples, plural, one {# sampled post} other {# sampled posts}} without its end mark. Nothing was restored; your shortlist is unchanged.',
    backup_endMismatch:
      'This backup is incomplete: its end mark lists {endCreators, plural, one {# creator} other {# creators}}, {endSnapshots, plural, one {# reading} other {# readings}} and {endSamples, plural, one {# sampled post} other {# sampled posts}}, but the file holds {creators, number}, {snapshots, number} and {samples, number}. Nothing was restored; your shortlist is unchanged.',
    backup_notLines:
      'This file is not laid out one record per line as Creator Lens writes backups, and at {megabytes, number} MB it is too large to read in one piece. Nothing was restored; your shortlist is unchanged.',
    backup_changedSinceCheck: 'The backup file changed after it was checked. Nothing was restored; your shortlist is unchanged. Choose the file again.',
    backup_checking: 'Checking {file}: {records, plural, one {# record} other {# records}} checked, {done} of {size} read.',
    backup_restoring: 'Restoring: {done, number} of {total, plural, one {# record} other {# records}} written.',
    backup_restoreCancelled: 'Restore cancelled: nothing was restored; your shortlist is unchanged.',
  },
  {
    backup_fileType: 'Creator Lens 备份',
    backup_progressLabel: '备份进度',
    backup_writing: '正在备份：已写入 {done, number} / {total, number} 条记录。',
    backup_checkingFile: '备份已写入，正在检查文件…',
    backup_saved:
      '备份已保存到 {file} 并通过检查：{creators, number} 位达人、{snapshots, number} 个快照和 {samples, number} 条抽样作品，共 {size}，结束标记完整。',
    backup_savedByBrowser: '浏览器正在保存文件 {file}（{creators, number} 位达人、{snapshots, number} 个快照，{size}）；请在浏览器的下载列表中确认已保存完毕。',
    backup_pickerCancelled: '备份已取消：没有写入任何文件。',
    backup_cancelled: '备份已取消：未完成的备份已丢弃，{file} 中没有写入任何内容。',
    backup_writeFailed: '无法将备份写入 {file}（{reason}）；磁盘可能已满。文件中没有写入任何内容，你的候选名单保持不变。',
    backup_notComplete: '备份文件 {file} 未通过检查（{problem}）。请不要依赖此文件，重新备份。',
    backup_wrongSize: '文件大小为 {actual, number} 字节，而写入的是 {expected, number} 字节',
    backup_wrongEnd: '结束标记缺失，或与写入的记录数不符',
    backup_noEnd:
      '此备份不完整：它在 {creators, number} 位达人、{snapshots, number} 个快照和 {samples, number} 条抽样作品之后中断，没有结束标记。未恢复任何内容，你的候选名单保持不变。',
    backup_endMismatch:
      '此备份不完整：结束标记记有 {endCreators, number} 位达人、{endSnapshots, number} 个快照和 {endSamples, number} 条抽样作品，但文件中实际有 {creators, number}、{snapshots, number} 和 {samples, number}。未恢复任何内容，你的候选名单保持不变。',
    backup_notLines: '此文件不是 Creator Lens 备份所用的每行一条记录的格式，且大小为 {megabytes, number} MB，无法一次读入。未恢复任何内容，你的候选名单保持不变。',
    backup_changedSinceCheck: '备份文件在检查之后发生了变化。未恢复任何内容，你的候选名单保持不变。请重新选择该文件。',
    backup_checking: '正在检查 {file}：已检查 {records, number} 条记录，已读取 {done} / {size}。',
    backup_restoring: '正在恢复：已写入 {done, number} / {total, number} 条记录。',
    backup_restoreCancelled: '恢复已取消：未恢复任何内容，你的候选名单保持不变。',
  },
);
