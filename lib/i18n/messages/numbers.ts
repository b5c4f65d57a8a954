// Messages of how a figure is written: what a screen reader hears after a short figure ("1.2M"),
// the exact figure or range that a mouse finds in its tooltip.
import { messages } from '../define';

export default messages(
  {
    num_figureNote: '({note})',
  },
  {
    num_figureNote: '（{note}）',
  },
);
