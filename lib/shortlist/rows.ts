// One row of the shortlist as the table, the filters, the comparison and the CSV see it: the
// creator record and the summary of its readings (null while that is being computed).
import type { CreatorRecord, CreatorSummary } from '../db/records';

export interface ShortlistRow {
  creator: CreatorRecord;
  summary: CreatorSummary | null;
  /** The creator is listed, its summary is still being computed. */
  pending?: true;
}
