/**
 * The one extra copy of a web reporter's news, as plain data. A device linked to WeChat was
 * opened inside WeChat, so a linked reporter gets the copy in WeChat when it can go now; past
 * the 48-hour window without a template, by SMS when they asked for that, else held in WeChat.
 * An unlinked reporter gets an SMS copy when they asked for it, else only the web inbox.
 */
import { describe, expect, it } from 'vitest';
import { type NewsReach, newsCopy } from '../../../src/domain/notices/news-copy.js';

const NOW = new Date('2026-12-03T02:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);
const reach = (over: Partial<NewsReach> = {}): NewsReach => ({
  wechat: { lastMessageAt: hoursAgo(1) },
  sms: true,
  wechatTemplate: false,
  now: NOW,
  ...over,
});

describe('newsCopy', () => {
  it('goes to WeChat for a linked reporter inside the window, SMS or not', () => {
    expect(newsCopy(reach())).toBe('wechat');
    expect(newsCopy(reach({ sms: false }))).toBe('wechat');
  });

  it('goes to WeChat for a linked reporter who never wrote there, unless SMS can take it now', () => {
    // She filed from the menu's page inside WeChat and never typed in the chat.
    expect(newsCopy(reach({ wechat: { lastMessageAt: null }, sms: false }))).toBe('wechat');
    expect(newsCopy(reach({ wechat: { lastMessageAt: null }, wechatTemplate: true }))).toBe(
      'wechat',
    );
    expect(newsCopy(reach({ wechat: { lastMessageAt: null } }))).toBe('sms');
  });

  it('past the 48-hour window: a template message, else SMS, else held in WeChat', () => {
    const late = { wechat: { lastMessageAt: hoursAgo(49) } };
    expect(newsCopy(reach({ ...late, wechatTemplate: true }))).toBe('wechat');
    expect(newsCopy(reach(late))).toBe('sms');
    expect(newsCopy(reach({ ...late, sms: false }))).toBe('wechat');
    // Exactly 48 hours is still inside.
    expect(newsCopy(reach({ wechat: { lastMessageAt: hoursAgo(48) } }))).toBe('wechat');
  });

  it('without a linked follower, only SMS can take it', () => {
    expect(newsCopy(reach({ wechat: null }))).toBe('sms');
    expect(newsCopy(reach({ wechat: null, sms: false }))).toBeNull();
  });
});
