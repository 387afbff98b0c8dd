/**
 * Checks the Fluent locales against the primary one (zh-CN): every message exists in every
 * language, with the same variables, and every file parses. Runs inside `npm test`, so a new
 * string cannot ship in one language only, and a renamed variable cannot break a translation.
 * It also keeps channel markup out: no HTML tag or entity in a file, and no function but the
 * emphasis functions every channel renders (`src/i18n/markup.ts`) and Fluent's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { DEFAULT_LOCALE, LOCALES } from '../domain/locale.js';
import { MARKUP_FUNCTIONS } from '../i18n/markup.js';

type Messages = Map<string, Set<string>>;

const KNOWN_FUNCTIONS = new Set<string>([...MARKUP_FUNCTIONS, 'NUMBER', 'DATETIME']);
const HTML_TAG = /<\/?[a-zA-Z][^>]*>|<\/|&(?:[a-z]+|#\d+|#x[0-9a-fA-F]+);/;

function functionsOf(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) functionsOf(item, into);
  else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (n.type === 'func' && typeof n.name === 'string') into.add(n.name);
    for (const value of Object.values(n)) functionsOf(value, into);
  }
  return into;
}

/** Channel markup in one file's source: HTML tags or entities, unknown functions. */
export function markupProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  source.split('\n').forEach((line, i) => {
    const found = HTML_TAG.exec(line)?.[0];
    if (found)
      problems.push(
        `${file}:${i + 1}: "${found}" is channel markup; write plain text and { B("…") } / { I("…") } / { CODE(…) } (node bin/run-ts.js scripts/locale-markup.ts converts tags)`,
      );
  });
  for (const message of new FluentResource(source).body)
    for (const name of functionsOf(message))
      if (!KNOWN_FUNCTIONS.has(name))
        problems.push(
          `${file}: "${message.id}" calls ${name}(), which no channel renders; use ${[...KNOWN_FUNCTIONS].join(', ')}`,
        );
  return problems;
}

function variablesOf(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) variablesOf(item, into);
  else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (n.type === 'var' && typeof n.name === 'string') into.add(n.name);
    for (const value of Object.values(n)) variablesOf(value, into);
  }
  return into;
}

function readLocale(dir: string, problems: string[]): Messages {
  const messages: Messages = new Map();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    problems.push(...markupProblems(join(dir, file), source));
    const resource = new FluentResource(source);
    // FluentResource skips broken entries silently; count ids in the source to notice them.
    const declared = source.match(/^[a-zA-Z][\w-]*\s*=/gm)?.length ?? 0;
    if (declared !== resource.body.length)
      problems.push(
        `${join(dir, file)}: ${declared - resource.body.length} message(s) do not parse`,
      );
    for (const message of resource.body) {
      if (messages.has(message.id))
        problems.push(`${join(dir, file)}: "${message.id}" is defined twice`);
      messages.set(message.id, variablesOf(message));
    }
  }
  return messages;
}

export function checkLocales(localesDir: string): string[] {
  const problems: string[] = [];
  const primary = readLocale(join(localesDir, DEFAULT_LOCALE), problems);
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const other = readLocale(join(localesDir, locale), problems);
    for (const [id, vars] of primary) {
      const theirs = other.get(id);
      if (!theirs) problems.push(`${locale}: missing "${id}"`);
      else if ([...vars].sort().join() !== [...theirs].sort().join()) {
        problems.push(
          `${locale}: "${id}" uses { ${[...theirs].join(', ')} } but zh-CN uses { ${[...vars].join(', ')} }`,
        );
      }
    }
    for (const id of other.keys())
      if (!primary.has(id)) problems.push(`${locale}: "${id}" is not in zh-CN`);
  }
  return problems;
}
