/**
 * The summary sheet's content: what was exported and how many reports there were by category,
 * colour, village and status, counted by the database over the same range as the rows.
 */
export interface SummarySection {
  /** e.g. "按类别 by category" */
  heading: string;
  rows: { label: string; count: number }[];
}

export interface Summary {
  /** e.g. "村警通 反映导出 2026-11-01 至 2026-11-30" */
  title: string;
  /** e.g. "时间为 Asia/Shanghai 当地时间；导出于 2026-12-02 09:15" */
  note: string;
  total: number;
  sections: SummarySection[];
}
