// Messages of recorded visits and the history they add to.
import { messages } from '../define';

export default messages(
  {
    visits_oneDay:
      'All {count, plural, one {# snapshot} other {# snapshots}} so far are from one day, and the chart draws one point per day (the newest of each): come back on another day to see how the figures move.',
  },
  {
    visits_oneDay: '目前的 {count, number} 个快照都来自同一天，而图表每天只画一个点（当天最新的快照）：换一天再来，即可看到数据的变化。',
  },
);
