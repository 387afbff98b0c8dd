import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

/**
 * Just enough of the DOM for webchat-render.js: elements, text nodes, fragments, attributes and
 * click listeners. `toString()` prints escaped HTML, so a test can see exactly which nodes the
 * page would build from a bot message.
 */
export class FakeNode {
  readonly children: FakeNode[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, (event?: unknown) => void>();
  className = '';
  value = '';
  files: unknown[] = [];
  scrollTop = 0;
  scrollHeight = 0;
  clientHeight = 0;
  readonly classList = {
    add: (name: string) => this.setClass(name, true),
    remove: (name: string) => this.setClass(name, false),
    toggle: (name: string, force?: boolean) =>
      this.setClass(name, force ?? !this.classList.contains(name)),
    contains: (name: string) => this.className.split(' ').includes(name),
  };

  constructor(
    readonly tagName: string,
    readonly text = '',
  ) {}

  append(...nodes: Array<FakeNode | string>): void {
    for (const node of nodes) {
      if (typeof node === 'string') this.children.push(new FakeNode('#text', node));
      else if (node.tagName === '#fragment') this.children.push(...node.children.splice(0));
      else this.children.push(node);
    }
  }

  get textContent(): string {
    return this.tagName === '#text' ? this.text : this.children.map((c) => c.textContent).join('');
  }

  set textContent(text: string) {
    this.children.splice(0);
    this.append(text);
  }

  replaceChildren(...nodes: Array<FakeNode | string>): void {
    this.children.splice(0);
    this.append(...nodes);
  }

  requestSubmit(): void {
    this.listeners.get('submit')?.({ preventDefault() {} });
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  addEventListener(type: string, listener: (event?: unknown) => void): void {
    this.listeners.set(type, listener);
  }

  /** Every element below this one (depth first), for finding buttons and links. */
  findAll(tagName: string): FakeNode[] {
    return this.children.flatMap((child) => [
      ...(child.tagName === tagName ? [child] : []),
      ...child.findAll(tagName),
    ]);
  }

  private setClass(name: string, on: boolean): void {
    const names = new Set(this.className.split(' ').filter(Boolean));
    if (on) names.add(name);
    else names.delete(name);
    this.className = [...names].join(' ');
  }

  toString(): string {
    if (this.tagName === '#text') {
      return this.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    }
    const inner = this.children.map(String).join('');
    if (this.tagName === '#fragment') return inner;
    const attributes = [...this.attributes]
      .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
      .join('');
    const cls = this.className ? ` class="${this.className}"` : '';
    return `<${this.tagName}${cls}${attributes}>${inner}</${this.tagName}>`;
  }
}

/** What webchat-render.js exports to the page, typed loosely for tests. */
export interface Render {
  richText(text: string, entities?: unknown[]): FakeNode;
  renderMessage(
    message: Record<string, unknown>,
    byId: Map<number, unknown>,
    view: { viewerId: number; group: boolean; onPress: (messageId: number, data: string) => void },
  ): FakeNode;
}

/** A fake `document` whose elements are created on first lookup by id. */
export function fakeDocument() {
  const byId = new Map<string, FakeNode>();
  return {
    body: new FakeNode('body'),
    createElement: (tag: string) => new FakeNode(tag),
    createTextNode: (text: string) => new FakeNode('#text', text),
    createDocumentFragment: () => new FakeNode('#fragment'),
    getElementById(id: string): FakeNode {
      const node = byId.get(id) ?? new FakeNode('div');
      byId.set(id, node);
      return node;
    },
  };
}

/** Runs the page's browser scripts, in order, in one fresh VM context. */
export function runScripts(
  globals: Record<string, unknown>,
  ...files: string[]
): Record<string, unknown> {
  const context = createContext(globals);
  for (const file of files) {
    const source = readFileSync(new URL(`../../src/sandbox/${file}`, import.meta.url), 'utf8');
    runInContext(source, context, { filename: file });
  }
  return context;
}

/** webchat-render.js alone, with a fake document. */
export function loadRender(): Render {
  return runScripts({ document: fakeDocument() }, 'webchat-render.js').webchatRender as Render;
}
