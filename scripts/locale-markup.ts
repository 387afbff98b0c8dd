/**
 * Takes Telegram HTML out of the locale files: `node bin/run-ts.js scripts/locale-markup.ts`.
 *
 * Rewrites every `locales/<lang>/*.ftl` in place so that `<b>…</b>` becomes `{ B(…) }`, `<i>` →
 * `I`, `<code>` → `CODE`, `<a href="…">` → `LINK(url, …)` and `<a href="tg://user?id={ $x }">`
 * → `MENTION($x, …)` (see `src/i18n/markup.ts`). Mixed content stays one span:
 * `<b>编号 { $reference }</b>` → `{ B("编号 ", $reference) }`; nested tags nest calls
 * (`{ B("a ", I("b")) }`). Entities on a converted line are decoded, since the files now hold
 * plain text that each channel escapes itself.
 *
 * Safe to re-run: a line without tags is left as it is, so converted files do not change. Lines
 * it cannot convert (a tag left open at the end of a line, a tag around a select expression, an
 * unknown tag) are listed and left alone; fix those by hand. `--check` changes nothing and exits
 * 1 when a file would change or a line needs a hand.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FUNCTIONS: Record<string, string> = {
  b: 'B',
  strong: 'B',
  i: 'I',
  em: 'I',
  code: 'CODE',
};

const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[^>]*)?)>/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'placeable'; source: string }
  | { kind: 'open'; name: string; attributes: string; source: string }
  | { kind: 'close'; name: string; source: string };

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'placeable'; source: string }
  | { kind: 'element'; name: string; attributes: string; children: Node[] };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** The end of the placeable opening at `start` on this line, or -1 if it goes on past the line. */
function placeableEnd(line: string, start: number): number {
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) if (line[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Splits the text part of a line into text, placeables and tags. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let plain = '';
  const flush = () => {
    if (plain) tokens.push({ kind: 'text', text: plain });
    plain = '';
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '{') {
      const end = placeableEnd(text, i);
      flush();
      // An open select expression: the rest of the line is its selector, not text.
      tokens.push({ kind: 'placeable', source: text.slice(i, end < 0 ? text.length : end) });
      if (end < 0) break;
      i = end;
      continue;
    }
    TAG.lastIndex = i;
    const tag = c === '<' ? TAG.exec(text) : null;
    if (tag) {
      flush();
      const name = (tag[2] ?? '').toLowerCase();
      tokens.push(
        tag[1]
          ? { kind: 'close', name, source: tag[0] }
          : { kind: 'open', name, attributes: tag[3] ?? '', source: tag[0] },
      );
      i += tag[0].length;
      continue;
    }
    plain += c;
    i++;
  }
  flush();
  return tokens;
}

function tree(tokens: Token[]): Node[] {
  const root: Node[] = [];
  const stack: { name: string; children: Node[] }[] = [{ name: '', children: root }];
  for (const token of tokens) {
    const top = stack[stack.length - 1];
    if (!top) throw new Error('unbalanced tags');
    if (token.kind === 'open') {
      const element: Node = {
        kind: 'element',
        name: token.name,
        attributes: token.attributes,
        children: [],
      };
      top.children.push(element);
      stack.push(element);
    } else if (token.kind === 'close') {
      if (top.name !== token.name)
        throw new Error(`</${token.name}> does not close <${top.name || '…'}>`);
      stack.pop();
    } else top.children.push(token);
  }
  if (stack.length !== 1)
    throw new Error(`<${stack[stack.length - 1]?.name}> is not closed on its line`);
  return root;
}

