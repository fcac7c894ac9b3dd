// Issue 8: the sync transport's requests (C++ side: wasm/sync/browser_sync.cpp). Each request answers once
// with overblik_sync_on_response(id, status, body): status 0 means the network failed. The token travels
// only in the Authorization header, never in the URL, and nothing here logs it.
var LibrarySync = {
  overblik_js_sync_fetch__deps: ['$OB'],
  overblik_js_sync_fetch: function(id, method, url, token, ifMatch, body) {
    var headers = { 'Authorization': 'Bearer ' + UTF8ToString(token) };
    if (ifMatch) headers['If-Match'] = UTF8ToString(ifMatch);
    var init = { method: UTF8ToString(method), headers: headers, cache: 'no-store', credentials: 'omit' };
    if (body) {
      headers['Content-Type'] = 'application/json';
      init.body = UTF8ToString(body);
    }
    var target = UTF8ToString(url);
    if (target.charAt(0) === '/') target = location.origin + target;
    var answer = function(status, text) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      try { _overblik_sync_on_response(id, status, ptr); } finally { _free(ptr); }
      OB.wake();
    };
    OB.timers++;
    fetch(target, init).then(function(response) {
      return response.text().then(function(text) { answer(response.status, text); });
    }, function() {
      answer(0, '');
    }).then(function() { OB.timers--; }, function() { OB.timers--; });
  },

  overblik_js_sync_wait__deps: ['$OB'],
  overblik_js_sync_wait: function(id, ms) {
    OB.timers++;
    setTimeout(function() {
      OB.timers--;
      _overblik_sync_on_waited(id);
      OB.wake();
    }, ms);
  },

  // The automatic sync's timer (a minute or more away). Unlike overblik_js_wake_after it is not pending work:
  // the page counts as idle while it runs (browser tests wait for idle).
  overblik_js_sync_wake_after__deps: ['$OB'],
  overblik_js_sync_wake_after: function(ms) {
    setTimeout(OB.wake, ms);
  },
};
mergeInto(LibraryManager.library, LibrarySync);
