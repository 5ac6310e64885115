/* Interest check: scores the answers in the browser and shows the best-fitting Berufsfelder.
   The scoring table comes from the page (<script type="application/json" id="interest-scoring">);
   the offers per field are already in the page. Nothing is sent to the server: the form is
   never submitted, and a remembered result stays in this browser's localStorage only.
   Without JavaScript the submit button stays disabled (a <noscript> note explains why). */
(function () {
  "use strict";
  var STORAGE_KEY = "einblick.interessen-check";
  var TOP = 3;
  var form = document.querySelector("[data-interest-check]");
  var source = document.getElementById("interest-scoring");
  var result = document.querySelector("[data-interest-result]");
  if (!form || !source || !result) return;
  var data = JSON.parse(source.textContent);
  var list = result.querySelector("[data-result-list]");
  var status = result.querySelector("[data-save-status]");
  var forgetButton = result.querySelector("[data-interest-forget]");

  // Texts in the page's language: data-text-* attributes of the result section.
  function say(name, fallback, values) {
    var text = result.getAttribute("data-text-" + name) || fallback;
    Object.keys(values || {}).forEach(function (key) {
      text = text.split("%(" + key + ")s").join(String(values[key]));
    });
    return text;
  }

  function readAnswers() {
    var answers = {};
    data.questions.forEach(function (question) {
      var checked = form.querySelector('input[name="' + question.slug + '"]:checked');
      if (checked) answers[question.slug] = checked.value;
    });
    return answers;
  }

  function score(answers) {
    var fields = {};
    data.fields.forEach(function (slug, index) {
      fields[slug] = { slug: slug, index: index, points: 0, max: 0, reasons: [] };
    });
    data.questions.forEach(function (question) {
      var share = data.answers[answers[question.slug]] || 0;
      Object.keys(question.weights).forEach(function (slug) {
        var field = fields[slug];
        if (!field) return;
        var points = question.weights[slug];
        field.max += points;
        if (share > 0) {
          field.points += points * share;
          field.reasons.push({ text: question.text, points: points * share, partly: share < 1 });
        }
      });
    });
    return Object.keys(fields)
      .map(function (slug) { return fields[slug]; })
      .filter(function (field) { return field.points > 0; })
      .sort(function (a, b) {
        return (b.points / b.max - a.points / a.max) || (b.points - a.points) || (a.index - b.index);
      })
      .slice(0, TOP);
  }

  function number(value) {
    return String(value).replace(".", ",");
  }

  function showField(field) {
    var item = list.querySelector('[data-field="' + field.slug + '"]');
    if (!item) return;
    item.querySelector("[data-field-score]").textContent =
      say("score", "%(points)s von %(max)s möglichen Punkten", { points: number(field.points), max: field.max });
    var reasons = item.querySelector("[data-field-reasons]");
    reasons.textContent = "";
    field.reasons
      .sort(function (a, b) { return b.points - a.points; })
      .slice(0, 3)
      .forEach(function (reason) {
        var li = document.createElement("li");
        li.textContent = "„" + reason.text + "“" + (reason.partly ? " " + say("partly", "(teils)") : "");
        reasons.appendChild(li);
      });
    list.appendChild(item);
    item.hidden = false;
  }

  function show(answers, focus) {
    var top = score(answers);
    Array.prototype.forEach.call(list.children, function (item) { item.hidden = true; });
    top.forEach(showField);
    result.querySelector("[data-result-empty]").hidden = top.length > 0;
    result.querySelector("[data-result-summary]").hidden = top.length === 0;
    result.hidden = false;
    if (focus) {
      result.focus();
      result.scrollIntoView();
    }
  }

  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }

  function restore() {
    var store = storage();
    var saved = store && store.getItem(STORAGE_KEY);
    if (!saved) return;
    var answers;
    try { answers = JSON.parse(saved).answers || {}; } catch (error) { return; }
    Object.keys(answers).forEach(function (slug) {
      var input = form.querySelector('input[name="' + slug + '"][value="' + answers[slug] + '"]');
      if (input) input.checked = true;
    });
    forgetButton.hidden = false;
    show(answers, false);
    status.textContent = say("restored", "Dein gemerktes Ergebnis ist wieder da.");
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    status.textContent = "";
    show(readAnswers(), true);
  });

  result.addEventListener("click", function (event) {
    var store = storage();
    if (event.target.closest("[data-interest-merkliste]")) {
      // the hearts of the shown offers belong to the Merkliste (favourites/favourites.js)
      var hearts = list.querySelectorAll('.interest-field:not([hidden]) [data-fav][aria-pressed="false"]');
      Array.prototype.forEach.call(hearts, function (heart) { heart.click(); });
      var saved = list.querySelectorAll('.interest-field:not([hidden]) [data-fav][aria-pressed="true"]');
      status.textContent = say("on-list", "%(count)s Angebote sind auf deiner Merkliste.", { count: saved.length });
    } else if (event.target.closest("[data-interest-save]")) {
      if (!store) {
        status.textContent = say("no-storage", "Dein Browser erlaubt das Merken nicht.");
        return;
      }
      store.setItem(STORAGE_KEY, JSON.stringify({ answers: readAnswers(), saved: Date.now() }));
      forgetButton.hidden = false;
      status.textContent = say("saved", "Gemerkt – nur in diesem Browser. Beim nächsten Besuch ist es wieder da.");
    } else if (event.target.closest("[data-interest-forget]")) {
      if (store) store.removeItem(STORAGE_KEY);
      forgetButton.hidden = true;
      status.textContent = say("forgotten", "Das gemerkte Ergebnis ist gelöscht.");
    } else if (event.target.closest("[data-interest-restart]")) {
      form.reset();
      result.hidden = true;
      var first = form.querySelector("input");
      if (first) first.focus();
    }
  });

  form.querySelector("[data-interest-submit]").disabled = false;
  restore();
})();
