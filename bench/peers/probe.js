// Loaded first on every page of `npm run bench:peers`: notes when the page's first question is on
// screen (the selector in <meta name="bench-ready">, ">>>" entering a shadow root, found with a
// size, then one more frame painted), and every long task and layout shift until then.
(function () {
  var spec = document.querySelector('meta[name="bench-ready"]').content.split('>>>').map(function (s) { return s.trim(); });
  var result = (window.__bench = {readyAt: 0, longTasks: [], layoutShift: 0});
  try {
    new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { result.longTasks.push(e.duration); }); })
      .observe({type: 'longtask', buffered: true});
    new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { if (!e.hadRecentInput) result.layoutShift += e.value; }); })
      .observe({type: 'layout-shift', buffered: true});
  } catch (e) { /* not supported */ }
  function find() {
    var node = document;
    for (var i = 0; i < spec.length; i++) {
      var root = i === 0 ? node : node && node.shadowRoot;
      node = root && root.querySelector(spec[i]);
      if (!node) return null;
    }
    return node;
  }
  function tick() {
    var el = find();
    if (el && el.getBoundingClientRect().height > 0) {
      requestAnimationFrame(function () { result.readyAt = performance.now(); });
      return;
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
