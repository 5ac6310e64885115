// Counts clicks on links marked data-count="offer:12" (apply/contact links) without a
// cookie: one beacon with the link's kind and object id, nothing about the visitor.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.getAttribute("data-url");
  if (!url || !navigator.sendBeacon) return;
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-count]");
    if (!link) return;
    var body = new URLSearchParams();
    body.set("subject", link.getAttribute("data-count"));
    navigator.sendBeacon(url, body);
  });
})();
