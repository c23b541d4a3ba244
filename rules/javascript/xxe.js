const libxmljs = require("libxmljs");

function importFeed(xml) {
  // ruleid: javascript.libxmljs.xxe
  const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true });
  return doc.root().text();
}

// --- Safe versions ---

function importFeedSafe(xml) {
  // ok: javascript.libxmljs.xxe
  const doc = libxmljs.parseXml(xml, { noblanks: true });
  return doc.root().text();
}
