/**
 * Checks the Fluent locales against the primary one (zh-CN): every message exists in every
 * language, with the same variables, and every file parses. Runs inside `npm test`, so a new
 * string cannot ship in one language only, and a renamed variable cannot break a translation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { DEFAULT_LOCALE, LOCALES } from '../domain/locale.js';

type Messages = Map<string, Set<string>>;

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
