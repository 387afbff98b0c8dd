/**
 * A keyv store adapter that puts a time limit on every operation of the store it wraps. node-redis
 * queues commands on a socket that is connected but silent (a frozen Redis, a half-open TCP
 * connection) and would wait forever; with this wrapper the update fails within the limit with
 * StoreUnavailableError naming the store, and the person is asked to try again.
 */
import { EventEmitter } from 'node:events';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import { withTimeLimit } from './store-errors.js';

export class TimedKeyvStore extends EventEmitter implements KeyvStoreAdapter {
  constructor(
    private readonly inner: KeyvStoreAdapter,
    private readonly storeName: string,
    private readonly limitMs: number,
  ) {
    super();
    // The inner store's errors surface through the operations below; keep its events quiet.
    inner.on?.('error', () => {});
  }

  get opts() {
    return this.inner.opts;
  }

  get namespace(): string | undefined {
    return this.inner.namespace;
  }

  set namespace(value: string | undefined) {
    this.inner.namespace = value;
  }

  private limit<T>(operation: string, work: () => Promise<T>): Promise<T> {
    return withTimeLimit(this.storeName, operation, this.limitMs, work);
  }

  get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    return this.limit('get', () => this.inner.get<Value>(key));
  }

  set(key: string, value: unknown, ttl?: number): Promise<boolean> {
    return this.limit('set', async () => Boolean(await this.inner.set(key, value, ttl)));
  }

  delete(key: string): Promise<boolean> {
    return this.limit('delete', () => this.inner.delete(key));
  }

  clear(): Promise<void> {
    return this.limit('clear', () => this.inner.clear());
  }

  has(key: string): Promise<boolean> {
    return this.limit('has', async () =>
      this.inner.has ? this.inner.has(key) : (await this.inner.get(key)) !== undefined,
    );
  }

  getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    return this.limit('getMany', () =>
      this.inner.getMany
        ? this.inner.getMany<Value>(keys)
        : Promise.all(keys.map((k) => this.inner.get<Value>(k))),
    );
  }

  disconnect(): Promise<void> {
    return this.inner.disconnect ? this.inner.disconnect() : Promise.resolve();
  }
}
