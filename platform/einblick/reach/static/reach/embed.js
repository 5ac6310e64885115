// Einblick embed script for other websites (docs/embeds.md):
//   <script src="https://REGION/einbetten/skript.js" data-einblick-embed="https://REGION/einbetten/KEY/" async></script>
// It puts an iframe of the embed right before itself and passes the page's host name (no
// path, no visitor data) so the region can count "schools reached". No cookies, nothing
// else is loaded; without JavaScript the plain link variant works.
(function () {
  "use strict";
  var scripts = document.querySelectorAll("script[data-einblick-embed]:not([data-einblick-done])");
  Array.prototype.forEach.call(scripts, function (script) {
    script.setAttribute("data-einblick-done", "");
    var url;
    try {
      url = new URL(script.getAttribute("data-einblick-embed"), script.src || window.location.href);
    } catch (error) {
      return;
    }
    if (window.location.hostname) url.searchParams.set("von", window.location.hostname);
    var frame = document.createElement("iframe");
    frame.src = url.href;
    frame.title = script.getAttribute("data-einblick-title") || "Angebote für Schüler:innen";
    frame.loading = "lazy";
    frame.style.border = "0";
    frame.style.width = "100%";
    frame.style.maxWidth = "100%";
    frame.style.height = (script.getAttribute("data-einblick-height") || "420") + "px";
    frame.style.display = "block";
    script.parentNode.insertBefore(frame, script);
    window.addEventListener("message", function (event) {
      if (event.origin !== url.origin || event.source !== frame.contentWindow) return;
      var height = event.data && event.data.einblickHeight;
      if (typeof height === "number" && height > 0 && height < 10000) {
        frame.style.height = height + "px";
      }
    });
  });
})();
