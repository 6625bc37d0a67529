// The Integrations page. All text comes from C++ (tr()) through the bridge's `strings`; the
// page only lays it out. State arrives as one object per change (IntegrationsBridge::state).
"use strict";

(function () {
  let bridge = null;
  let S = {};          // translated strings
  let state = null;    // the Salesforce card's state
  let flashFor = null; // the card status the flash message is about

  const $ = (id) => document.getElementById(id);
  const show = (el, on) => { el.hidden = !on; };

  function applyPalette(p) {
    if (!p) return;
    const root = document.documentElement;
    for (const [key, value] of Object.entries(p)) {
      if (key === "dark") root.dataset.dark = value ? "true" : "false";
      else if (key === "direction") root.dir = value; // the app's layout direction (-reverse, Arabic)
      else if (key === "font") root.style.setProperty("--font", value);
      else if (key === "fontSize") root.style.setProperty("--font-size", value);
      else root.style.setProperty("--" + key, value);
    }
  }

  function applyStrings() {
    document.title = S.pageTitle;
    $("page-title").textContent = S.pageTitle;
    $("sf-title").textContent = S.salesforce;
    $("sf-desc").textContent = S.salesforceDescription;
    $("sf-menu-button").setAttribute("aria-label", S.moreActions);
    $("sf-menu-button").title = S.moreActions;
    $("sf-test").textContent = S.testConnection;
    $("sf-disconnect").textContent = S.disconnect;
    $("sf-org-label").textContent = S.org;
    $("sf-user-label").textContent = S.user;
    $("sf-instance-label").textContent = S.instance;
    $("sf-since-label").textContent = S.connectedSince;
    $("sf-sandbox").textContent = S.sandbox;
    $("sf-cancel").textContent = S.cancel;
  }

  function closeMenu(focusButton) {
    $("sf-menu").hidden = true;
    $("sf-menu-button").setAttribute("aria-expanded", "false");
    if (focusButton) $("sf-menu-button").focus();
  }

  function openMenu() {
    $("sf-menu").hidden = false;
    $("sf-menu-button").setAttribute("aria-expanded", "true");
    const first = $("sf-menu").querySelector("button:not([disabled])");
    if (first) first.focus();
  }

  function render() {
    if (!state) return;
    // The outcome message belongs to the state it announced; once the card moves on, it goes.
    if (flashFor && state.status !== flashFor) {
      $("flash").hidden = true;
      flashFor = null;
    }
    const card = $("salesforce-card");
    card.dataset.state = state.status;
    $("page-subtitle").textContent = state.subtitle || "";
    $("sf-status").textContent = state.statusText;
    $("sf-message").textContent = state.message || "";
    show($("sf-message"), !!state.message);
    $("sf-host").textContent = state.loginHostText || "";

    const connected = state.status === "connected";
    show($("sf-details"), connected && state.canRead);
    if (connected) {
      $("sf-org").textContent = state.orgName || state.orgId || "";
      show($("sf-sandbox"), !!state.sandbox);
      $("sf-user").textContent = state.username || "";
      $("sf-instance").textContent = state.instanceUrl || "";
      $("sf-since").textContent = state.connectedSinceText || "";
    }

    const hasError = state.status === "error" || state.status === "needs_reconnect";
    show($("sf-error"), hasError && !!state.errorReason);
    $("sf-error-reason").textContent = state.errorReason || "";
    $("sf-error-action").textContent = state.errorAction || "";

    show($("sf-permission"), !!state.permissionNotice);
    $("sf-permission").textContent = state.permissionNotice || "";

    show($("sf-revoke-pending"), !!state.revokePendingNotice);
    $("sf-revoke-pending").textContent = state.revokePendingNotice || "";

    show($("sf-test-result"), !!state.testResult);
    $("sf-test-result").textContent = state.testResult || "";
    $("sf-test-result").className = "test-result " + (state.testOk ? "ok" : "bad");

    show($("sf-menu-button"), connected);
    if (!connected) closeMenu(false);
    $("sf-test").disabled = !!state.testing;
    $("sf-disconnect").disabled = !state.canDisconnect;
    $("sf-disconnect").title = state.canDisconnect ? "" : (state.disconnectNotAllowed || "");

    const connecting = state.status === "connecting";
    show($("sf-spinner"), connecting || !!state.testing);
    show($("sf-cancel"), connecting);
    const connect = $("sf-connect");
    show(connect, !connected && !connecting);
    connect.textContent = state.connectText || S.connect;
    connect.disabled = !state.canConnect;
  }

  function showFlash() {
    const params = new URLSearchParams(window.location.search);
    const outcome = params.get("salesforce");
    const flash = $("flash");
    if (outcome === "success") {
      flash.textContent = S.flashSuccess;
      flash.className = "flash success";
      flash.hidden = state && state.status !== "connected";
      flashFor = "connected";
    } else if (outcome === "error") {
      flash.textContent = S.flashError;
      flash.className = "flash error";
      flash.hidden = state && state.status !== "error";
      flashFor = "error";
    }
  }

  function wire() {
    $("sf-connect").addEventListener("click", () => bridge.connectBot());
    $("sf-cancel").addEventListener("click", () => bridge.cancelConnect());
    $("sf-menu-button").addEventListener("click", () => {
      if ($("sf-menu").hidden) openMenu(); else closeMenu(true);
    });
    $("sf-test").addEventListener("click", () => { closeMenu(true); bridge.testConnection(); });
    $("sf-disconnect").addEventListener("click", () => { closeMenu(true); bridge.disconnectBot(); });
    $("sf-menu").addEventListener("keydown", (e) => {
      const items = Array.from($("sf-menu").querySelectorAll("button:not([disabled])"));
      const i = items.indexOf(document.activeElement);
      if (e.key === "Escape") { e.preventDefault(); closeMenu(true); }
      else if (e.key === "ArrowDown") { e.preventDefault(); items[(i + 1) % items.length].focus(); }
      else if (e.key === "ArrowUp") { e.preventDefault(); items[(i - 1 + items.length) % items.length].focus(); }
    });
    document.addEventListener("click", (e) => {
      if (!e.target.closest(".menu-wrap")) closeMenu(false);
    });
  }

  window.addEventListener("DOMContentLoaded", () => {
    new QWebChannel(qt.webChannelTransport, (channel) => {
      bridge = channel.objects.bridge;
      S = bridge.strings;
      applyPalette(bridge.palette);
      applyStrings();
      wire();
      bridge.paletteChanged.connect(applyPalette);
      bridge.stateChanged.connect((s) => { state = s; render(); });
      state = bridge.state;
      render();
      showFlash();
      $("main").hidden = false;
      bridge.pageReady();
    });
  });
})();
