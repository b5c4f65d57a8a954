// Messages of YouTube readings beyond a tab's own grid: the Home tab's shelves of newest uploads.
import { messages } from '../define';

export default messages(
  {
    pg_ytHomeUploads:
      "Latest uploads read from the channel's Home tab shelves (its newest videos and Shorts); popular and other shelves were left out.",
  },
  {
    pg_ytHomeUploads: '最新上传的视频读取自频道“首页”标签页的视频栏（最新的视频和 Shorts）；热门视频栏和其他栏未计入。',
  },
);
