import { badRequest } from './api-error.js';

/** A file part of a multipart request, as grammY sends it for an `InputFile`. */
export interface UploadedFile {
  filename?: string;
  contentType?: string;
  bytes: Uint8Array;
}

/**
 * The parameters of one Bot API call, whatever encoding they came in. JSON bodies carry real
 * numbers and objects, while form bodies carry strings (objects as JSON text), so every reader
 * here accepts both, as Telegram does.
 */
export class Params {
  constructor(
    readonly fields: Record<string, unknown>,
    readonly uploads: ReadonlyMap<string, UploadedFile> = new Map(),
  ) {}

  has(name: string): boolean {
    const value = this.fields[name];
    return value !== undefined && value !== null && value !== '';
  }

  string(name: string): string | undefined {
    const value = this.fields[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
  }

  number(name: string): number | undefined {
    const value = this.fields[name];
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(parsed)) throw badRequest(`field "${name}" must be a number`);
    return parsed;
  }

  integer(name: string): number | undefined {
    const parsed = this.number(name);
    if (parsed !== undefined && !Number.isInteger(parsed)) {
      throw badRequest(`field "${name}" must be an integer`);
    }
    return parsed;
  }

  boolean(name: string): boolean {
    const value = this.fields[name];
    return value === true || value === 'true' || value === 'True' || value === '1' || value === 1;
  }

  /** An object/array parameter, parsing JSON text from form bodies; `reason` names the error. */
  json(name: string, reason: string): unknown {
    const value = this.fields[name];
    if (typeof value !== 'string') return value ?? undefined;
    if (value === '') return undefined;
    try {
      return JSON.parse(value);
    } catch {
      throw badRequest(reason);
    }
  }

  /** `chat_id`: a number, a numeric string or an `@username`. */
  chatId(name = 'chat_id'): number | string {
    const value = this.fields[name];
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
    if (typeof value === 'string' && value.startsWith('@')) return value;
    if (value === undefined || value === null || value === '') {
      throw badRequest(`${name} is empty`);
    }
    throw badRequest('chat not found');
  }

  /** A file parameter: an upload (`attach://…` or a part named like the field) or a string. */
  file(name: string): UploadedFile | string | undefined {
    const value = this.fields[name];
    if (typeof value === 'string' && value.startsWith('attach://')) {
      const upload = this.uploads.get(value.slice('attach://'.length));
      if (!upload) throw badRequest(`file "${value}" not found in the request`);
      return upload;
    }
    return this.uploads.get(name) ?? (typeof value === 'string' && value ? value : undefined);
  }
}
