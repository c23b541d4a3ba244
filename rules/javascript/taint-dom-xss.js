function render(el, html) {
  // ruleid: javascript.browser.dom-xss
  el.innerHTML = html;
}

function showGreeting() {
  const name = new URLSearchParams(location.search).get("name");
  // ruleid: javascript.browser.dom-xss
  document.getElementById("greeting").innerHTML = `<h1>Hello, ${name}!</h1>`;
}

function showTab() {
  const tab = decodeURIComponent(window.location.hash.slice(1));
  render(document.querySelector("#tab"), "<b>" + tab + "</b>");
}

function banner() {
  // ruleid: javascript.browser.dom-xss
  document.write("<p>You came from " + document.referrer + "</p>");
  // ruleid: javascript.browser.dom-xss
  document.body.insertAdjacentHTML("beforeend", `<div>${window.name}</div>`);
}

function jqueryWidgets() {
  const q = location.hash.substring(1);
  // ruleid: javascript.browser.dom-xss
  $("#results").html("Results for " + q);
  // ruleid: javascript.browser.dom-xss
  $(q);
}

window.addEventListener("message", (event) => {
  // ruleid: javascript.browser.dom-xss
  document.getElementById("chat").innerHTML += event.data.text;
});

// --- Safe versions ---

function showGreetingSafe() {
  const name = new URLSearchParams(location.search).get("name");
  // ok: javascript.browser.dom-xss
  document.getElementById("greeting").textContent = `Hello, ${name}!`;
  // ok: javascript.browser.dom-xss
  document.getElementById("card").innerHTML = DOMPurify.sanitize(`<h1>${name}</h1>`);
}

function pageNumber() {
  const page = parseInt(new URLSearchParams(location.search).get("page"), 10);
  // ok: javascript.browser.dom-xss
  document.getElementById("pager").innerHTML = `<span>Page ${page}</span>`;
}

function spinner(el) {
  // ok: javascript.browser.dom-xss
  el.innerHTML = '<div class="spinner"></div>';
}

window.addEventListener("message", (event) => {
  if (event.origin !== "https://app.example.com") return;
  // ok: javascript.browser.dom-xss
  document.getElementById("status").innerHTML = event.data.html;
});
