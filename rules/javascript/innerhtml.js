function showGreeting() {
  const name = new URLSearchParams(location.search).get("name");
  // ruleid: javascript.dom.innerhtml-non-literal
  document.getElementById("greeting").innerHTML = `<h1>Hello, ${name}!</h1>`;
}

function renderComments(list, comments) {
  for (const c of comments) {
    // ruleid: javascript.dom.innerhtml-non-literal
    list.innerHTML += "<li>" + c.author + ": " + c.text + "</li>";
  }
}

function replaceCard(card, html) {
  // ruleid: javascript.dom.innerhtml-non-literal
  card.outerHTML = html;
}

function showGreetingSafe() {
  const name = new URLSearchParams(location.search).get("name");
  // ok: javascript.dom.innerhtml-non-literal
  document.getElementById("greeting").textContent = `Hello, ${name}!`;
}

function clear(list) {
  // ok: javascript.dom.innerhtml-non-literal
  list.innerHTML = "";
}

function renderRich(el, html) {
  // ok: javascript.dom.innerhtml-non-literal
  el.innerHTML = DOMPurify.sanitize(html);
}

function spinner(el) {
  // ok: javascript.dom.innerhtml-non-literal
  el.innerHTML = `<div class="spinner"></div>`;
}

function readBack(el) {
  // ok: javascript.dom.innerhtml-non-literal
  const current = el.innerHTML;
  return current.length;
}
