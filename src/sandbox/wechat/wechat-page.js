// The sandbox's WeChat follower: what the emulated account sent them, a text box, menu-message
// items to tap and the account's menu. Texts are inserted with textContent, never as HTML.
const $ = (id) => document.getElementById(id);
const state = { view: null, shown: -1, mine: [] };

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

async function act(body) {
  const res = await fetch('/api/wechat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) alert((await res.json()).error?.message ?? res.statusText);
  await refresh();
}

function bubble(body) {
  if (body.msgtype === 'text') return el('div', { className: 'msg' }, body.text.content);
  if (body.msgtype === 'msgmenu') {
    const m = body.msgmenu;
    const items = m.list.map((i) =>
      el('button', {
        type: 'button',
        className: 'item',
        onclick: () => act({ action: 'choose', id: i.id, content: i.content }),
        textContent: i.content,
      }),
    );
    return el('div', { className: 'msg' }, m.head_content ?? '', ...items, m.tail_content ?? '');
  }
  return el('div', { className: 'msg' }, `(${body.msgtype})`);
}

function renderScan(v) {
  const select = el(
    'select',
    { 'aria-label': '村 · Village' },
    ...v.villages.map((x) => el('option', { value: x.code, textContent: `${x.name} (${x.code})` })),
  );
  const scan = el('button', {
    type: 'button',
    textContent: v.following ? '扫码 · Scan' : '扫码关注 · Scan & follow',
    onclick: () => act({ action: 'follow', scene: select.value }),
  });
  const leave = el('button', {
    type: 'button',
    textContent: '取消关注 · Unfollow',
    onclick: () => act({ action: 'unfollow' }),
  });
  $('scan').replaceChildren(select, scan, ...(v.following ? [leave] : []));
}

function press(button) {
  if (button.type === 'click') return act({ action: 'click', key: button.key });
  // A web page of the account: opened like WeChat's browser, through the OAuth link.
  if (button.type === 'view') globalThis.open(button.url, '_blank');
}

function renderMenu(v) {
  $('menu').replaceChildren(
    ...v.menu.button.map((b) => {
      const top = el('button', { type: 'button', textContent: b.name });
      if (!b.sub_button) {
        top.onclick = () => press(b);
        return el('div', {}, top);
      }
      const sub = el(
        'div',
        { className: 'sub', hidden: true },
        ...b.sub_button.map((s) =>
          el('button', {
            type: 'button',
            textContent: s.name,
            onclick: () => {
              sub.hidden = true;
              press(s);
            },
          }),
        ),
      );
      top.onclick = () => {
        sub.hidden = !sub.hidden;
      };
      return el('div', {}, sub, top);
    }),
  );
}

async function refresh() {
  const v = await (await fetch('/api/wechat')).json();
  const first = !state.view;
  state.view = v;
  $('who').textContent =
    `你是 ${v.name}（${v.following ? '已关注' : '未关注'}）· You are ${v.openid}`;
  if (first) {
    renderScan(v);
    renderMenu(v);
  } else if ($('scan').childElementCount !== (v.following ? 3 : 2)) renderScan(v);
  if (v.received.length === state.shown) return;
  state.shown = v.received.length;
  const log = $('log');
  // The follower's own messages (the emulator records only what they received), in place.
  const nodes = [];
  for (let i = 0; i <= v.received.length; i++) {
    for (const m of state.mine)
      if (m.at === i) nodes.push(el('div', { className: 'msg me' }, m.text));
    if (i < v.received.length) nodes.push(bubble(v.received[i]));
  }
  log.replaceChildren(...nodes);
  log.scrollTop = log.scrollHeight;
}

$('compose').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('text').value.trim();
  if (!text) return;
  $('text').value = '';
  state.mine.push({ at: state.view ? state.view.received.length : 0, text });
  state.shown = -1;
  act({ action: 'text', text });
});

refresh();
setInterval(refresh, 1000);
