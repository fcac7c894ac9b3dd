// Issue 8: the app's view of the service worker state kept by shell/pwa.js (window.overblikPwa).
// C++ side: wasm/pwa/update.cpp.
var LibraryPwa = {
  overblik_js_pwa_init: function() {
    window.addEventListener('overblik-pwa', function() { _overblik_wake(); });
  },
  overblik_js_pwa_update_ready: function() {
    return window.overblikPwa && window.overblikPwa.updateReady ? 1 : 0;
  },
  overblik_js_pwa_apply: function() {
    if (window.overblikPwa) window.overblikPwa.apply();
  },
};
mergeInto(LibraryManager.library, LibraryPwa);
