/**
 * Safe mode (安全模式): WeChat's message encryption, written from its technical plan rather than
 * taken from the old SDKs. https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/Message_Encryption/Technical_Plan.html
 *   - AESKey = Base64_Decode(EncodingAESKey + "="): 32 bytes; AES-256-CBC, IV = the key's first 16 bytes;
 *   - PKCS#7 padding to a multiple of 32 bytes (the key length, not the AES block size);
 *   - plaintext = 16 random bytes + 4-byte big-endian XML length + XML + AppID.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PAD_BLOCK = 32;

/** Raised for a body that does not decrypt to a message of this account. */
export class WechatCryptoError extends Error {
  override name = 'WechatCryptoError';
}

export function aesKeyOf(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (encodingAesKey.length !== 43 || key.length !== 32)
    throw new WechatCryptoError('the EncodingAESKey must be 43 characters (32 bytes in base64)');
  return key;
}

function pad(data: Buffer): Buffer {
  const n = PAD_BLOCK - (data.length % PAD_BLOCK);
  return Buffer.concat([data, Buffer.alloc(n, n)]);
}

function unpad(data: Buffer): Buffer {
  const n = data.at(-1) ?? 0;
  if (n < 1 || n > PAD_BLOCK || n > data.length) throw new WechatCryptoError('bad padding');
  return data.subarray(0, data.length - n);
}

/** Encrypts an XML message for `appId`; returns the base64 text that goes in `<Encrypt>`. */
export function encryptMessage(
  key: Buffer,
  appId: string,
  xml: string,
  random: Buffer = randomBytes(16),
): string {
  const body = Buffer.from(xml, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const plain = pad(Buffer.concat([random, length, body, Buffer.from(appId, 'utf8')]));
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}

/** Decrypts `<Encrypt>` text; throws unless it holds an XML message addressed to `appId`. */
export function decryptMessage(key: Buffer, appId: string, encrypted: string): string {
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(
      false,
    );
    const data = Buffer.from(encrypted, 'base64');
    if (data.length === 0 || data.length % 16 !== 0) throw new WechatCryptoError('bad length');
    plain = unpad(Buffer.concat([decipher.update(data), decipher.final()]));
  } catch (error) {
    if (error instanceof WechatCryptoError) throw error;
    throw new WechatCryptoError('the message does not decrypt with this EncodingAESKey');
  }
  if (plain.length < 20) throw new WechatCryptoError('message too short');
  const length = plain.readUInt32BE(16);
  if (20 + length > plain.length) throw new WechatCryptoError('bad message length');
  const from = plain.subarray(20 + length).toString('utf8');
  if (from !== appId) throw new WechatCryptoError('the message is for another AppID');
  return plain.subarray(20, 20 + length).toString('utf8');
}
