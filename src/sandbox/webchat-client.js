// The web chat page's script (served as /webchat.js). Plain browser JavaScript, no build step.
// It keeps the page in step with the emulator: persona and chat switching, sending, the reply
// keyboard and command menu, live updates over Server-Sent Events. Bubbles come from
// webchat-render.js, which never uses HTML strings.

const { el, label, renderMessage } = globalThis.webchatRender;

/** Default coordinate offered when sharing a location: Xilinhot, Inner Mongolia. */
const DEFAULT_PLACE = '43.9333, 116.0667';

const page = {
  personas: document.getElementById('personas'),
  chats: document.getElementById('chats'),
  info: document.getElementById('chat-info'),
  log: document.getElementById('log'),
  typing: document.getElementById('typing'),
  keyboard: document.getElementById('keyboard'),
  commands: document.getElementById('commands'),
  form: document.getElementById('composer'),
  text: document.getElementById('text'),
  photo: document.getElementById('photo'),
  toast: document.getElementById('toast'),
  replyBar: document.getElementById('reply-bar'),
};

const state = {
  personas: [],
  groups: [],
  bot: null,
  privacyMode: true,
  as: 0,
  chat: 0,
  /** The message being replied to: `{ id, name, text }`, or null. */
  replyTo: null,
};
/** What Telegram accepts after /start in a deep link (t.me/bot?start=…). */
const START_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;
let reloadTimer;
let typingTimer;
let toastTimer;

async function api(path, options = {}) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body;
}

function post(path, body) {
  const payload = JSON.stringify({ as: state.as, chat: state.chat, ...body });
  return api(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: payload,
  })
    .then(() => scheduleReload(0))
    .catch((error) => toast(`⚠️ ${error.message}`));
}

function toast(message, ms = 3500) {
  page.toast.textContent = message;
  page.toast.classList.add('show');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => page.toast.classList.remove('show'), ms);
}

function pressButton(messageId, data) {
  post('/api/press', { messageId, data });
}

function setReply(message) {
  state.replyTo = message
    ? {
        id: message.message_id,
        name: message.senderName,
        text: (message.text ?? message.caption ?? '…').slice(0, 60),
      }
    : null;
  page.replyBar.replaceChildren();
  page.replyBar.hidden = !state.replyTo;
  if (!state.replyTo) return;
  page.replyBar.append(
    el('span', {}, `↩ 回复 ${state.replyTo.name}: ${state.replyTo.text}`),
    el(
      'button',
      { type: 'button', title: '取消回复 Cancel reply', onclick: () => setReply(null) },
      '✕',
    ),
  );
  page.text.focus?.();
}

function toggleMenu(open = !page.commands.classList.contains('open')) {
  page.commands.classList.toggle('open', open);
  // Like Telegram, the command menu takes the reply keyboard's place instead of squeezing it.
  document.body.classList.toggle('menu-open', open);
}

function renderKeyboard(keyboard) {
  page.keyboard.replaceChildren();
  if (!keyboard?.keyboard) return;
  for (const row of keyboard.keyboard) {
    const buttons = row.map((raw) => {
      const button = typeof raw === 'string' ? { text: raw } : raw;
      const press = () => {
        if (button.request_location) return shareLocation();
        if (button.request_contact) return post('/api/contact', {});
        return post('/api/send', { text: button.text });
      };
      const icon = button.request_location ? '📍' : button.request_contact ? '👤' : '';
      const hint = icon && !button.text.includes(icon) ? `${icon} ` : '';
      return el('button', { type: 'button', onclick: press }, `${hint}${button.text}`);
    });
    page.keyboard.append(el('div', { className: 'row' }, buttons));
  }
}

function renderCommands(commands) {
  page.commands.replaceChildren(
    ...commands.map((c) =>
      el(
        'button',
        { type: 'button', onclick: () => sendCommand(c.command) },
        el('b', {}, `/${c.command}`),
        c.description,
      ),
    ),
  );
  if (commands.length === 0)
    page.commands.append(el('div', { className: 'msg' }, '（未设置命令 no commands set）'));
}

