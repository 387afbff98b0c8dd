/**
 * What residents can report: disputes (矛盾纠纷) and crime clues (线索举报), each with a
 * category. Each category suggests a first colour (三色预警) for the officer to confirm.
 */
export type ReportKind = 'dispute' | 'clue';
export type Colour = 'red' | 'yellow' | 'green';

export interface ReportCategory {
  id: string;
  kind: ReportKind;
  /** The colour an officer would usually start from; keywords in the text can raise it. */
  colour: Colour;
}

export const CATEGORIES: readonly ReportCategory[] = [
  { id: 'neighbour', kind: 'dispute', colour: 'green' },
  { id: 'family', kind: 'dispute', colour: 'yellow' },
  { id: 'land', kind: 'dispute', colour: 'yellow' },
  { id: 'wages', kind: 'dispute', colour: 'yellow' },
  { id: 'debt', kind: 'dispute', colour: 'green' },
  { id: 'dispute-other', kind: 'dispute', colour: 'green' },
  { id: 'fraud', kind: 'clue', colour: 'yellow' },
  { id: 'theft', kind: 'clue', colour: 'yellow' },
  { id: 'vice', kind: 'clue', colour: 'yellow' },
  { id: 'gang', kind: 'clue', colour: 'red' },
  { id: 'ecology', kind: 'clue', colour: 'yellow' },
  { id: 'fundraising', kind: 'clue', colour: 'yellow' },
  { id: 'cult', kind: 'clue', colour: 'yellow' },
  { id: 'road', kind: 'clue', colour: 'green' },
  { id: 'clue-other', kind: 'clue', colour: 'green' },
];

export const COLOURS: readonly Colour[] = ['red', 'yellow', 'green'];

/** 三色预警 as every channel shows it: a coloured disc before the reference. */
export const COLOUR_MARK: Readonly<Record<Colour, string>> = {
  red: '🔴',
  yellow: '🟡',
  green: '🟢',
};

export function categoriesOf(kind: ReportKind): ReportCategory[] {
  return CATEGORIES.filter((c) => c.kind === kind);
}

export function findCategory(id: string): ReportCategory | undefined {
  return CATEGORIES.find((c) => c.id === id);
}
