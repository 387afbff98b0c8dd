/**
 * Links in a verdict are shown defanged (`ybj-gov.cn` → `ybj-gov[.]cn`, `https://` → `hxxps://`):
 * the verdict quotes the scammer's own words, and a quoted link must never become a tap target,
 * in any channel, even one that turns bare domains into links by itself.
 */
const LINK =
  /\b(?:(?:https?|ftp):\/\/)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]+)\b(?:[/?#][^\s，。；！？]*)?/giu;

export function defangLinks(text: string): string {
  return text.replace(LINK, (link) => {
    // Version numbers and decimals ("1.5", "v2.0") are not links.
    if (/^[\d.]+$/u.test(link)) return link;
    const scheme = /^[a-z]+:\/\//iu.exec(link)?.[0] ?? '';
    const rest = link.slice(scheme.length);
    const host = /^[^/?#]*/u.exec(rest)?.[0] ?? '';
    const safeScheme = scheme.replace(/^http/iu, 'hxxp').replace(/^ftp/iu, 'fxp');
    return `${safeScheme}${host.replace(/\./gu, '[.]')}${rest.slice(host.length)}`;
  });
}
