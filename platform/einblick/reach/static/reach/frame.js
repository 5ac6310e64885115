// Inside an embed frame: tell the embedding page (reach/embed.js) how tall the content is,
// so the iframe needs no scroll bar. Only a number is sent; nothing about the visitor.
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ einblickHeight: height, einblickFrame: window.location.pathname }, "*");
  }
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener("load", report);
  report();
})();