function sendCommand(command) {
  toggleMenu(false);
  post('/api/send', { text: `/${command}` });
}

async function loadChat() {
  if (!state.as || !state.chat) return;
  const { as, chat } = state;
  const data = await api(`/api/chat?as=${as}&chat=${chat}`).catch((error) => {
    toast(`⚠️ ${error.message}`);
    return null;
  });
  if (!data || as !== state.as || chat !== state.chat) return; // switched chats meanwhile
  const nearBottom = page.log.scrollHeight - page.log.scrollTop - page.log.clientHeight < 80;
  const byId = new Map(data.messages.map((m) => [m.message_id, m]));
  const view = {
    viewerId: state.as,
    group: state.chat < 0,
    onPress: pressButton,
    onReply: setReply,
  };
  page.log.replaceChildren(...data.messages.map((m) => renderMessage(m, byId, view)));
  if (data.messages.length === 0) {
    const hint = state.chat > 0 ? ' 新用户请发 /start · New here? Send /start' : '';
    page.log.append(el('div', { className: 'msg empty' }, `暂无消息 · No messages yet.${hint}`));
  }
  renderKeyboard(data.keyboard);
  renderCommands(data.commands);
  if (nearBottom) page.log.scrollTop = page.log.scrollHeight;
}

function scheduleReload(delay = 40) {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(loadChat, delay);
}

function chatsOf(personaId) {
  const groups = state.groups.filter((g) => g.memberIds.includes(personaId));
  return [
    { id: personaId, title: '与机器人私聊', titleEn: `Private chat with @${state.bot.username}` },
    ...groups,
  ];
}

/** Languages by name, never by locale code: the page is read by people, not developers. */
const LANGUAGE_NAMES = { 'zh-CN': '中文', zh: '中文', mn: '蒙古文 Mongolian', en: 'English' };

function renderNav() {
  page.personas.replaceChildren(
    ...state.personas.map((p) =>
      el(
        'button',
        { type: 'button', 'aria-pressed': p.id === state.as, onclick: () => select(p.id, p.id) },
        label(
          `${p.first_name} · ${p.roleLabel}`,
          `${p.last_name ? `${p.last_name} · ` : ''}${p.roleLabelEn} · ${LANGUAGE_NAMES[p.language_code] ?? p.language_code ?? ''}`,
        ),
      ),
    ),
    // The WeChat follower, when the sandbox runs the WeChat emulator (SANDBOX_WECHAT).
    ...(state.wechat
      ? [
          el(
            'button',
            { type: 'button', onclick: () => globalThis.location.assign('/wechat') },
            label(`${state.wechat.name} · 微信`, 'WeChat follower'),
          ),
        ]
      : []),
  );
  const chats = chatsOf(state.as);
  page.chats.replaceChildren(
    ...chats.map((c) =>
      el(
        'button',
        {
          type: 'button',
          'aria-pressed': c.id === state.chat,
          onclick: () => select(state.as, c.id),
        },
        label(c.title, c.titleEn),
      ),
    ),
  );
  const persona = state.personas.find((p) => p.id === state.as);
  page.info.textContent =
    state.chat < 0 && state.privacyMode
      ? `你是 ${persona.first_name}。群隐私模式：机器人只收到 /命令、回复它的消息和 @${state.bot.username}。 · Privacy mode: the bot sees only commands, replies to it and mentions.`
      : `你是 ${persona.first_name}（${persona.roleLabel}）· You are ${persona.first_name} (${persona.roleLabelEn}), id ${persona.id}`;
}

function select(as, chat) {
  state.as = as;
  state.chat = chat;
  location.hash = `${as}/${chat}`;
  toggleMenu(false);
  setReply(null);
  page.typing.textContent = '';
  renderNav();
  page.log.replaceChildren();
  scheduleReload(0);
}