function literal(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A placeable `{ $x }` as a function argument `$x`. */
function argument(source: string): string {
  const inner = source.slice(1, -1).trim();
  if (!source.endsWith('}') || inner.includes('->') || inner.startsWith('{') || inner === '')
    throw new Error(`cannot put ${source} inside a markup function`);
  return inner;
}

function call(node: Extract<Node, { kind: 'element' }>): string {
  const args = node.children.map((child) =>
    child.kind === 'text'
      ? literal(decodeEntities(child.text))
      : child.kind === 'placeable'
        ? argument(child.source)
        : call(child),
  );
  if (node.name === 'a') {
    const href = /^\s+href\s*=\s*"([^"]*)"\s*$/.exec(node.attributes)?.[1];
    if (href === undefined) throw new Error(`<a${node.attributes}> needs just an href`);
    const mention = /^tg:\/\/user\?id=(\{[^{}]*\})$/.exec(href);
    if (mention?.[1]) return `MENTION(${[argument(mention[1]), ...args].join(', ')})`;
    const url = /^\{[^{}]*\}$/.test(href)
      ? argument(href)
      : href.includes('{')
        ? undefined
        : literal(decodeEntities(href));
    if (!url) throw new Error(`cannot convert the link ${href}`);
    return `LINK(${[url, ...args].join(', ')})`;
  }
  const fn = FUNCTIONS[node.name];
  if (!fn || node.attributes.trim())
    throw new Error(`no markup function for <${node.name}${node.attributes}>`);
  return `${fn}(${args.join(', ')})`;
}

function render(nodes: Node[]): string {
  return nodes
    .map((node) =>
      node.kind === 'text'
        ? decodeEntities(node.text)
        : node.kind === 'placeable'
          ? node.source
          : node.children.length === 0
            ? ''
            : `{ ${call(node)} }`,
    )
    .join('');
}

/** Where a line's pattern text starts: after `key =`, `.attr =`, `[variant]`, or indentation. */
const PREFIX = /^(?:[a-zA-Z][\w-]*\s*=\s*|\s+\.[a-zA-Z][\w-]*\s*=\s*|\s+\*?\[[^\]]*\]\s*|\s+)/;

const OLD_COMMENTS: [RegExp, string][] = [
  [
    /^# 所有变量在插入前都会做 HTML 转义；文字本身可以用 <b> <i> 等 Telegram HTML 标记。$/,
    '# 文字是纯文本，不写 HTML；强调用 { B("…") } 加粗、{ I("…") } 斜体、{ CODE($id) } 代码（见 README “Adding a language”）。',
  ],
  [
    /^# Variables are HTML-escaped before they are inserted; texts may use Telegram HTML \(<b>, <i>\)\.$/,
    '# Plain text, no HTML: emphasis is { B("…") } bold, { I("…") } italic, { CODE($id) } code (see README, "Adding a language").',
  ],
];

export interface Conversion {
  text: string;
  /** `line N: what is wrong`, for lines left as they were. */
  problems: string[];
}

/** Converts one .ftl file's source; lines without tags come back unchanged. */
export function convertFtl(source: string): Conversion {
  const problems: string[] = [];
  const lines = source.split('\n').map((line, index) => {
    if (/^\s*#/.test(line)) {
      for (const [old, replacement] of OLD_COMMENTS) if (old.test(line)) return replacement;
      if (/<\/?[a-zA-Z][^>]*>/.test(line))
        problems.push(`line ${index + 1}: a comment mentions an HTML tag`);
      return line;
    }
    if (!/<\/?[a-zA-Z][^>]*>/.test(line)) return line;
    const prefix = PREFIX.exec(line)?.[0] ?? '';
    try {
      return prefix + render(tree(tokenize(line.slice(prefix.length))));
    } catch (error) {
      problems.push(`line ${index + 1}: ${error instanceof Error ? error.message : error}`);
      return line;
    }
  });
  return { text: lines.join('\n'), problems };
}

function ftlFiles(localesDir: string): string[] {
  return readdirSync(localesDir)
    .map((lang) => join(localesDir, lang))
    .filter((dir) => statSync(dir).isDirectory())
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.ftl'))
        .sort()
        .map((f) => join(dir, f)),
    );
}

function main(args: string[]): number {
  const check = args.includes('--check');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const localesDir = args.find((a) => !a.startsWith('--')) ?? join(root, 'locales');
  let changed = 0;
  let problems = 0;
  for (const file of ftlFiles(localesDir)) {
    const source = readFileSync(file, 'utf8');
    const result = convertFtl(source);
    for (const p of result.problems) console.error(`${file}: ${p}`);
    problems += result.problems.length;
    if (result.text === source) continue;
    changed++;
    if (check) console.log(`${file}: would change`);
    else {
      writeFileSync(file, result.text);
      console.log(`${file}: converted`);
    }
  }
  console.log(
    `${changed} file(s) ${check ? 'to change' : 'changed'}, ${problems} line(s) to fix by hand`,
  );
  return problems > 0 || (check && changed > 0) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
