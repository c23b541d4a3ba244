// ruleid: javascript.browser.message-handler-without-origin-check
window.addEventListener("message", (event) => {
  document.getElementById("out").innerHTML = event.data.html;
});

// ruleid: javascript.browser.message-handler-without-origin-check
window.onmessage = function (e) {
  location.href = e.data.redirect;
};

// --- Safe versions ---

// ok: javascript.browser.message-handler-without-origin-check
window.addEventListener("message", (event) => {
  if (event.origin !== "https://app.example.com") return;
  render(event.data);
});

// ok: javascript.browser.message-handler-without-origin-check
window.addEventListener("message", handleMessage);

// ok: javascript.browser.message-handler-without-origin-check
socket.onmessage = (event) => {
  render(JSON.parse(event.data));
};

// ok: javascript.browser.message-handler-without-origin-check
self.addEventListener("message", (event) => {
  postMessage(compute(event.data));
});
