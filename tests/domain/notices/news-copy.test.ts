/**
 * The one extra copy of a web reporter's news, as plain data: WeChat when they wrote there after
 * their last visit and it can go now, else SMS when they asked for report news by SMS, else
 * WeChat held for their next message when they used it last, else only the web inbox.
 */
import { describe, expect, it } from 'vitest';
import { type NewsReach, newsCopy } from '../../../src/domain/notices/news-copy.js';

const NOW = new Date('2026-12-03T02:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);
const reach = (over: Partial<NewsReach> = {}): NewsReach => ({
  wechat: { lastMessageAt: hoursAgo(1) },
  webSeenAt: hoursAgo(2),
  sms: true,
  wechatTemplate: false,
  now: NOW,
  ...over,
});

describe('newsCopy', () => {
  it('goes to WeChat when she wrote there after her last visit, inside the window', () => {
    expect(newsCopy(reach())).toBe('wechat');
  });

  it('goes by SMS, or nowhere else, when she visited the web chat last (a tie counts as the web)', () => {
    expect(newsCopy(reach({ webSeenAt: hoursAgo(0.5) }))).toBe('sms');
    expect(newsCopy(reach({ webSeenAt: hoursAgo(1) }))).toBe('sms');
    expect(newsCopy(reach({ webSeenAt: hoursAgo(0.5), sms: false }))).toBeNull();
  });

  it('past the 48-hour window: a template message, else SMS, else held in WeChat', () => {
    const late = { wechat: { lastMessageAt: hoursAgo(49) }, webSeenAt: hoursAgo(50) };
    expect(newsCopy(reach({ ...late, wechatTemplate: true }))).toBe('wechat');
    expect(newsCopy(reach(late))).toBe('sms');
    expect(newsCopy(reach({ ...late, sms: false }))).toBe('wechat');
    // Exactly 48 hours is still inside.
    expect(newsCopy(reach({ wechat: { lastMessageAt: hoursAgo(48) }, webSeenAt: null }))).toBe(
      'wechat',
    );
  });

  it('without a linked follower (or one who never wrote), only SMS can take it', () => {
    expect(newsCopy(reach({ wechat: null }))).toBe('sms');
    expect(newsCopy(reach({ wechat: { lastMessageAt: null }, sms: false }))).toBeNull();
  });
});
