const _ = require("lodash");

function highlight(text, word) {
  // ruleid: javascript.lang.regexp-non-literal
  return text.replace(new RegExp("(" + word + ")", "gi"), "<b>$1</b>");
}

const matchesFilter = (name, filter) =>
  // ruleid: javascript.lang.regexp-non-literal
  new RegExp(filter, "i").test(name);

class Router {
  route(path) {
    // ruleid: javascript.lang.regexp-non-literal
    this.routes.push(RegExp(`^${path}$`));
  }
}

function extensionMatcher(extensions) {
  // ruleid: javascript.lang.regexp-non-literal
  return new RegExp("\\.(" + extensions.join("|") + ")$");
}

$("#product").autoComplete({
  renderItem: function (item, search) {
    // ruleid: javascript.lang.regexp-non-literal
    const re = new RegExp("(" + search.split(" ").join("|") + ")", "gi");
    return item.name.replace(re, "<b>$1</b>");
  },
});

// --- Safe versions ---

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function highlightSafe(text, word) {
  // ok: javascript.lang.regexp-non-literal
  return text.replace(new RegExp("(" + escapeRegExp(word) + ")", "gi"), "<b>$1</b>");
}

function containsSafe(text, word) {
  // ok: javascript.lang.regexp-non-literal
  return new RegExp(_.escapeRegExp(word), "i").test(text);
}

function inline(text, word) {
  // ok: javascript.lang.regexp-non-literal
  return new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).test(text);
}

function escapedFirst(text, word) {
  word = escapeRegExp(word);
  // ok: javascript.lang.regexp-non-literal
  return new RegExp(word).test(text);
}

function withFlags(re, flags) {
  // ok: javascript.lang.regexp-non-literal
  return new RegExp(re.source, flags);
}

function fixed(text) {
  const sep = ",";
  // ok: javascript.lang.regexp-non-literal
  return text.split(new RegExp("\\s*" + sep + "\\s*"));
}
