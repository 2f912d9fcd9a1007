/* The assistant's 直播 tab: the line-up with "now explaining", previous/next cue card and +1 tallies. */
'use strict';

(function () {
  const LH = window.LH;
  const el = LH.el;
  let ui = null;  // {toast, notice, refresh} from app.js

  function $(id) { return document.getElementById(id); }

  async function post(path, body) {
    try {
      return await LH.api('POST', path, body);
    } catch (error) {
      if (!(error instanceof LH.RevokedError)) ui.notice('连不上电脑，请再试一次');
      return null;
    }
  }

  async function tally(entry, button) {
    button.disabled = true;
    const answer = await post('/api/v1/live/tallies', { product_id: entry.product_id, qty: 1 });
    button.disabled = false;
    if (!answer) return;
    if (answer.ok) { ui.toast('已记：' + entry.name + ' +1'); ui.refresh(); return; }
    ui.notice(answer.status === 403 ? '只有助播可以记数' : LH.detailText(answer.data, '没记上（' + answer.status + '）'));
  }

  async function cue(direction) {
    const answer = await post('/api/v1/live/cue', { direction: direction });
    if (!answer) return;
    if (answer.ok) {
      const card = answer.data || {};
      ui.toast(card.count ? '提词卡 ' + (card.index + 1) + '/' + card.count + (card.title ? '：' + card.title : '')
        : '现在没有提词卡');
      return;
    }
    ui.notice(answer.status === 403 ? '只有助播可以翻提词卡' : LH.detailText(answer.data, '没翻过去（' + answer.status + '）'));
  }

  function row(entry, explaining) {
    const now = entry.product_id === explaining;
    const item = el('li', 'lineup__row' + (now ? ' lineup__row--now' : ''));
    item.dataset.productId = String(entry.product_id);
    item.appendChild(el('span', 'lineup__pos', entry.position || ''));
    const text = el('div', 'lineup__text');
    text.appendChild(el('span', 'lineup__name', entry.spec ? entry.name + '（' + entry.spec + '）' : entry.name));
    text.appendChild(el('span', 'lineup__meta', LH.yuan(entry.price_fen) + ' · 已卖 ' + entry.sold + ' 件'));
    if (now) text.appendChild(el('span', 'badge badge--now', '正在讲解'));
    item.appendChild(text);
    const plus = el('button', 'btn btn--big btn--go lineup__plus', '+1');
    plus.type = 'button';
    plus.setAttribute('aria-label', entry.name + ' 记一件');
    plus.addEventListener('click', function () { tally(entry, plus); });
    item.appendChild(plus);
    return item;
  }

  /* Fetch and draw; `worthDrawing(ticket, data)` is false when a newer refresh has started meanwhile or the
   * answer is the one already on screen. */
  async function load(ticket, worthDrawing) {
    const answer = await LH.api('GET', '/api/v1/live');
    if (!answer.ok) { ui.notice(LH.detailText(answer.data, '读取直播失败（' + answer.status + '）')); return; }
    if (!worthDrawing(ticket, answer.data)) return;
    const live = answer.data;
    $('live-idle').hidden = Boolean(live.active);
    $('live-on').hidden = !live.active;
    const list = $('lineup');
    LH.clear(list);
    if (!live.active) return;
    const totals = live.totals || {};
    $('live-totals').textContent = LH.shown(live.title ? live.title + ' · ' : '') + '共卖 ' + (totals.items || 0) + ' 件 · ' +
      LH.yuan(totals.revenue_fen || 0);
    (live.lineup || []).forEach(function (entry) { list.appendChild(row(entry, live.explaining)); });
  }

  function wire(handlers) {
    ui = handlers;
    $('cue-previous').addEventListener('click', function () { cue('previous'); });
    $('cue-next').addEventListener('click', function () { cue('next'); });
  }

  window.LHLive = { wire: wire, load: load };
})();
