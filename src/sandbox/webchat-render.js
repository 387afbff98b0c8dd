// Builds chat bubbles for the web chat page (served as /webchat-render.js, before /webchat.js).
// Everything from the bot or a user is put on the page as text nodes, never as HTML: bot
// formatting is rebuilt from Telegram's entities, so a message cannot inject markup. Kept apart
// from the page logic so tests can run it against a small fake DOM.

(() => {
  /** Creates an element; string children become text nodes. */
  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === 'className') node.className = value;
      else if (key === 'onclick') node.addEventListener('click', value);
      else if (value !== undefined && value !== null) node.setAttribute(key, String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** A Chinese label with a small English subtitle. */
  function label(zh, en) {
    return [zh, el('small', { className: 'en' }, en)];
  }

  const SAFE_LINK = /^(https?:|tg:|mailto:)/i;

  /** One entity's element; unknown types render as a plain span. */
  function entityElement(entity, text) {
    switch (entity.type) {
      case 'bold':
        return el('b');
      case 'italic':
        return el('i');
      case 'underline':
        return el('u');
      case 'strikethrough':
        return el('s');
      case 'code':
        return el('code');
      case 'pre':
        return el('pre', { 'data-language': entity.language });
      case 'blockquote':
      case 'expandable_blockquote':
        return el('span', { className: 'bq' });
      case 'spoiler': {
        const node = el('span', { className: 'spoiler', title: '点击显示 Tap to reveal' });
        node.addEventListener('click', () => node.classList.add('shown'));
        return node;
      }
      case 'text_link':
      case 'url': {
        const href =
          entity.type === 'url'
            ? text.slice(entity.offset, entity.offset + entity.length)
            : entity.url;
        if (!SAFE_LINK.test(href ?? '')) return el('span', { title: href });
        return el('a', { href, target: '_blank', rel: 'noopener noreferrer' });
      }
      default:
        return el('span', { 'data-entity': entity.type });
    }
  }

  /**
   * Rebuilds formatted text from plain text plus entities (offsets in UTF-16 units, like JS
   * strings). Overlapping entities are split at the parent's edge so the DOM stays a tree.
   */
  function richText(text, entities = []) {
    const root = document.createDocumentFragment();
    const sorted = [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
    build(root, 0, text.length, sorted);
    return root;

    function build(parent, start, end, list) {
      let pos = start;
      let pending = list;
      while (pending.length > 0) {
        const [entity, ...others] = pending;
        const from = Math.max(entity.offset, pos);
        const to = Math.min(entity.offset + entity.length, end);
        pending = others;
        if (to <= from) continue;
        if (from > pos) parent.append(text.slice(pos, from));
        const inner = [];
        const rest = [];
        for (const other of others) {
          if (other.offset < to) {
            inner.push(other);
            const otherEnd = other.offset + other.length;
            if (otherEnd > to) rest.push({ ...other, offset: to, length: otherEnd - to });
          } else rest.push(other);
        }
        const node = entityElement(entity, text);
        build(node, from, to, inner);
        parent.append(node);
        pos = to;
        pending = rest.sort((a, b) => a.offset - b.offset || b.length - a.length);
      }
      if (pos < end) parent.append(text.slice(pos, end));
    }
  }

  function inlineKeyboard(message, onPress) {
    const markup = message.reply_markup;
    if (!markup?.inline_keyboard) return null;
    // Telegram drops empty rows (a builder's trailing .row()); so does the page.
    const rows = markup.inline_keyboard
      .filter((row) => row.length > 0)
      .map((row) =>
        el(
          'div',
          { className: 'row' },
          row.map((button) => {
            if (button.callback_data !== undefined) {
              const press = () => onPress(message.message_id, button.callback_data);
              return el('button', { type: 'button', onclick: press }, button.text);
            }
            if (button.url && SAFE_LINK.test(button.url)) {
              return el(
                'a',
                { href: button.url, target: '_blank', rel: 'noopener noreferrer' },
                `${button.text} ↗`,
              );
            }
            return el(
              'button',
              { type: 'button', disabled: '', title: '沙盒不支持 Not in sandbox' },
              button.text,
            );
          }),
        ),
      );
    return el('div', { className: 'inline-kb' }, rows);
  }

  function messageBody(message) {
    const parts = [];
    if (message.photo) {
      parts.push(
        el('img', {
          src: `/api/file/${encodeURIComponent(message.photo.file_id)}`,
          alt: '照片 photo',
        }),
      );
    }
    if (message.document)
      parts.push(el('div', {}, `📄 ${message.document.file_name ?? 'document'}`));
    if (message.media) parts.push(el('div', {}, `🎞️ ${message.media.kind}`));
    if (message.contact) {
      parts.push(el('div', {}, `👤 ${message.contact.first_name} ${message.contact.phone_number}`));
    }
    if (message.location) {
      const { latitude, longitude } = message.location;
      parts.push(el('div', {}, `📍 ${latitude.toFixed(5)}, ${longitude.toFixed(5)}`));
    }
    const text = message.text ?? message.caption;
    if (text !== undefined)
      parts.push(el('div', { className: 'body' }, richText(text, message.entities)));
    return parts;
  }

  /**
   * One chat bubble. `view` says who is looking (`viewerId`), whether the chat is a group, what
   * pressing an inline button does (`onPress(messageId, data)`), and, with `onReply(message)`,
   * offers a reply button (how an officer answers an "ask my officer" question).
   */
  function renderMessage(message, byId, view) {
    const mine = message.from === 'user' && message.userId === view.viewerId;
    const kind = message.from === 'bot' ? 'bot' : mine ? 'me' : 'other';
    const showName = !mine && (view.group || message.from === 'bot');
    const quoted = message.reply_to_message_id && byId.get(message.reply_to_message_id);
    const time = new Date(message.date * 1000).toLocaleTimeString([], {
      hour: '2-digit',
      minute: '2-digit',
    });
    return el(
      'div',
      { className: `msg ${kind}` },
      showName && el('div', { className: 'who' }, message.senderName),
      message.forwarded && el('div', { className: 'quote' }, '↪ 转发 forwarded'),
      quoted &&
        el(
          'div',
          { className: 'quote' },
          `${quoted.senderName}: ${(quoted.text ?? quoted.caption ?? '…').slice(0, 60)}`,
        ),
      messageBody(message),
      inlineKeyboard(message, view.onPress),
      el(
        'div',
        { className: 'meta' },
        view.onReply &&
          el(
            'button',
            {
              type: 'button',
              className: 'reply-btn',
              title: '回复这条消息 Reply to this message',
              onclick: () => view.onReply(message),
            },
            '↩ 回复 Reply',
          ),
        message.edit_date ? `已编辑 edited · ${time}` : time,
      ),
    );
  }

  globalThis.webchatRender = { el, label, richText, renderMessage };
})();