function shareLocation() {
  const answer = prompt('位置：纬度, 经度 · Location: latitude, longitude', DEFAULT_PLACE);
  if (answer === null) return;
  const [latitude, longitude] = answer
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    toast('⚠️ 格式：43.93, 116.07 · Format: 43.93, 116.07');
    return;
  }
  post('/api/location', { latitude, longitude });
}

function onEvent(event) {
  if (event.type === 'callback_answer') {
    if (event.userId !== state.as || !event.text) return;
    if (event.showAlert) alert(event.text);
    else toast(event.text);
    return;
  }
  if (event.chatId !== state.chat) return;
  if (event.type === 'chat_action') {
    page.typing.textContent = `${state.bot.first_name} 正在输入… · ${event.action.replace('_', ' ')}…`;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      page.typing.textContent = '';
    }, 5000);
    return;
  }
  if (event.fromBot) page.typing.textContent = '';
  scheduleReload();
}

page.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = page.text.value.trim();
  if (!text) return;
  page.text.value = '';
  const replyTo = state.replyTo?.id;
  setReply(null);
  post('/api/send', { text, replyTo });
});
page.text.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    page.form.requestSubmit();
  }
});
page.photo.addEventListener('change', async () => {
  const file = page.photo.files?.[0];
  page.photo.value = '';
  if (!file) return;
  const caption = page.text.value.trim();
  page.text.value = '';
  const query = new URLSearchParams({ as: String(state.as), chat: String(state.chat), caption });
  if (state.replyTo) query.set('replyTo', String(state.replyTo.id));
  setReply(null);
  await api(`/api/photo?${query}`, {
    method: 'POST',
    headers: { 'content-type': file.type || 'image/jpeg' },
    body: file,
  })
    .then(() => scheduleReload(0))
    .catch((error) => toast(`⚠️ ${error.message}`));
});
document.getElementById('location').addEventListener('click', shareLocation);
document.getElementById('menu').addEventListener('click', () => toggleMenu());

/**
 * `?start=v_<code>` in the page address acts like opening t.me/<bot>?start=v_<code>: the
 * current persona sends `/start v_<code>` in their private chat, once. The parameter is then
 * dropped from the address, so reloading the page does not send it again.
 */
function followDeepLink() {
  const params = new URLSearchParams(location.search ?? '');
  const payload = params.get('start');
  if (payload === null) return;
  params.delete('start');
  const rest = params.toString();
  globalThis.history?.replaceState?.(
    null,
    '',
    `${location.pathname ?? '/'}${rest ? `?${rest}` : ''}${location.hash ?? ''}`,
  );
  if (!START_PAYLOAD.test(payload)) {
    toast('⚠️ start= 只能用字母、数字、_ 和 - · start= takes letters, digits, _ and - only');
    return;
  }
  if (state.chat !== state.as) select(state.as, state.as);
  post('/api/send', { text: `/start ${payload}` });
}

/** Opens the persona and chat named in the address (`#<persona>/<chat>`), or the first persona. */
function selectFromHash() {
  const [as, chat] = (location.hash ?? '').slice(1).split('/').map(Number);
  const persona = state.personas.find((p) => p.id === as) ?? state.personas[0];
  const chats = chatsOf(persona.id).map((c) => c.id);
  const target = chats.includes(chat) ? chat : persona.id;
  if (persona.id !== state.as || target !== state.chat) select(persona.id, target);
}

async function main() {
  const data = await api('/api/state');
  Object.assign(state, data);
  state.wechat = await fetch('/api/wechat')
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
  selectFromHash();
  globalThis.addEventListener?.('hashchange', selectFromHash);
  followDeepLink();
  const events = new EventSource('/api/events');
  events.onmessage = (message) => onEvent(JSON.parse(message.data));
  events.onerror = () => page.typing.replaceChildren('⚠️ 连接中断，重连中… · reconnecting…');
  events.onopen = () => {
    page.typing.textContent = '';
    scheduleReload(0);
  };
}

main().catch((error) => toast(`⚠️ ${error.message}`, 10_000));
