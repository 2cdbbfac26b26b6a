// The console's few actions, on the JSON API. No framework, no build step.
"use strict";
(function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const csrf = meta ? meta.content : "";

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body || {}),
    });
    let data = {};
    try { data = await response.json(); } catch (e) { /* empty body */ }
    return { ok: response.ok, status: response.status, data: data };
  }

  const logout = document.getElementById("logout");
  if (logout) {
    logout.addEventListener("click", async function () {
      await post("/console/api/logout");
      window.location = "/console/login";
    });
  }

  const conversation = document.getElementById("conversation");
  if (conversation) {
    const base = "/console/api/conversations/" + conversation.dataset.id;
    const take = document.getElementById("take");
    if (take) {
      take.addEventListener("click", async function () {
        const r = await post(base + "/take");
        if (r.ok) window.location.reload();
      });
    }
    const close = document.getElementById("close");
    if (close) {
      close.addEventListener("click", async function () {
        const r = await post(base + "/close");
        if (r.ok) window.location.reload();
      });
    }
    const form = document.getElementById("reply");
    const error = document.getElementById("reply-error");
    const template = document.getElementById("send-template");
    if (template) {
      template.addEventListener("click", async function () {
        const r = await post(base + "/template");
        if (r.ok) {
          window.location.reload();
          return;
        }
        error.hidden = false;
        error.textContent = "Template not sent (" + (r.data.error || r.status) + ").";
      });
    }
    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      const text = document.getElementById("reply-text");
      const r = await post(base + "/messages", { text: text.value });
      if (r.ok) {
        text.value = "";
        window.location.reload();
        return;
      }
      error.hidden = false;
      const why = {
        window_closed: "The 24-hour window has closed: send the approved template instead.",
        opted_out: "The person said STOP: nothing can be sent to them.",
      };
      error.textContent = why[r.data.error] || "Not sent (" + (r.data.error || r.status) + ").";
    });
  }

  const inbox = document.querySelector("table.inbox[data-refresh]");
  if (inbox) {
    setTimeout(function () { window.location.reload(); }, 1000 * Number(inbox.dataset.refresh));
  }
})();
