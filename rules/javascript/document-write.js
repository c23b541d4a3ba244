function showSearchTerm() {
  const q = new URLSearchParams(window.location.search).get("q");
  // ruleid: javascript.dom.document-write
  document.write("<p>Results for " + q + "</p>");
}

function trackingPixel(campaign) {
  // ruleid: javascript.dom.document-write
  document.writeln(`<img src="/pixel.gif?c=${campaign}">`);
}

function banner(html) {
  // ruleid: javascript.dom.document-write
  window.document.write(html);
}

function showSearchTermSafe() {
  const q = new URLSearchParams(window.location.search).get("q");
  const p = document.createElement("p");
  // ok: javascript.dom.document-write
  p.textContent = `Results for ${q}`;
  document.body.appendChild(p);
}

// ok: javascript.dom.document-write
document.write("<noscript>Please enable JavaScript.</noscript>");

function report(doc, text) {
  // ok: javascript.dom.document-write
  doc.write(text);
}
