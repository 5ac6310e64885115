/* Click-to-load for videos and virtual tours.
   Until the visitor clicks, the page makes no request to the provider: the placeholder only
   carries the embed address in a data attribute. On click the iframe replaces the
   placeholder and receives focus. Without JavaScript the placeholder links to the provider. */
(function () {
  "use strict";
  if (window.einblickMediaConsent) return;
  window.einblickMediaConsent = true;

  function load(container) {
    var src = container.getAttribute("data-embed-src");
    if (!src || !/^https:\/\//.test(src)) return;
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = container.getAttribute("data-embed-title") || "Eingebettetes Video";
    frame.setAttribute("allow", "fullscreen; picture-in-picture");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute("loading", "eager");
    frame.setAttribute("tabindex", "0");
    var wrapper = document.createElement("div");
    wrapper.className = "media-consent__frame";
    wrapper.appendChild(frame);
    container.replaceWith(wrapper);
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
