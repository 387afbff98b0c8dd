// biome-ignore-all lint/complexity/useOptionalChain: older WeChat web views cannot parse `?.`.
// 村警通 web chat: a small page script with no framework, written for older WeChat and Android
// web views too (no optional chaining, no optional catch binding). Every text from the server or
// the resident goes in with textContent, never innerHTML, so typed markup shows literally.

(() => {
  const $ = (id) => document.getElementById(id);
  const log = $('log');
  const menu = $('menu');
  const input = $('text');
  const state = { csrf: '', texts: {}, lastId: 0, mode: 'ask', village: null };
  const tx = (k) => state.texts[k] || '';

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function scrollDown() {
    window.scrollTo(0, document.body.scrollHeight);
  }

  function say(text, who) {
    log.appendChild(el('div', `bubble ${who || 'system'}`, text));
    scrollDown();
  }

  function block(b) {
    if (b.type === 'title') return el('h3', 'title', b.text);
    if (b.type === 'note') return el('p', 'note', b.text);
    if (b.type === 'paragraph') return el('p', 'para', b.text);
    if (b.type === 'field') {
      const p = el('p', 'field');
      p.append(el('span', 'label', b.label), ' ', el('span', 'value', b.value));
      return p;
    }
    if (b.type === 'quote') {
      const p = el('p', 'quote');
      p.append(el('q', '', b.quote), ' ', el('span', 'note', b.note));
      return p;
    }
    const box = el('div', 'list');
    if (b.label) box.appendChild(el('p', 'label', b.label));
    const ul = el('ul');
    for (const item of b.items) ul.appendChild(el('li', '', item));
    box.appendChild(ul);
    return box;
  }

  function show(message) {
    const card = el('div', `bubble bot tone-${message.tone}`);
    for (const b of message.blocks) card.appendChild(block(b));
    if (message.choices.length) {
      const row = el('div', 'choices');
      for (const c of message.choices) {
        if (c.action.startsWith('call:')) {
          const a = el('a', 'choice', c.label);
          a.href = `tel:${c.action.slice(5).replace(/[^\d+-]/g, '')}`;
          row.appendChild(a);
          continue;
        }
        const button = el('button', 'choice', c.label);
        button.type = 'button';
        button.addEventListener('click', () => act(c.action));
        row.appendChild(button);
      }
      card.appendChild(row);
    }
    log.appendChild(card);
    scrollDown();
  }

  async function call(method, path, body) {
    const options = { method, credentials: 'same-origin', headers: {} };
    if (method === 'POST') {
      options.headers['content-type'] = 'application/json';
      options.headers['x-csrf-token'] = state.csrf;
      options.body = JSON.stringify(body || {});
    }
    try {
      const res = await fetch(`/web/api/${path}`, options);
      const data = await res.json();
      if (!res.ok) {
        say(data.error ? data.error.message : tx('web-error'));
        return null;
      }
      return data;
    } catch (_error) {
      say(tx('web-error'));
      return null;
    }
  }

  async function showFrom(method, path, body) {
    const data = await call(method, path, body);
    if (data && data.message) show(data.message);
    return data;
  }

  async function act(action) {
    const [verb, arg] = [action.split(':')[0], action.slice(action.indexOf(':') + 1)];
    const q = encodeURIComponent(arg);
    if (verb === 'topic') return showFrom('GET', `topic?id=${q}`);
    if (verb === 'full') return showFrom('GET', `topic?id=${q}&part=full`);
    if (verb === 'category') return showFrom('GET', `menu?category=${q}`);
    if (verb === 'menu') return showFrom('GET', 'menu');
    if (verb === 'officer') return showFrom('GET', 'officer');
    if (verb === 'places') return showFrom('GET', 'places');
    if (verb === 'township') return showFrom('GET', `places?township=${q}`);
    if (verb === 'mine') return mine();
    if (verb === 'askofficer') return officerMode();
    if (verb === 'myreports') return showFrom('GET', 'myreports');
    if (verb === 'myreport') return showFrom('GET', `myreport?id=${q}`);
    if (verb === 'addinfo') return addInfoForm(arg);
    if (verb === 'feedback') {
      // `feedback:<report id>:yes|no`: the server checks the report is this device's.
      const parts = arg.split(':');
      return showFrom('POST', 'feedback', { reportId: Number(parts[0]), answer: parts[1] });
    }
    if (verb === 'reminders') return showFrom('GET', 'reminders');
    if (verb === 'remind') return showFrom('POST', 'reminders', { toggle: arg });
    if (verb === 'quiet') return showFrom('POST', 'reminders', { quiet: Number(arg) });
    if (verb === 'urgentoff') return showFrom('POST', 'reminders', { urgentOff: true });
    if (verb === 'smssettings') return showFrom('GET', 'sms');
    if (verb === 'smsphone')
      return textMode('phone', 'web-sms-phone-placeholder', 'web-sms-phone-prompt');
    if (verb === 'sms') return showFrom('POST', 'sms', { toggle: arg });
    if (verb === 'smsoff') return showFrom('POST', 'sms', { off: true });
    if (verb === 'village') {
      const data = await showFrom('POST', 'village', { code: arg });
      if (data && data.village) state.village = data.village;
    }
  }

  // The report form, built from the server's kinds and categories. The cookie warning stands
  // beside "anonymous" so nobody files an anonymous report without reading it.
  async function reportForm() {
    const form = await call('GET', 'reportform');
    if (!form) return;
    if (!form.available) return say(tx('web-report-soon'));
    const f = (k) => form.texts[k];
    const card = el('form', 'bubble bot report');
    card.appendChild(el('h3', 'title', f('web-report-title')));
    const category = el('select');
    for (const kind of form.kinds) {
      const group = el('optgroup');
      group.label = kind.label;
      for (const c of kind.categories) {
        const option = el('option', '', c.label);
        option.value = c.id;
        group.appendChild(option);
      }
      category.appendChild(group);
    }
    const description = el('textarea');
    description.rows = 4;
    description.maxLength = 2000;
    const place = el('input');
    place.maxLength = 200;
    let located = null;
    const locate = el('button', 'choice', f('web-report-use-location'));
    locate.type = 'button';
    locate.addEventListener(
      'click',
      () =>
        navigator.geolocation &&
        navigator.geolocation.getCurrentPosition((p) => {
          located = { latitude: p.coords.latitude, longitude: p.coords.longitude };
          locate.textContent = f('web-report-location-set');
        }),
    );
    const photos = el('input');
    photos.type = 'file';
    photos.accept = 'image/jpeg,image/png';
    photos.multiple = true;
    const anonymous = el('input');
    anonymous.type = 'checkbox';
    anonymous.checked = true;
    const anonymousLabel = el('label', 'check');
    anonymousLabel.append(anonymous, ' ', f('web-report-anonymous'));
    const submit = el('button', 'choice', f('web-report-submit'));
    submit.type = 'submit';
    const labelled = (text, field) => {
      const label = el('label', 'label', text);
      label.appendChild(field);
      return label;
    };
    card.append(
      labelled(f('web-report-category'), category),
      labelled(f('web-report-description'), description),
      labelled(f('web-report-place'), place),
      locate,
      labelled(f('web-report-photos'), photos),
      anonymousLabel,
      el('p', 'note', f('web-cookie-warning')),
      submit,
    );
    const key = crypto.randomUUID
      ? crypto.randomUUID()
      : `${Date.now()}-${Math.random()}`.replace('.', '');
    card.addEventListener('submit', async (e) => {
      e.preventDefault();
      submit.disabled = true;
      const data = await showFrom('POST', 'report', {
        photos: await Promise.all([...photos.files].slice(0, 3).map(base64)),
        category: category.value,
        description: description.value,
        place: place.value.trim() ? { text: place.value } : located || {},
        anonymous: anonymous.checked,
        submissionKey: key,
      });
      if (data) card.remove();
      else submit.disabled = false;
    });
    log.appendChild(card);
    scrollDown();
  }

  // Adding to one's own report (often the answer to an officer's question): words, a photo, or
  // both. The server checks the report is this device's before anything is stored.
  function addInfoForm(reportId) {
    const card = el('form', 'bubble bot addinfo');
    card.appendChild(el('h3', 'title', tx('web-mine-add-title')));
    const text = el('textarea');
    text.rows = 3;
    text.maxLength = 2000;
    const photo = el('input');
    photo.type = 'file';
    photo.accept = 'image/jpeg,image/png';
    const submit = el('button', 'choice', tx('web-mine-add-submit'));
    submit.type = 'submit';
    const labelled = (label, field) => {
      const node = el('label', 'label', label);
      node.appendChild(field);
      return node;
    };
    card.append(
      labelled(tx('web-mine-add-text'), text),
      labelled(tx('web-mine-add-photo'), photo),
      submit,
    );
    card.addEventListener('submit', async (e) => {
      e.preventDefault();
      const file = photo.files[0];
      if (!text.value.trim() && !file) return say(tx('web-no-text'));
      submit.disabled = true;
      const data = await showFrom('POST', 'addinfo', {
        reportId: Number(reportId),
        text: text.value,
        photo: file ? await base64(file) : '',
      });
      if (data) card.remove();
      else submit.disabled = false;
    });
    log.appendChild(card);
    scrollDown();
    text.focus();
  }

  function base64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).split(',')[1] || '');
      reader.onerror = reject;
      reader.readAsDataURL(file);
    });
  }

  function menuButton(key, onClick) {
    const button = el('button', 'menu-button', tx(key));
    button.type = 'button';
    button.addEventListener('click', onClick);
    menu.appendChild(button);
  }

  function applyTexts() {
    document.title = tx('web-title');
    menu.textContent = '';
    menuButton('menu-services', () => act('menu'));
    menuButton('menu-scam', () => {
      state.mode = 'scam';
      input.placeholder = tx('web-scam-placeholder');
      $('send').textContent = tx('web-scam-check');
      say(tx('web-scam-prompt'));
      input.focus();
    });
    menuButton('menu-report', reportForm);
    menuButton('menu-mine', () => act('mine'));
    askMode();
    $('larger').textContent = tx('web-larger-text');
    for (const b of document.querySelectorAll('.lang'))
      b.setAttribute('aria-current', String(b.dataset.lang === document.documentElement.lang));
  }

  // 我的, as in the bot: the officer card, asking the officer, my reports, reminders.
  function mine() {
    show({
      tone: 'info',
      blocks: [{ type: 'title', text: tx('mine-title') }],
      choices: [
        { label: tx('mine-officer'), action: 'officer' },
        { label: tx('web-askofficer'), action: 'askofficer' },
        { label: tx('mine-reports'), action: 'myreports' },
        { label: tx('mine-reminders'), action: 'reminders' },
        ...(state.sms ? [{ label: tx('web-sms-title'), action: 'smssettings' }] : []),
      ],
    });
  }

  // SMS settings: the main box takes the phone number, then the code sent to it.
  function textMode(mode, placeholder, prompt) {
    state.mode = mode;
    input.placeholder = tx(placeholder);
    $('send').textContent = tx('web-send');
    if (prompt) say(tx(prompt));
    input.focus();
  }

  function officerMode() {
    state.mode = 'officer';
    input.placeholder = tx('web-askofficer-placeholder');
    $('send').textContent = tx('web-askofficer-send');
    say(tx('web-askofficer-prompt'));
    input.focus();
  }

  function askMode() {
    state.mode = 'ask';
    input.placeholder = tx('web-ask-placeholder');
    $('send').textContent = tx('web-send');
  }

  function adopt(data) {
    state.csrf = data.csrf;
    state.texts = data.texts;
    state.village = data.village;
    state.sms = data.sms === true;
    document.documentElement.lang = data.locale;
    applyTexts();
    // push.js offers notifications once it has the device's token and texts.
    document.dispatchEvent(
      new CustomEvent('cunjing:session', { detail: { csrf: data.csrf, texts: data.texts } }),
    );
  }

  function receive(entry) {
    if (entry.id <= state.lastId) return;
    state.lastId = entry.id;
    show(entry.body);
  }

  function listen() {
    if (!window.EventSource) return;
    const events = new EventSource(`/web/api/events?after=${state.lastId}`);
    events.addEventListener('message', (e) => receive(JSON.parse(e.data)));
  }

  $('ask').addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return say(tx('web-no-text'));
    input.value = '';
    say(text, 'me');
    if (state.mode === 'phone' || state.mode === 'smscode') {
      const phone = state.mode === 'phone';
      askMode();
      const data = await showFrom(
        'POST',
        phone ? 'smsphone' : 'smscode',
        phone ? { phone: text } : { code: text },
      );
      if (data && data.expect === 'smscode') textMode('smscode', 'web-sms-code-placeholder');
      else if (!data)
        textMode(
          phone ? 'phone' : 'smscode',
          phone ? 'web-sms-phone-placeholder' : 'web-sms-code-placeholder',
        );
      return;
    }
    const path = { scam: 'check', officer: 'askofficer' }[state.mode] || 'ask';
    askMode();
    await showFrom('POST', path, { text });
  });

  $('larger').addEventListener('click', () => {
    const on = document.body.classList.toggle('larger');
    $('larger').setAttribute('aria-pressed', String(on));
    try {
      localStorage.setItem('cj-larger', on ? '1' : '');
    } catch (_error) {}
  });

  for (const b of document.querySelectorAll('.lang')) {
    b.addEventListener('click', async () => {
      const data = await call('POST', 'language', { locale: b.dataset.lang });
      if (data) adopt(data);
    });
  }

  async function start() {
    try {
      if (localStorage.getItem('cj-larger')) {
        document.body.classList.add('larger');
        $('larger').setAttribute('aria-pressed', 'true');
      }
    } catch (_error) {}
    const params = new URLSearchParams(location.search);
    const lang = params.get('lang');
    const data = await call('GET', `session${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`);
    if (!data) return;
    adopt(data);
    say(tx('web-cookie-warning'), 'notice');
    for (const entry of data.inbox) receive(entry);
    const preset = params.get('v');
    if (preset && (!state.village || preset !== state.village.code)) await act(`village:${preset}`);
    else if (!state.village) await act('places');
    // Opened from the WeChat menu's "report" entry (through /wechat/oauth): straight to the form.
    const open = params.get('open');
    if (open === 'report') await reportForm();
    if (preset || lang || open) history.replaceState(null, '', '/web/');
    listen();
  }
  start();
})();
