// The web chat: post what the visitor types, poll for replies. No framework, no build step.
"use strict";
(function () {
  const chat = document.getElementById("chat");
  const form = document.getElementById("send");
  const input = document.getElementById("text");
  const error = document.getElementById("error");
  let last = 0;

  function add(direction, text, options) {
    const item = document.createElement("li");
    item.className = direction;
    const body = document.createElement("div");
    body.className = "text";
    body.textContent = text;
    item.appendChild(body);
    if (options && options.length) {
      const row = document.createElement("div");
      row.className = "options";
      options.forEach(function (option) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = option.title;
        button.addEventListener("click", function () { send(option.title, option.id); });
        row.appendChild(button);
      });
      item.appendChild(row);
    }
    chat.appendChild(item);
    item.scrollIntoView({ block: "end" });
  }

  async function fetchMessages(history) {
    const url = "/try/api/messages?after=" + last + (history ? "&history=1" : "");
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) return;
    const data = await response.json();
    data.messages.forEach(function (m) { add(m.direction, m.text, m.options); });
    last = data.last;
  }

  async function send(text, replyId) {
    error.hidden = true;
    add("in", text);
    const body = { text: text };
    if (replyId) body.reply_id = replyId;
    const response = await fetch("/try/api/messages", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      error.hidden = false;
      error.textContent = "Not sent: please try again.";
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text);
  });

  fetchMessages(true).then(function () {
    setInterval(function () { fetchMessages(false); }, 1000);
  });
})();
