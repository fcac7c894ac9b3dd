// Downloads for the steering views: a text file (CSV) and a region of the canvas as PNG.
// C++ callers: app/views/export.cpp.
var LibraryExport = {
  overblik_js_download: function(namePtr, mimePtr, textPtr) {
    // The bytes as they are: decoding to a JS string would drop the byte order mark Excel needs.
    var name = UTF8ToString(namePtr), mime = UTF8ToString(mimePtr), end = textPtr;
    while (HEAPU8[end]) ++end;
    var url = URL.createObjectURL(new Blob([HEAPU8.slice(textPtr, end)], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 1000);
  },
  // The WebGL canvas keeps its pixels only until the browser composites: copy the region in an animation
  // frame callback registered after the frame the wake asks for (callbacks run in registration order).
  overblik_js_png: function(x, y, w, h, namePtr) {
    var name = UTF8ToString(namePtr);
    setTimeout(function() {
      _overblik_wake();
      requestAnimationFrame(function() {
        var canvas = document.getElementById('canvas');
        var scale = canvas.width / canvas.clientWidth;
        var out = document.createElement('canvas');
        out.width = Math.max(1, Math.round(w * scale));
        out.height = Math.max(1, Math.round(h * scale));
        out.getContext('2d').drawImage(canvas, x * scale, y * scale, w * scale, h * scale, 0, 0, out.width, out.height);
        out.toBlob(function(blob) {
          var a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = name;
          document.body.appendChild(a);
          a.click();
          a.remove();
        }, 'image/png');
      });
    }, 0);
  },
};
mergeInto(LibraryManager.library, LibraryExport);
