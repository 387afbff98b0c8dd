/**
 * A message described, not rendered: what a channel shows, as blocks of text and choices. A text
 * is either a locale message (`key`, with variables) or data quoted as is (`text`: a knowledge-
 * base answer, a resident's own words). Each channel turns these into its own markup and escapes
 * the data its own way, so no description ever carries Telegram HTML.
 */
export type DescribedText = { key: string; vars?: DescribedVars } | { text: string };

/** A variable is data, or (`{ key }`) another locale message, such as a fraud type's name. */
export type DescribedVars = Record<string, string | number | { key: string }>;

export type Block =
  | { type: 'title'; text: DescribedText }
  | { type: 'paragraph'; text: DescribedText }
  | { type: 'field'; label: DescribedText; value: DescribedText }
  | { type: 'list'; label?: DescribedText; items: DescribedText[] }
  | { type: 'quote'; quote: DescribedText; note: DescribedText }
  | { type: 'note'; text: DescribedText };

/** A button: its label and the action a channel sends back when it is pressed. */
export interface Choice {
  label: DescribedText;
  /** `topic:<id>`, `full:<id>`, `category:<id>`, `menu`, `officer`, `call:<phone>`. */
  action: string;
}

export interface Described {
  /** How the message should look at a glance: a scam verdict's risk, or plain information. */
  tone: 'high' | 'suspicious' | 'none' | 'info';
  blocks: Block[];
  choices: Choice[];
}

export const key = (k: string, vars?: DescribedVars): DescribedText =>
  vars ? { key: k, vars } : { key: k };
export const data = (text: string): DescribedText => ({ text });
