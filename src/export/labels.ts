/**
 * Words for every coded value in an export, so a county office reads 土地、宅基地边界, 处理中 and
 * 红旗村 rather than `land`, `in_progress` and `wl-hongqi`. Codes come from the database; the words
 * from the locale files (Chinese for the county's records) and the county file's place names.
 */
import { type Locale, type LocalizedText, localize } from '../domain/locale.js';

export interface ExportLabels {
  kind(code: string): string;
  category(code: string): string;
  colour(code: string): string;
  status(code: string): string;
  /** 回访: `yes` / `no` as 是 / 否. */
  satisfaction(code: string): string;
  village(code: string): string;
  township(code: string): string;
  station(code: string): string;
  /** A history entry's kind: 内部备注, 回复反映人, 请反映人补充, 反映人补充, 补充附件. */
  historyKind(kind: string): string;
  evidenceKind(kind: string): string;
  anonymous: string;
  locationShared: string;
}

export interface Named {
  code: string;
  name: LocalizedText;
}

export interface LabelSources {
  locale: Locale;
  /** A plain-text translation (no variables are used here). */
  t: (key: string) => string;
  villages: readonly Named[];
  townships: readonly Named[];
  stations: readonly Named[];
}

/**
 * Looks every label up once. An unknown code (a category retired since, a village removed from
 * the county file) is written as the code itself, so no row is ever blank or dropped.
 */
export function exportLabels(s: LabelSources): ExportLabels {
  const cache = new Map<string, string>();
  const word = (key: string, code: string) => {
    const full = `${key}${code}`;
    let text = cache.get(full);
    if (text === undefined) {
      const found = s.t(full);
      text = found && found !== full ? found : code;
      cache.set(full, text);
    }
    return text;
  };
  const names = (list: readonly Named[]) => {
    const m = new Map(list.map((p) => [p.code, localize(p.name, s.locale)]));
    return (code: string) => m.get(code) ?? code;
  };
  return {
    kind: (code) => word('kind-name-', code),
    category: (code) => word('report-cat-', code),
    colour: (code) => word('colour-name-', code),
    status: (code) => word('status-', code),
    satisfaction: (code) => (code === 'yes' || code === 'no' ? word('export-', code) : code),
    village: names(s.villages),
    township: names(s.townships),
    station: names(s.stations),
    historyKind: (code) => word('history-kind-', code),
    evidenceKind: (code) => word('evidence-kind-', code),
    anonymous: s.t('export-anonymous'),
    locationShared: s.t('export-location-shared'),
  };
}
