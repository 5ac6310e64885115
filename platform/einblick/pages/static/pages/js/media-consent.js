/* Click-to-load for videos and virtual tours.
   Until the visitor clicks, the page makes no request to the provider: the sandboxed iframe
   (built and checked on the server, see einblick/security/embeds.py) waits inside an inert
   <template>. On click it replaces the placeholder and receives focus. Without JavaScript
   the placeholder links to the provider. */
(function () {
  "use strict";
  if (window.einblickMediaConsent) return;
  window.einblickMediaConsent = true;

  function load(container) {
    var template = container.querySelector("template[data-media-consent-frame]");
    if (!template) return;
    var wrapper = template.content.firstElementChild.cloneNode(true);
    var frame = wrapper.querySelector("iframe");
    if (!frame || !frame.hasAttribute("sandbox") || !/^https:\/\//.test(frame.src)) return;
    container.replaceWith(wrapper);
    frame.setAttribute("tabindex", "0");
    frame.focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-media-consent-load]");
    if (!button) return;
    var container = button.closest("[data-embed-src]");
    if (container) {
      event.preventDefault();
      load(container);
    }
  });

  function reveal() {
    document.querySelectorAll("[data-media-consent-load][hidden]").forEach(function (b) {
      b.hidden = false;
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", reveal);
  } else {
    reveal();
  }
})();
