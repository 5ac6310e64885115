// Merkliste: saved offers, employers and events live in this browser's localStorage only
// (no cookie, nothing sent to the server except the ids when the Merkliste page loads them).
(function () {
  "use strict";
  var KEY = "einblick.merkliste";
  // Texts in the page's language: a JSON block from base.html ({% favourites_strings %}).
  var TEXT = (function () {
    var node = document.getElementById("favourites-strings");
    try {
      return node ? JSON.parse(node.textContent) : {};
    } catch (err) {
      return {};
    }
  })();
  function t(key, fallback, values) {
    var text = TEXT[key] || fallback;
    Object.keys(values || {}).forEach(function (name) {
      text = text.split("%(" + name + ")s").join(String(values[name]));
    });
    return text;
  }
  var LABELS = {
    available: "",
    expired: t("expired", "Dieser Eintrag ist abgelaufen."),
    gone: t("gone", "Dieser Eintrag ist nicht mehr verfügbar.")
  };

  function load() {
    try {
      var list = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(list) ? list.filter(function (e) { return e && e.id; }) : [];
    } catch (err) {
      return [];
    }
  }

  function save(list) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(list));
      return true;
    } catch (err) {
      return false;
    }
  }

  function has(id) {
    return load().some(function (e) { return e.id === id; });
  }

  function toggle(id, title) {
    var list = load();
    var kept = list.filter(function (e) { return e.id !== id; });
    if (kept.length === list.length) kept.push({ id: id, title: title || "" });
    save(kept);
    refresh();
    return kept.length > list.length;
  }

  function refresh() {
    var count = load().length;
    document.querySelectorAll("[data-fav]").forEach(function (button) {
      var saved = has(button.getAttribute("data-fav"));
      button.hidden = false;
      button.setAttribute("aria-pressed", saved ? "true" : "false");
      button.querySelector(".fav-toggle__icon").textContent = saved ? "♥" : "♡";
      button.querySelector(".fav-toggle__label").firstChild.textContent = saved ? t("saved", "Gemerkt") : t("save", "Merken");
    });
    document.querySelectorAll("[data-share]").forEach(function (button) {
      button.hidden = false;
    });
    document.querySelectorAll("[data-merkliste-count]").forEach(function (badge) {
      badge.textContent = count ? String(count) : "";
      badge.hidden = !count;
    });
  }

  function share(button) {
    var url = button.getAttribute("data-share-url") || window.location.href;
    var title = button.getAttribute("data-share-title") || document.title;
    if (navigator.share) {
      navigator.share({ title: title, url: url }).catch(function () {});
      return;
    }
    var box = button.parentNode.querySelector("[data-share-fallback]") ||
      document.querySelector("[data-share-fallback]");
    if (!box) return;
    var input = box.querySelector("[data-share-link]");
    box.hidden = false;
    input.value = url;
    input.focus();
    input.select();
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("[data-fav], [data-share], [data-print]");
    if (!target) return;
    if (target.hasAttribute("data-fav")) {
      toggle(target.getAttribute("data-fav"), target.getAttribute("data-fav-title"));
    } else if (target.hasAttribute("data-share")) {
      share(target);
    } else {
      window.print();
    }
  });

  // The Merkliste page ------------------------------------------------------------------
  var root = document.querySelector("[data-merkliste]");

  function sharedIds() {
    var raw = new URLSearchParams(window.location.search).get("ids");
    if (!raw) return null;
    return raw.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function card(item, storedTitle, removable) {
    var li = el("li", "card merkliste__item merkliste__item--" + item.status);
    li.setAttribute("data-merkliste-item", item.id);
    if (item.label) li.appendChild(el("p", "tag-list")).appendChild(el("span", "tag", item.label));
    var heading = li.appendChild(el("h2", "merkliste__title"));
    var title = item.title || storedTitle || t("item", "Eintrag");
    if (item.status === "available" && item.url) {
      var link = heading.appendChild(el("a", "", title));
      link.href = item.url;
    } else {
      heading.textContent = title;
    }
    var meta = [item.subtitle, item.region_name ? t("region", "Region") + " " + item.region_name : ""].filter(Boolean);
    if (meta.length) li.appendChild(el("p", "meta", meta.join(" · ")));
    if (LABELS[item.status]) li.appendChild(el("p", "merkliste__state", LABELS[item.status]));
    if (removable) {
      var remove = li.appendChild(el("button", "button button--secondary merkliste__remove", t("remove", "Entfernen")));
      remove.type = "button";
      remove.setAttribute("aria-label", t("remove_label", "„%(title)s“ von der Merkliste entfernen", { title: title }));
      remove.addEventListener("click", function () {
        toggle(item.id);
        li.remove();
        render();
      });
    }
    return li;
  }

  function shareUrl(ids) {
    var url = new URL(root.getAttribute("data-page"), window.location.href);
    url.search = "ids=" + ids.join(",");
    return url.toString();
  }

  function render() {
    var shared = sharedIds();
    var stored = load();
    var ids = shared || stored.map(function (e) { return e.id; });
    var titles = {};
    stored.forEach(function (e) { titles[e.id] = e.title; });
    var status = root.querySelector("[data-merkliste-status]");
    var list = root.querySelector("[data-merkliste-list]");
    var actions = root.querySelector("[data-merkliste-actions]");
    root.querySelector("[data-merkliste-shared]").hidden = !shared;
    list.textContent = "";
    actions.hidden = !ids.length;
    if (!ids.length) {
      status.textContent = t("empty", "Deine Merkliste ist leer. Tippe auf „Merken“ bei einem Angebot, Arbeitgeber oder einer Veranstaltung.");
      return;
    }
    root.querySelector("[data-share]").setAttribute("data-share-url", shareUrl(ids));
    var api = root.getAttribute("data-api") + "?ids=" + encodeURIComponent(ids.join(","));
    fetch(api, { credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        data.items.forEach(function (item) {
          list.appendChild(card(item, titles[item.id], !shared));
        });
        var n = data.items.length;
        status.textContent = n === 1 ? t("one", "1 Eintrag gemerkt.") : t("many", "%(count)s Einträge gemerkt.", { count: n });
      })
      .catch(function () {
        status.textContent = t("failed", "Die Merkliste konnte gerade nicht geladen werden. Bitte später erneut versuchen.");
      });
  }

  if (root) {
    root.querySelector("[data-merkliste-adopt]").addEventListener("click", function () {
      var list = load();
      (sharedIds() || []).forEach(function (id) {
        if (!list.some(function (e) { return e.id === id; })) list.push({ id: id, title: "" });
      });
      save(list);
      window.location.assign(root.getAttribute("data-page"));
    });
    render();
  }
  refresh();
})();
