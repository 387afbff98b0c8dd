/**
 * Turns a WeChat push into a channel-neutral resident input: what the person did (wrote, chose,
 * followed, scanned, shared a place), with nothing of WeChat's XML left in it. Field names as
 * documented for received messages and events:
 * https://developers.weixin.qq.com/doc/service/guide/dev/push/ (普通消息, 事件推送)
 */
import type { XmlFields } from './xml.js';

export type ResidentAction =
  | { kind: 'text'; text: string }
  /** A tap on a menu message's item (`bizmsgmenuid`) or on a custom-menu CLICK button. */
  | { kind: 'choice'; id: string }
  | { kind: 'image'; mediaId: string; pictureUrl: string }
  /** Voice, with WeChat's own speech recognition when the account has it on. */
  | { kind: 'voice'; mediaId: string; recognition: string | null }
  | { kind: 'location'; latitude: number; longitude: number; label: string }
  /** Followed the account; `scene` is the QR code's scene (a village code) when scanned from one. */
  | { kind: 'follow'; scene: string | null }
  | { kind: 'unfollow' }
  /** Scanned a parametric QR code while already following. */
  | { kind: 'scan'; scene: string }
  | { kind: 'unsupported'; type: string };

export interface ResidentInput {
  channel: 'wechat';
  /** The resident's address on the channel (the openid). */
  from: string;
  at: Date;
  /** What makes a retry recognisable: the MsgId, or sender and time for events. */
  dedupeKey: string;
  action: ResidentAction;
}

const SCENE_PREFIX = 'qrscene_';

function actionOf(f: XmlFields): ResidentAction {
  const type = f.MsgType ?? '';
  switch (type) {
    case 'text':
      if (f.bizmsgmenuid) return { kind: 'choice', id: f.bizmsgmenuid };
      return { kind: 'text', text: f.Content ?? '' };
    case 'image':
      return { kind: 'image', mediaId: f.MediaId ?? '', pictureUrl: f.PicUrl ?? '' };
    case 'voice':
      return { kind: 'voice', mediaId: f.MediaId ?? '', recognition: f.Recognition || null };
    case 'location':
      return {
        kind: 'location',
        latitude: Number(f.Location_X),
        longitude: Number(f.Location_Y),
        label: f.Label ?? '',
      };
    case 'event':
      return eventOf(f);
    default:
      return { kind: 'unsupported', type };
  }
}

function eventOf(f: XmlFields): ResidentAction {
  const event = (f.Event ?? '').toLowerCase();
  const key = f.EventKey ?? '';
  if (event === 'subscribe')
    return {
      kind: 'follow',
      scene: key.startsWith(SCENE_PREFIX) ? key.slice(SCENE_PREFIX.length) || null : null,
    };
  if (event === 'unsubscribe') return { kind: 'unfollow' };
  if (event === 'scan' && key) return { kind: 'scan', scene: key };
  if (event === 'click' && key) return { kind: 'choice', id: key };
  return { kind: 'unsupported', type: `event:${event}` };
}

/** The input, or null when the push lacks a sender or a time (not a resident's push). */
export function residentInputOf(fields: XmlFields): ResidentInput | null {
  const from = fields.FromUserName;
  const created = Number(fields.CreateTime);
  if (!from || !Number.isFinite(created) || created <= 0) return null;
  // Events have no MsgId: sender and time, plus the event and its key, so two different menu
  // taps within one second are not taken for a retry of each other.
  const dedupeKey = fields.MsgId
    ? `m:${fields.MsgId}`
    : `e:${from}:${fields.CreateTime}:${fields.Event ?? fields.MsgType ?? ''}:${fields.EventKey ?? ''}`;
  return {
    channel: 'wechat',
    from,
    at: new Date(created * 1000),
    dedupeKey,
    action: actionOf(fields),
  };
}
