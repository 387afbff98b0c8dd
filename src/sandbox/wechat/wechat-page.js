// The sandbox's WeChat follower: what the emulated account sent them (texts, menu messages,
// pictures, template messages), a text box, a picture button, menu-message items to tap and the
// account's menu. Texts are inserted with textContent, never as HTML.
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
  if (body.msgtype === 'image')
    return el('div', { className: 'msg pic' }, el('img', { src: body.src, alt: '图片 · Picture' }));
  if (body.msgtype === 'template') {
    // A template message: the account's notice card, its fields as WeChat shows them.
    const fields = Object.entries(body.data ?? {}).map(([key, field]) =>
      el('div', { className: 'field' }, `${key}: ${field?.value ?? ''}`),
    );
    const open = body.url
      ? [
          el('a', {
            href: body.url,
            target: '_blank',
            rel: 'noopener',
            textContent: '详情 · Details',
          }),
        ]
      : [];
    return el(
      'div',
      { className: 'msg template' },
      el('div', { className: 'kind' }, '服务通知 · Template message'),
      ...fields,
      ...open,
    );
  }
  return el('div', { className: 'msg' }, `(${body.msgtype})`);
}

/** The follower's own message: words, or a picture they sent. */
function mine(m) {
  if (m.src)
    return el('div', { className: 'msg me pic' }, el('img', { src: m.src, alt: '我发的图片' }));
  return el('div', { className: 'msg me' }, m.text);
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
    for (const m of state.mine) if (m.at === i) nodes.push(mine(m));
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

$('picture').addEventListener('change', async () => {
  const file = $('picture').files?.[0];
  $('picture').value = '';
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  state.mine.push({
    at: state.view ? state.view.received.length : 0,
    src: URL.createObjectURL(file),
  });
  state.shown = -1;
  act({ action: 'image', data: btoa(binary), contentType: file.type });
});

refresh();
setInterval(refresh, 1000);
