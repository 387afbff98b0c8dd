/**
 * WeChat's XML, both ways. Pushes are one flat `<xml>` element of text fields (CDATA or plain).
 * Parsing is strict: a body with a DOCTYPE or an entity declaration is refused before the parser
 * sees it (XXE and "billion laughs"), entities are never expanded, and every value stays a string
 * (a MsgId is a 64-bit number that would lose digits as a JS number).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Raised for a body that is not one flat WeChat `<xml>` message. */
export class WechatXmlError extends Error {
  override name = 'WechatXmlError';
}

export type XmlFields = Record<string, string>;

/** More fields than any documented push has; a body beyond it is not WeChat's. */
const MAX_FIELDS = 64;

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  trimValues: true,
});

/** Parses a push into its fields; throws `WechatXmlError` for anything else. */
export function parseWechatXml(body: string): XmlFields {
  if (/<!DOCTYPE|<!ENTITY|<!\[INCLUDE|<!\[IGNORE/i.test(body))
    throw new WechatXmlError('DOCTYPE and entity declarations are refused');
  if (XMLValidator.validate(body) !== true) throw new WechatXmlError('malformed XML');
  const parsed = parser.parse(body) as Record<string, unknown>;
  const root = parsed.xml;
  if (!root || typeof root !== 'object' || Array.isArray(root))
    throw new WechatXmlError('the root element must be <xml> with fields');
  const fields: XmlFields = {};
  const entries = Object.entries(root as Record<string, unknown>);
  if (entries.length > MAX_FIELDS) throw new WechatXmlError('too many fields');
  for (const [name, value] of entries) {
    if (typeof value === 'string') fields[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') fields[name] = String(value);
    // Nested elements (ScanCodeInfo, SendPicsInfo…) are not used here and are left out.
  }
  return fields;
}

/** A CDATA section that stays one even when the text holds "]]>". */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** Builds a flat `<xml>`: numbers as plain text, strings in CDATA, as WeChat writes them. */
export function buildWechatXml(fields: Record<string, string | number>): string {
  const inner = Object.entries(fields)
    .map(([name, value]) =>
      typeof value === 'number'
        ? `<${name}>${value}</${name}>`
        : `<${name}>${cdata(value)}</${name}>`,
    )
    .join('');
  return `<xml>${inner}</xml>`;
}
