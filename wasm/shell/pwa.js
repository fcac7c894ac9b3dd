// Page side of the service worker (sw.js): registers it, learns when a new version is ready, and applies
// it when the app asks (wasm/pwa/update.cpp calls apply() only when the workspace is saved: the waiting
// worker takes over, then the page reloads). A separate file because the CSP forbids inline scripts.
(function () {
  var pwa = {
    updateReady: false,
    applying: false,
    apply: function () {},
  };
  window.overblikPwa = pwa;
  if (!('serviceWorker' in navigator)) return;

  var changed = function () { window.dispatchEvent(new Event('overblik-pwa')); };
  var markReady = function (registration) {
    if (!registration.waiting || pwa.updateReady) return;
    pwa.updateReady = true;
    pwa.apply = function () {
      if (!registration.waiting) return;
      pwa.applying = true;
      registration.waiting.postMessage({ type: 'overblik-skip-waiting' });
    };
    changed();
  };

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    // Only the update we asked for reloads; the first install's clients.claim() does not.
    if (pwa.applying) location.reload();
  });

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      markReady(registration);
      navigator.serviceWorker.addEventListener('message', function (event) {
        if (event.data && event.data.type === 'overblik-update-ready') markReady(registration);
      });
      registration.addEventListener('updatefound', function () {
        var worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) markReady(registration);
        });
      });
      // Look for a new version now and then, and whenever the network comes back.
      var check = function () { if (navigator.onLine) registration.update().catch(function () {}); };
      setInterval(check, 30 * 60 * 1000);
      window.addEventListener('online', check);
    }).catch(function (e) {
      console.warn('Overblik: service worker not registered:', e);
    });
  });
})();
