/* Shared by the helper page (app.js) and the OBS overlay (overlay.js): the pairing token, calls to the
 * LAN API, safe DOM building and the live-update feed. Plain ES2017, no libraries.
 * Everything that comes from the server goes into the page through textContent, never as HTML. */
'use strict';

(function () {
  const TOKEN_KEY = 'livehelper.token';
  let token = null;
  let onRevoked = function () {};

  /* The token arrives in the pairing URL: #token=… for the phone, which keeps it in localStorage and takes
   * it out of the address bar (no bookmarking or sharing it by accident); OBS's overlay URL keeps its
   * ?token=… (or #token=…) for good, since the browser source reloads from that URL. */
  function takeToken(where) {
    const overlay = where === 'query';
    const found = (overlay && new URLSearchParams(location.search.slice(1)).get('token')) ||
      new URLSearchParams(location.hash.slice(1)).get('token');
    if (found) {
      token = found;
      try { localStorage.setItem(TOKEN_KEY, found); } catch (error) { /* private mode: keep it in memory */ }
      if (!overlay) history.replaceState(null, '', location.pathname + location.search);
      return token;
    }
    try { token = localStorage.getItem(TOKEN_KEY); } catch (error) { token = null; }
    return token;
  }

  function forgetToken() {
    token = null;
    try { localStorage.removeItem(TOKEN_KEY); } catch (error) { /* nothing stored */ }
  }

  class RevokedError extends Error {}

  /* One call to /api/v1. Resolves to {status, ok, data, retryAfter (seconds, 0 when not said)}; a 401 forgets the token and calls onRevoked. */
  async function api(method, path, body) {
    const headers = { Accept: 'application/json', Authorization: 'Bearer ' + token };
    const init = { method: method, headers: headers, cache: 'no-store', credentials: 'omit' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    let data = null;
    try { data = await response.json(); } catch (error) { data = null; }
    if (response.status === 401) {
      forgetToken();
      onRevoked();
      throw new RevokedError('revoked');
    }
    const retryAfter = parseInt(response.headers.get('Retry-After') || '', 10);
    return { status: response.status, ok: response.ok, data: data, retryAfter: retryAfter > 0 ? retryAfter : 0 };
  }

  /* FastAPI says what went wrong as {detail: "text"} or {detail: [{msg: …}, …]}. */
  function detailText(data, fallback) {
    if (data && typeof data.detail === 'string') return data.detail;
    if (data && Array.isArray(data.detail)) {
      return data.detail.map(function (problem) { return problem && problem.msg ? problem.msg : ''; })
        .filter(Boolean).join('；') || fallback;
    }
    return fallback;
  }

  /* Text from the server as it is shown: bidi controls (RLO U+202E and friends, which would reorder everything
   * after them) dropped, and at most MAX_TEXT characters, so that a 100,000-character note cannot swamp the
   * page. Each value is also bidi-isolated by the stylesheet. */
  const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
  const MAX_TEXT = 500;
  function shown(value) {
    const text = String(value).replace(BIDI_CONTROLS, '');
    return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) + '…' : text;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = shown(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  /* Integer fen to "¥12.80", without floating point. */
  function yuan(fen) {
    const value = Math.round(Number(fen) || 0);
    const sign = value < 0 ? '-' : '';
    const abs = Math.abs(value);
    return sign + '¥' + Math.floor(abs / 100) + '.' + String(abs % 100).padStart(2, '0');
  }

  /* Server-sent events for `kinds`, with EventSource's own reconnection; while the stream is down (or the
   * browser has no EventSource) `poll` runs every 5 s instead. `onChange(kind, ids)` for each event. */
  function liveFeed(options) {
    let source = null;
    let pollTimer = null;
    let retryTimer = null;
    const status = options.onStatus || function () {};

    function startPolling() {
      if (pollTimer === null) pollTimer = setInterval(options.poll, 5000);
    }
    function stopPolling() {
      if (pollTimer !== null) clearInterval(pollTimer);
      pollTimer = null;
    }
    function connect() {
      retryTimer = null;
      if (!window.EventSource || !token) { startPolling(); return; }
      source = new EventSource('/api/v1/events?token=' + encodeURIComponent(token));
      source.onopen = function () {
        stopPolling();
        status(true);
        options.poll();  // catch up on whatever changed while the stream was down
      };
      options.kinds.forEach(function (kind) {
        source.addEventListener(kind, function (event) {
          let ids = [];
          try { ids = JSON.parse(event.data).ids || []; } catch (error) { ids = []; }
          options.onChange(kind, ids);
        });
      });
      source.onerror = function () {
        status(false);
        startPolling();
        // CONNECTING means the browser retries by itself; CLOSED means it gave up (e.g. a proxy answered).
        if (source && source.readyState === 2 && retryTimer === null) {
          source = null;
          retryTimer = setTimeout(connect, 10000);
        }
      };
    }
    function stop() {
      stopPolling();
      if (retryTimer !== null) clearTimeout(retryTimer);
      if (source) source.close();
      source = null;
    }
    connect();
    return { stop: stop };
  }

  window.LH = {
    takeToken: takeToken,
    forgetToken: forgetToken,
    setRevokedHandler: function (handler) { onRevoked = handler; },
    RevokedError: RevokedError,
    api: api,
    detailText: detailText,
    el: el,
    shown: shown,
    clear: clear,
    yuan: yuan,
    liveFeed: liveFeed,
  };
})();
