// Search and filters of the data map's index page. The list is complete HTML; this only hides what does not match.
// Every dataset carries data-* attributes (written by IndexPage.cs): access, personal, special, themes, project, text.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var list = document.getElementById("datasets");
  if (!form || !list) {
    return;
  }

  var items = Array.prototype.slice.call(list.querySelectorAll("li.dataset"));
  var count = document.getElementById("count");
  var noMatch = document.getElementById("no-match");
  var template = count.getAttribute("data-template");

  function value(name) {
    return form.elements[name].value;
  }

  function matches(item, words, access, personal, special, theme, project) {
    if (access && item.getAttribute("data-access") !== access) { return false; }
    if (personal && item.getAttribute("data-personal") !== personal) { return false; }
    if (special && item.getAttribute("data-special") !== special) { return false; }
    if (theme && item.getAttribute("data-themes").indexOf(" " + theme + " ") < 0) { return false; }
    if (project && item.getAttribute("data-project") !== project) { return false; }
    var text = item.getAttribute("data-text");
    for (var i = 0; i < words.length; i++) {
      if (text.indexOf(words[i]) < 0) { return false; }
    }
    return true;
  }

  function apply() {
    var words = value("q").toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
    var access = value("access"), personal = value("personal"), special = value("special");
    var theme = value("theme"), project = value("project");
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var visible = matches(items[i], words, access, personal, special, theme, project);
      items[i].hidden = !visible;
      if (visible) { shown++; }
    }
    count.textContent = template.replace("{0}", String(shown)).replace("{1}", String(items.length));
    noMatch.hidden = shown !== 0;
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  apply();
})();
