// Messages of one campaign's page in the dashboard: its heading, the way back to the list, and the
// creators booked in it.
import { messages } from '../define';

export default messages(
  {
    work_allCampaigns: '← All campaigns',
    work_notFound: 'This campaign is not in the database (it may have been restored away). Pick one from the list.',
    work_sections: 'Parts of this campaign',
    work_creators: 'Creators',
    work_creatorsIntro: 'Creators booked in this campaign. Add them from the shortlist: select rows, then Add to campaign.',
    work_noCreators: 'No creators in this campaign yet. On the shortlist, select creators and choose Add to campaign.',
    work_colCreator: 'Creator',
    work_colStatus: 'Status',
    work_colAdded: 'Added',
    work_notOnShortlist: 'no longer on the shortlist',
    work_activeMark: 'Active campaign',
    work_notRead: 'This campaign’s creators could not be read: {reason}',
    work_firstRows: 'Showing the first {shown, number} of {total, number}.',
    work_showAll: 'Show all {total, number}',
  },
  {
    work_allCampaigns: '← 全部活动',
    work_notFound: '数据库中没有这个活动（可能已被恢复的备份替换）。请从列表中选择。',
    work_sections: '本活动的各部分',
    work_creators: '达人',
    work_creatorsIntro: '加入本活动的达人。在候选名单中选中达人，再点“加入活动”。',
    work_noCreators: '本活动还没有达人。在候选名单中选中达人，选择“加入活动”。',
    work_colCreator: '达人',
    work_colStatus: '状态',
    work_colAdded: '加入时间',
    work_notOnShortlist: '已不在候选名单中',
    work_activeMark: '当前活动',
    work_notRead: '无法读取本活动的达人：{reason}',
    work_firstRows: '显示前 {shown, number} 条，共 {total, number} 条。',
    work_showAll: '显示全部 {total, number} 条',
  },
);
