// biome-ignore-all lint/complexity/useOptionalChain: older WeChat web views cannot parse `?.`.
// 村警通 web chat: 消息提醒 (Web Push). Offers, once, to let the phone show a notification when an
// urgent warning or news about a report arrives while the page is closed. Only where the browser
// has the Push API (not in WeChat's web view, which has none): elsewhere nothing is shown.
// Written for older web views like chat.js: no optional chaining, texts set with textContent.

(() => {
  const LATER_KEY = 'cunjing-push-later';
  const LATER_DAYS = 7;
  const supported =
    window.isSecureContext &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window;
  if (!supported) return;

  let session = null;
  const tx = (k) => (session && session.texts[k]) || '';

  function keyBytes(base64url) {
    const padded = (base64url + '==='.slice((base64url.length + 3) % 4))
      .replace(/-/g, '+')
      .replace(/_/g, '/');
    const raw = atob(padded);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  async function post(path, body) {
    const res = await fetch(`/web/api/${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`push ${path}: ${res.status}`);
    return res.json();
  }

  async function subscribe(publicKey) {
    const registration = await navigator.serviceWorker.register('/web/sw.js', { scope: '/web/' });
    await navigator.serviceWorker.ready;
    const existing = await registration.pushManager.getSubscription();
    const subscription =
      existing ||
      (await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      }));
    await post('push', { subscription: subscription.toJSON() });
  }

  function laterChosenRecently() {
    const at = Number(localStorage.getItem(LATER_KEY) || 0);
    return at > 0 && Date.now() - at < LATER_DAYS * 86400000;
  }

  function offer(publicKey) {
    const bar = document.getElementById('push-offer');
    if (!bar) return;
    bar.textContent = '';
    const text = document.createElement('p');
    text.textContent = tx('web-push-offer');
    const yes = document.createElement('button');
    yes.type = 'button';
    yes.className = 'choice';
    yes.textContent = tx('web-push-enable');
    const no = document.createElement('button');
    no.type = 'button';
    no.className = 'choice secondary';
    no.textContent = tx('web-push-later');
    const row = document.createElement('div');
    row.className = 'choices';
    row.append(yes, no);
    bar.append(text, row);
    // Offered in the conversation, after what is already there, where the resident is looking.
    const log = document.getElementById('log');
    if (log) log.appendChild(bar);
    bar.hidden = false;
    document.dispatchEvent(new CustomEvent('cunjing:reveal', { detail: bar }));
    no.addEventListener('click', () => {
      localStorage.setItem(LATER_KEY, String(Date.now()));
      bar.hidden = true;
    });
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      row.hidden = true;
      try {
        const permission = await Notification.requestPermission();
        if (permission !== 'granted') throw new Error(permission);
        await subscribe(publicKey);
        text.textContent = tx('web-push-on');
      } catch (error) {
        console.warn('cunjing: notifications not turned on', String(error));
        text.textContent = tx('web-push-failed');
      }
    });
  }

  async function start() {
    const res = await fetch('/web/api/pushkey', { credentials: 'same-origin' });
    if (!res.ok) return;
    const info = await res.json();
    if (!info.available || !info.publicKey) return;
    if (Notification.permission === 'granted') {
      // Already allowed: keep this browser's subscription tied to this device.
      await subscribe(info.publicKey);
      return;
    }
    if (Notification.permission === 'default' && !laterChosenRecently()) offer(info.publicKey);
  }

  document.addEventListener('cunjing:session', (event) => {
    const first = session === null;
    session = event.detail;
    if (first) start().catch(() => {});
  });
})();
