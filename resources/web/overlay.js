/* The OBS overlay: the product being explained, its price and units sold, and its QR code when the API
 * offers one; redrawn on every `live` event. The token comes from ?token= in the browser-source URL. */
'use strict';

(function () {
  const LH = window.LH;
  function $(id) { return document.getElementById(id); }

  function problem(text) {
    $('card').hidden = true;
    $('problem').textContent = text;
    $('problem').hidden = !text;
  }

  /* A same-origin image address from the API; anything else is ignored (the CSP would block it anyway). */
  function qrSource(entry) {
    const url = entry.qr_url || '';
    if (!url || url.charAt(0) !== '/' || url.charAt(1) === '/') return '';
    return url + (url.indexOf('?') >= 0 ? '&' : '?') + 'token=' + encodeURIComponent(LH.takeToken('query'));
  }

  async function refresh() {
    let answer;
    try {
      answer = await LH.api('GET', '/api/v1/overlay');
    } catch (error) {
      if (!(error instanceof LH.RevokedError)) problem('');
      return;
    }
    if (!answer.ok) { problem(''); return; }
    const entry = answer.data.active ? answer.data.product : null;
    if (!entry) { problem(''); return; }
    $('name').textContent = LH.shown(entry.spec ? entry.name + ' ' + entry.spec : entry.name);
    $('price').textContent = LH.yuan(entry.price_fen);
    $('sold').textContent = '已售 ' + entry.sold + ' 件';
    const qr = qrSource(entry);
    if (qr && $('qr').getAttribute('src') !== qr) $('qr').src = qr;
    $('qr').hidden = !qr;
    $('problem').hidden = true;
    $('card').hidden = false;
  }

  let timer = null;
  function start() {
    LH.setRevokedHandler(function () { problem('叠加画面的配对已被取消，请在直播助手里重新复制地址'); });
    if (!LH.takeToken('query')) { problem('地址里缺少 token，请在直播助手里复制完整的叠加画面地址'); return; }
    refresh();
    LH.liveFeed({
      kinds: ['live'],
      poll: refresh,
      onChange: function () { clearTimeout(timer); timer = setTimeout(refresh, 100); },
    });
  }

  document.addEventListener('DOMContentLoaded', start);
})();
