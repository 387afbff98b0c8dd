/**
 * What a person would stumble on in one screen of the web chat, read in the page: the page wider
 * than the phone, tap targets under 44 px, buttons whose text is cut, the newest message hidden
 * under the fixed menu and composer, buttons without text (a missing translation), message keys
 * or template syntax on screen, and Mongolian without its font (drawn as boxes).
 *
 * It is page source (a string), not a function: the project compiles without the DOM's types.
 */
export const MIN_TAP_PX = 44;

export const LAYOUT_PROBLEMS = `(async () => {
  const problems = [];
  const vw = window.innerWidth;
  const root = document.documentElement;
  if (root.scrollWidth > vw) problems.push('the page is ' + root.scrollWidth + ' px wide on a ' + vw + ' px screen');
  const shown = (n) => {
    const r = n.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(n).visibility !== 'hidden';
  };
  const nameOf = (n) => (n.textContent || n.getAttribute('placeholder') || n.getAttribute('type') || n.tagName).trim().replace(/\\s+/g, ' ').slice(0, 40);
  const targets = document.querySelectorAll('button, a, select, textarea, input:not([type="checkbox"]), label.check');
  for (const n of targets) {
    if (!shown(n)) continue;
    const r = n.getBoundingClientRect();
    if (r.height < ${MIN_TAP_PX}) problems.push('tap target "' + nameOf(n) + '" is ' + Math.round(r.height) + ' px high');
    if (r.right > vw + 0.5 || r.left < -0.5) problems.push('"' + nameOf(n) + '" sticks out of the screen');
    if (n.tagName === 'BUTTON' && n.scrollWidth > n.clientWidth + 1) problems.push('text cut off in "' + nameOf(n) + '"');
    if (n.tagName === 'BUTTON' && !n.textContent.trim() && !n.getAttribute('aria-label')) problems.push('a button has no text');
  }
  for (const n of document.querySelectorAll('.bubble, .push-offer, .landing-lang')) {
    if (shown(n) && n.scrollWidth > n.clientWidth + 1) problems.push('text runs out of "' + nameOf(n) + '"');
  }
  const text = document.body.innerText;
  const keys = text.match(/\\b[a-z]+(?:-[a-z0-9]+){2,}\\b|\\{ ?\\$[a-z-]+ ?\\}|\\bundefined\\b|\\[object \\w+\\]|\\bNaN\\b/g);
  if (keys) problems.push('code-like text on screen: ' + keys.join(', '));
  const input = document.getElementById('text');
  if (input && shown(input) && !input.getAttribute('placeholder')) problems.push('the text box has no hint');
  // The newest message, scrolled to as the page does, must sit above the fixed menu and composer.
  const log = document.getElementById('log');
  if (log && log.lastElementChild) {
    const y = window.pageYOffset;
    window.scrollTo(0, document.body.scrollHeight);
    const last = log.lastElementChild.getBoundingClientRect();
    let cover = window.innerHeight;
    for (const id of ['menu', 'ask']) {
      const fixed = document.getElementById(id);
      if (fixed && shown(fixed)) cover = Math.min(cover, fixed.getBoundingClientRect().top);
    }
    if (last.bottom > cover + 1) problems.push('the newest message is hidden under the menu or the text box (' + Math.round(last.bottom - cover) + ' px)');
    window.scrollTo(0, y);
  }
  if (/[\\u1800-\\u18AF]/.test(text)) {
    await document.fonts.ready;
    if (!document.fonts.check('16px "Noto Sans Mongolian"', '\\u182E\\u1823')) problems.push('Mongolian text without its font (boxes)');
  }
  return problems;
})()`;
