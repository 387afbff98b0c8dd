// 村警通 web chat's service worker: shows the nudge a push brings and opens the chat when it is
// tapped. It caches nothing: the chat always loads fresh from the server.

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (_error) {
    data = {};
  }
  event.waitUntil(
    self.registration.showNotification(data.title || '村警通', {
      body: data.body || '',
      tag: 'cunjing',
      renotify: true,
      data: {
        url: typeof data.url === 'string' && data.url.startsWith('/web/') ? data.url : '/web/',
      },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data.url, self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const w of windows)
        if (w.url.startsWith(`${self.location.origin}/web/`)) return w.focus();
      return self.clients.openWindow(url);
    }),
  );
});
