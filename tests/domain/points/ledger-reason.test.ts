/**
 * A ledger line's stored words read back as the reason, whatever language the officer used, so
 * each resident sees it in their own; a redeemed item stays exactly as it was typed.
 */
import { describe, expect, it } from 'vitest';
import { readLedgerReason } from '../../../src/domain/points/ledger-reason.js';

const words = {
  clue: ['有用线索', 'ᠲᠤᠰᠠᠲᠠᠢ ᠰᠤᠷᠠᠭ', 'useful clue'],
  mediation: ['协助调解', 'ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠳᠦ ᠲᠤᠰᠠᠯᠠᠭᠰᠠᠨ', 'help with mediation'],
};

describe('reading a ledger reason', () => {
  it('knows an award in any language, with or without its report’s reference', () => {
    expect(readLedgerReason('有用线索 JF-20261204-0001', words)).toEqual({
      kind: 'award',
      reason: 'clue',
      reference: 'JF-20261204-0001',
    });
    expect(readLedgerReason('ᠲᠤᠰᠠᠲᠠᠢ ᠰᠤᠷᠠᠭ JF-1', words)).toMatchObject({ reason: 'clue' });
    // An anonymous web report's row, or one retention cut from its report: no reference.
    expect(readLedgerReason('help with mediation', words)).toEqual({
      kind: 'award',
      reason: 'mediation',
      reference: '',
    });
  });

  it('keeps anything else as typed, even when it begins like a reason', () => {
    expect(readLedgerReason('<b>一桶</b>食用油', words)).toEqual({
      kind: 'text',
      text: '<b>一桶</b>食用油',
    });
    expect(readLedgerReason('有用线索奖品', words)).toEqual({ kind: 'text', text: '有用线索奖品' });
  });
});
