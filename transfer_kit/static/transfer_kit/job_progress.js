// Progress page of a platform-admin job: polls the JSON status instead of reloading the
// whole page; once the job has finished, the page is loaded again to show the result.
(function () {
  "use strict";
  var root = document.querySelector("[data-status-url]");
  if (!root) return;
  var bar = root.querySelector("[data-job-progress]");
  var text = root.querySelector("[data-job-text]");
  // the script takes over from the meta refresh
  var refresh = document.querySelector('meta[http-equiv="refresh"]');
  if (refresh) refresh.parentNode.removeChild(refresh);
  function poll() {
    fetch(root.getAttribute("data-status-url"), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (status.state !== "running") { window.location.reload(); return; }
        if (bar) { bar.value = status.percent; bar.textContent = status.percent + " %"; }
        if (text && text.textContent !== status.text) text.textContent = status.text;
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
