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

  // The dock (menu and text box) is fixed at the bottom; the page keeps its height free below
  // the newest message, whatever the language, text size or mode makes it.
  function fitDock() {
    document.body.style.paddingBottom = `${$('dock').offsetHeight + 12}px`;
  }

  // Brings a new message into view: the end of the conversation, or the start of a message
  // too tall for the screen, so a long answer is read from its title, not from its last line.
  function reveal(node) {
    fitDock();
    const header = document.querySelector('.top');
    const above = header ? header.offsetHeight : 0;
    const room = window.innerHeight - above - $('dock').offsetHeight;
    if (node && node.offsetHeight > room) {
      const top = node.getBoundingClientRect().top + window.pageYOffset;
      window.scrollTo(0, top - above - 8);
    } else window.scrollTo(0, document.body.scrollHeight);
  }

  function say(text, who) {
    log.appendChild(el('div', `bubble ${who || 'system'}`, text));
    reveal();
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
    reveal(card);
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
    if (verb === 'points') return showFrom('GET', 'points');
    if (verb === 'pointscode') return showFrom('POST', 'pointscode');
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
    // Without a position (refused, no GPS, or a page without https) the button says so and
    // points to the typed place, instead of doing nothing.
    const noPosition = () => {
      locate.textContent = f('web-report-location-failed');
      place.focus();
    };
    locate.addEventListener('click', () => {
      if (!navigator.geolocation) return noPosition();
      locate.textContent = f('web-report-locating');
      navigator.geolocation.getCurrentPosition(
        (p) => {
          located = { latitude: p.coords.latitude, longitude: p.coords.longitude };
          locate.textContent = f('web-report-location-set');
        },
        noPosition,
        { timeout: 20000 },
      );
    });
    const photos = photoPicker(f('web-photo-pick'), true);
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
      el('p', 'label', f('web-report-photos')),
      photos.picker,
      anonymousLabel,
      el('p', 'note', f('web-cookie-warning')),
      submit,
      closeButton(card),
    );
    const key = crypto.randomUUID
      ? crypto.randomUUID()
      : `${Date.now()}-${Math.random()}`.replace('.', '');
    card.addEventListener('submit', async (e) => {
      e.preventDefault();
      submit.disabled = true;
      const data = await showFrom('POST', 'report', {
        photos: await Promise.all([...photos.input.files].slice(0, 3).map(base64)),
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
    reveal(card);
  }

  // A way out of a form: it goes, and the chat is as it was.
  function closeButton(form) {
    const button = el('button', 'choice secondary', tx('web-cancel'));
    button.type = 'button';
    button.addEventListener('click', () => {
      form.remove();
      say(tx('web-cancelled'));
    });
    return button;
  }

  // Adding to one's own report (often the answer to an officer's question): words, a photo, or
  // both. The server checks the report is this device's before anything is stored.
  function addInfoForm(reportId) {
    const card = el('form', 'bubble bot addinfo');
    card.appendChild(el('h3', 'title', tx('web-mine-add-title')));
    const text = el('textarea');
    text.rows = 3;
    text.maxLength = 2000;
    const photo = photoPicker(tx('web-photo-pick'), false);
    const submit = el('button', 'choice', tx('web-mine-add-submit'));
    submit.type = 'submit';
    const labelled = (label, field) => {
      const node = el('label', 'label', label);
      node.appendChild(field);
      return node;
    };
    card.append(
      labelled(tx('web-mine-add-text'), text),
      el('p', 'label', tx('web-mine-add-photo')),
      photo.picker,
      submit,
      closeButton(card),
    );
    card.addEventListener('submit', async (e) => {
      e.preventDefault();
      const file = photo.input.files[0];
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
    reveal(card);
    text.focus();
  }

  // A large "take or choose a photo" button in the page's language instead of the browser's
  // small file field; once chosen, it names the photos, and a tap chooses again.
  function photoPicker(label, multiple) {
    const input = el('input');
    input.type = 'file';
    input.accept = 'image/jpeg,image/png';
    input.multiple = multiple;
    const picker = el('label', 'choice photo');
    const text = el('span', '', label);
    picker.append(input, text);
    input.addEventListener('change', () => {
      const names = [...input.files].map((file) => file.name);
      text.textContent = names.length ? `✅ ${names.join('、')}` : label;
    });
    return { picker, input };
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
    // A menu button starts something new: whatever the text box was waiting for is dropped.
    menuButton('menu-services', () => {
      askMode();
      act('menu');
    });
    menuButton('menu-scam', () => {
      setMode('scam', 'web-scam-placeholder', 'web-scam-check');
      say(tx('web-scam-prompt'));
      input.focus();
    });
    menuButton('menu-report', () => {
      askMode();
      reportForm();
    });
    menuButton('menu-mine', () => {
      askMode();
      act('mine');
    });
    askMode();
    $('larger').textContent = tx('web-larger-text');
    $('cancel').textContent = tx('web-cancel');
    for (const b of document.querySelectorAll('.lang'))
      b.setAttribute('aria-current', String(b.dataset.lang === document.documentElement.lang));
  }

  // 我的, as in the bot: the officer card, asking the officer, my reports, points, reminders.
  function mine() {
    show({
      tone: 'info',
      blocks: [{ type: 'title', text: tx('mine-title') }],
      choices: [
        { label: tx('mine-officer'), action: 'officer' },
        { label: tx('web-askofficer'), action: 'askofficer' },
        { label: tx('mine-reports'), action: 'myreports' },
        { label: tx('web-points'), action: 'points' },
        { label: tx('mine-reminders'), action: 'reminders' },
        ...(state.sms ? [{ label: tx('web-sms-title'), action: 'smssettings' }] : []),
      ],
    });
  }

  // SMS settings: the main box takes the phone number, then the code sent to it.
  function textMode(mode, placeholder, prompt) {
    setMode(mode, placeholder, 'web-send');
    if (prompt) say(tx(prompt));
    input.focus();
  }

  function officerMode() {
    setMode('officer', 'web-askofficer-placeholder', 'web-askofficer-send');
    say(tx('web-askofficer-prompt'));
    input.focus();
  }

  // What the text box is for. Anything but an ordinary question shows 取消 beside it, so a
  // resident who tapped by mistake is never stuck sending a question to the wrong place.
  function setMode(mode, placeholder, sendKey) {
    state.mode = mode;
    input.placeholder = tx(placeholder);
    $('send').textContent = tx(sendKey);
    $('cancel').hidden = mode === 'ask';
    fitDock();
  }

  function askMode() {
    setMode('ask', 'web-ask-placeholder', 'web-send');
  }

  function adopt(data) {
    state.csrf = data.csrf;
    state.texts = data.texts;
    state.village = data.village;
    state.sms = data.sms === true;
    document.documentElement.lang = data.locale;
    applyTexts();
  }

  // push.js offers notifications once it has the device's token and texts: after the first
  // messages, so its offer comes last, in view, rather than scrolled off above them.
  function announce(data) {
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

  $('cancel').addEventListener('click', () => {
    askMode();
    input.value = '';
    say(tx('web-cancelled'));
  });

  // On a touch phone the keyboard takes half the screen while typing: the menu steps aside.
  const touch = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
  input.addEventListener('focus', () => {
    if (touch) document.body.classList.add('typing');
    fitDock();
  });
  input.addEventListener('blur', () => {
    document.body.classList.remove('typing');
    fitDock();
  });
  window.addEventListener('resize', fitDock);
  // push.js shows its offer in the conversation and asks for it to be brought into view.
  document.addEventListener('cunjing:reveal', (e) => reveal(e.detail));

  $('larger').addEventListener('click', () => {
    const on = document.body.classList.toggle('larger');
    fitDock();
    $('larger').setAttribute('aria-pressed', String(on));
    try {
      localStorage.setItem('cj-larger', on ? '1' : '');
    } catch (_error) {}
  });

  for (const b of document.querySelectorAll('.lang')) {
    b.addEventListener('click', async () => {
      const data = await call('POST', 'language', { locale: b.dataset.lang });
      if (data) {
        adopt(data);
        announce(data);
      }
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
    announce(data);
    listen();
  }
  start();
})();
