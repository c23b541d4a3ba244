function notifyParent(state) {
  // ruleid: javascript.browser.postmessage-wildcard-origin
  window.parent.postMessage(JSON.stringify({ event: "state", state }), "*");
}

function mute(iframe) {
  // ruleid: javascript.browser.postmessage-wildcard-origin
  iframe.contentWindow.postMessage('{"event":"command","func":"mute"}', "*");
}

function sendToken(popup, token) {
  // ruleid: javascript.browser.postmessage-wildcard-origin
  popup.postMessage({ token }, { targetOrigin: "*" });
}

// --- Safe versions ---

function notifyParentSafe(state) {
  // ok: javascript.browser.postmessage-wildcard-origin
  window.parent.postMessage(JSON.stringify({ event: "state", state }), "https://app.example.com");
}

function sameOrigin(frame, data) {
  // ok: javascript.browser.postmessage-wildcard-origin
  frame.contentWindow.postMessage(data, window.location.origin);
}

function defer(fn) {
  // ok: javascript.browser.postmessage-wildcard-origin
  window.postMessage("tick", "*");
}

function worker(w, data) {
  // ok: javascript.browser.postmessage-wildcard-origin
  w.postMessage(data);
}
