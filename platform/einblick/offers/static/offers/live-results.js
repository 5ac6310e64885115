/* Einblick – live results for the offer filters: every change reloads the result count and
   list in place (same URL as the "Filtern" button, which stays for use without script). */
(function () {
  "use strict";
  var form = document.querySelector("[data-live-results]");
  var results = document.querySelector("[data-results]");
  if (!form || !results || !window.fetch || !window.DOMParser) return;
  var timer = null;
  var latest = 0;
  function params() {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value !== "") data.append(key, value);
    });
    return data.toString();
  }
  // The alert form ("Benachrichtige mich") stays as it is, with what the visitor typed;
  // only its hidden filter fields follow the new filter (hidden while the filter is broken).
  function keepAlert(doc) {
    var box = document.querySelector("[data-alert]");
    if (!box) return;
    var filters = box.querySelector("[data-alert-filters]");
    var fresh = doc.querySelector("[data-alert-filters]");
    box.hidden = !fresh;
    if (fresh && filters) filters.innerHTML = fresh.innerHTML;
  }
  function refresh() {
    var query = params();
    var url = form.getAttribute("action") + (query ? "?" + query : "");
    var ticket = ++latest;
    fetch(url, { headers: { Accept: "text/html" }, credentials: "omit" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html || ticket !== latest) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-results]");
        if (!fresh) return;
        results.innerHTML = fresh.innerHTML;
        keepAlert(doc);
        history.replaceState(null, "", url);
      })
      .catch(function () { /* the submit button still works */ });
  }
  form.addEventListener("change", function (event) {
    if (event.target.matches("[type=date]") && !event.target.value && event.target.validity.badInput) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
  form.addEventListener("input", function (event) {
    if (event.target.name !== "q") return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 500);
  });
})();
