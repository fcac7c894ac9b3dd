// JS side of the browser platform: hidden text input (typing, IME, paste), clipboard, localStorage,
// online state, on-demand animation frames, and the automation bridge (window.overblik, only with
// ?automation=1). C++ entry points it calls: wasm/bridge.cpp, wasm/platform/{frame_loop,clipboard}.cpp.
var LibraryOverblik = {
  $OB: {
    framePending: 0,
    timers: 0,
    input: null,
    cursor: '',
    passString: function(fn, text) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      try { fn(ptr); } finally { _free(ptr); }
    },
    wake: function() { _overblik_wake(); },
    // The hidden textarea keeps the keyboard focus while ImGui edits text: 'input' events then carry
    // every typed character (also ones Playwright or an IME insert without key events), and the
    // browser's paste lands here as a 'paste' event with the system clipboard's text.
    setupInput: function() {
      var input = document.getElementById('overblik-input');
      if (!input) {
        input = document.createElement('textarea');
        input.id = 'overblik-input';
        input.setAttribute('aria-hidden', 'true');
        input.setAttribute('autocomplete', 'off');
        input.setAttribute('autocapitalize', 'off');
        input.setAttribute('spellcheck', 'false');
        input.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;border:0;padding:0;' +
                              'resize:none;pointer-events:none;';
        document.body.appendChild(input);
      }
      var composing = false;
      var flush = function() {
        var text = input.value;
        input.value = '';
        if (text) OB.passString(_overblik_on_text, text);
      };
      input.addEventListener('compositionstart', function() { composing = true; });
      input.addEventListener('compositionend', function() { composing = false; flush(); });
      input.addEventListener('input', function() { if (!composing) flush(); });
      document.addEventListener('paste', function(e) {
        var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
        e.preventDefault();
        if (text) OB.passString(_overblik_on_paste, text);
      });
      OB.input = input;
    },
    // window.overblik: what browser tests read (see tests/e2e/lib/app.mjs).
    setupAutomation: function() {
      var frameCount = function() { return _overblik_frame_count(); };
      var idle = function() { return !OB.framePending && OB.timers === 0 && !!OB.started; };
      window.overblik = {
        frameCount: frameCount,
        items: function() { return JSON.parse(UTF8ToString(_overblik_items_json())); },
        isIdle: idle,
        // Resolves with the frame count once no frame is pending or scheduled for `settleMs`.
        waitIdle: function(timeoutMs, settleMs) {
          timeoutMs = timeoutMs || 10000;
          settleMs = settleMs || 50;
          var start = performance.now();
          return new Promise(function(resolve, reject) {
            var quietSince = -1;
            var lastCount = -1;
            var poll = function() {
              var now = performance.now();
              var count = frameCount();
              if (idle() && count === lastCount) {
                if (quietSince < 0) quietSince = now;
                if (now - quietSince >= settleMs) return resolve(count);
              } else {
                quietSince = -1;
              }
              lastCount = count;
              if (now - start > timeoutMs) return reject(new Error('overblik: not idle after ' + timeoutMs + ' ms'));
              setTimeout(poll, 10);
            };
            poll();
          });
        },
        textInputFocused: function() { return document.activeElement === OB.input; }
      };
    }
  },

  overblik_js_init__deps: ['$OB'],
  overblik_js_init: function() {
    OB.setupInput();
    window.addEventListener('online', OB.wake);
    window.addEventListener('offline', OB.wake);
    document.addEventListener('visibilitychange', OB.wake);
    // A new device pixel ratio without a resize (window moved to another screen): redraw, rebuild fonts.
    var watchRatio = function() {
      var query = matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      query.addEventListener('change', function() { OB.wake(); watchRatio(); }, {once: true});
    };
    watchRatio();
    var automation = new URLSearchParams(location.search).get('automation') === '1';
    if (automation) OB.setupAutomation();
    return automation ? 1 : 0;
  },

  overblik_js_load_fonts__deps: ['$OB'],
  overblik_js_load_fonts: function() {
    var files = ['fonts/DejaVuSans.ttf', 'fonts/DejaVuSans-Bold.ttf'];
    Promise.all(files.map(function(url) {
      return fetch(url).then(function(r) {
        if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
        return r.arrayBuffer();
      });
    })).then(function(buffers) {
      buffers.forEach(function(buffer, index) {
        var bytes = new Uint8Array(buffer);
        var ptr = _malloc(bytes.length);
        HEAPU8.set(bytes, ptr);
        try { _overblik_on_font(index, ptr, bytes.length); } finally { _free(ptr); }
      });
    }).catch(function(e) {
      console.warn('Overblik: fonts not loaded, using the built-in font:', e);
    }).then(function() {
      OB.started = true;
      _overblik_on_fonts_done();
    });
  },

  overblik_js_request_frame__deps: ['$OB'],
  overblik_js_request_frame: function() {
    if (OB.framePending) return;
    OB.framePending = requestAnimationFrame(function() {
      OB.framePending = 0;
      _overblik_frame();
    });
  },

  overblik_js_wake_after__deps: ['$OB'],
  overblik_js_wake_after: function(ms) {
    OB.timers++;
    setTimeout(function() {
      OB.timers--;
      _overblik_wake();
    }, ms);
  },

  overblik_js_set_clipboard__deps: ['$OB'],
  overblik_js_set_clipboard: function(ptr) {
    var text = UTF8ToString(ptr);
    // navigator.clipboard needs a secure context (https or localhost); elsewhere copy through the
    // hidden textarea (still within the key press's user activation).
    var fallback = function() {
      if (!OB.input) return;
      var hadFocus = document.activeElement === OB.input;
      OB.input.value = text;
      OB.input.select();
      try { document.execCommand('copy'); } catch (e) { console.warn('Overblik: copy failed:', e); }
      OB.input.value = '';
      if (!hadFocus) OB.input.blur();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
  },

  overblik_js_text_input__deps: ['$OB'],
  overblik_js_text_input: function(active) {
    if (!OB.input) return;
    if (active) OB.input.focus({preventScroll: true});
    else if (document.activeElement === OB.input) OB.input.blur();
  },

  overblik_js_storage_get: function(keyPtr) {
    var value = null;
    try { value = window.localStorage.getItem(UTF8ToString(keyPtr)); } catch (e) { /* storage disabled */ }
    if (value === null) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  },

  overblik_js_storage_set: function(keyPtr, valuePtr) {
    try { window.localStorage.setItem(UTF8ToString(keyPtr), UTF8ToString(valuePtr)); } catch (e) { /* storage disabled */ }
  },

  overblik_js_online: function() { return navigator.onLine ? 1 : 0; },

  overblik_js_set_cursor__deps: ['$OB'],
  overblik_js_set_cursor: function(ptr) {
    var cursor = UTF8ToString(ptr);
    if (cursor === OB.cursor) return;
    OB.cursor = cursor;
    var canvas = document.getElementById('canvas');
    if (canvas) canvas.style.cursor = cursor;
  },

  overblik_js_fatal: function(ptr) {
    var box = document.createElement('p');
    box.className = 'overblik-fatal';
    box.textContent = UTF8ToString(ptr);
    document.body.appendChild(box);
  }
};

mergeInto(LibraryManager.library, LibraryOverblik);
