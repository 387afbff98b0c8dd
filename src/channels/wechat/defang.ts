/**
 * Makes links in quoted scam text unclickable, the way security teams write them: `hxxp://`
 * and `[.]` between the parts of the host. WeChat turns anything that looks like a link into a
 * tappable one, and the villager should never be one tap away from the scam page we warn about.
 */
const LINK =
  /\b(?:(?:https?|ftp):\/\/[^\s<>"'，。]+|(?:[a-z0-9-]+\.)+(?:com|cn|net|org|top|xyz|vip|cc|io|me|info|site|shop|app|link|ly|gov|edu)\b[^\s<>"'，。]*)/giu;

export function defangLinks(text: string): string {
  return text.replace(LINK, (link) => {
    const withScheme = link
      .replace(/^(h)tt(ps?):\/\//i, '$1xx$2://')
      .replace(/^ftp:\/\//i, 'fxp://');
    const schemeEnd = withScheme.indexOf('://');
    const start = schemeEnd >= 0 ? schemeEnd + 3 : 0;
    const slash = withScheme.indexOf('/', start);
    const hostEnd = slash >= 0 ? slash : withScheme.length;
    return (
      withScheme.slice(0, start) +
      withScheme.slice(start, hostEnd).replaceAll('.', '[.]') +
      withScheme.slice(hostEnd)
    );
  });
}

/** True when the text holds something `defangLinks` rewrites. */
export function hasLink(text: string): boolean {
  LINK.lastIndex = 0;
  return LINK.test(text);
}
