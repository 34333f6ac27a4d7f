// Loaded first (a plain script, allowed by the strict CSP as a same-origin file) on every page of
// scripts/check-loading.mjs. Records, without timing anything that could vary with the machine:
// which language each widget first rendered in, when its first question appeared (for ordering
// only), and every layout shift.
(function () {
  var spec = document.querySelector('meta[name="ready"]').content.split(',');
  var result = (window.__loading = {firstLang: {}, ready: false, layoutShift: 0, shifts: []});
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        if (e.hadRecentInput) return;
        result.layoutShift += e.value;
        result.shifts.push({value: e.value, sources: (e.sources || []).map(function (s) { return s.node && s.node.nodeName; })});
      });
    }).observe({type: 'layout-shift', buffered: true});
  } catch (e) {
    result.noLayoutShiftApi = true;
  }
  function tick() {
    var done = 0;
    spec.forEach(function (item) {
      var parts = item.split('>>>');
      var host = document.querySelector(parts[0].trim());
      var root = host && host.shadowRoot;
      var base = root && root.querySelector('[part~=base]');
      if (base && !(parts[0] in result.firstLang)) result.firstLang[parts[0].trim()] = base.getAttribute('lang');
      var target = root && root.querySelector(parts[1].trim());
      if (target && target.getBoundingClientRect().height > 0) done++;
    });
    if (done === spec.length) {
      result.ready = true;
      result.readyAt = performance.now(); // to tell what was requested before the first question, not to time it
      return;
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
