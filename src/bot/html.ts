/** HTML escaping for Telegram's parse_mode HTML, which needs only these three entities. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
