/* The helper page: pairing, the packing queue by state, shipping and problem dialogs, the pick list, and
 * (for the assistant) the live tab from live.js. Server data is only ever put in the page as text. */
'use strict';

(function () {
  const LH = window.LH;
  const el = LH.el;
  const STATES = ['pending', 'packing', 'packed', 'shipped', 'problem'];
  const VIEW_KEY = 'livehelper.view';
  const CONFLICT = '这个任务刚被别人改过，已显示最新状态';
  const OFFLINE = '连不上电脑。请确认手机和电脑连着同一个 Wi-Fi，电脑上的直播助手开着。';
  // [button text, target state, look]; 已发货 and 异常 open a dialog first.
  const ACTIONS = {
    pending: [['开始打包', 'packing', 'go'], ['异常', 'problem', 'warn']],
    packing: [['已打包', 'packed', 'go'], ['异常', 'problem', 'warn'], ['撤销', 'pending', 'plain']],
    packed: [['已发货', 'shipped', 'go'], ['异常', 'problem', 'warn'], ['撤销', 'packing', 'plain']],
    problem: [['恢复待打包', 'pending', 'go']],
  };

  // `shown` is the last answer drawn: an identical answer is not redrawn, so a tap never lands on a card
  // that is being replaced and the list does not flicker on every event.
  const page = { view: 'pending', me: null, couriers: [], feed: null, refreshTimer: null, request: 0, shown: '',
    wanted: 0, total: 0, nextOffset: null, loadingMore: false };

  function unchanged(data) {
    const signature = page.view + ':' + JSON.stringify(data);
    if (signature === page.shown) return true;
    page.shown = signature;
    return false;
  }
  const $ = function (id) { return document.getElementById(id); };

  function show(node, visible) { node.hidden = !visible; }

  let toastTimer = null;
  function toast(text) {
    const box = $('toast');
    box.textContent = LH.shown(text);
    show(box, true);
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { show(box, false); }, 2500);
  }

  function notice(text, kind, lines, task) {
    const box = $('notice');
    box.className = 'notice notice--' + (kind || 'error');
    $('notice-text').textContent = LH.shown(text);
    const list = $('notice-list');
    LH.clear(list);
    (lines || []).forEach(function (line) { list.appendChild(el('li', null, line)); });
    const holder = $('notice-task');
    LH.clear(holder);
    if (task) holder.appendChild(taskCard(task, true));
    show(box, true);
    box.scrollIntoView({ block: 'start' });  // its headline below the sticky top bar
  }
  function hideNotice() { show($('notice'), false); }

  function showPairing(text) {
    if (page.feed) page.feed.stop();
    page.feed = null;
    $('pairing-text').textContent = LH.shown(text);
    show($('pairing'), true);
    show($('app'), false);
    $('link').textContent = '';
    ['ship-dialog', 'problem-dialog'].forEach(function (id) { if ($(id).open) $(id).close(); });
  }

  function courierName(code) {
    const found = page.couriers.find(function (courier) { return courier.code === code; });
    return found ? found.name : code;
  }

  // ---- the queue ------------------------------------------------------------------------------------
  function line(className, label, value) {
    const row = el('p', className);
    row.appendChild(el('span', 'label', label));
    row.appendChild(el('span', 'value', value));
    return row;
  }

  function taskCard(task, fresh) {
    const card = el('li', 'card' + (fresh ? ' card--fresh' : ''));
    card.dataset.taskId = String(task.id);
    card.dataset.status = task.status;
    const head = el('div', 'card__head');
    head.appendChild(el('span', 'card__order', (task.order_nos || [task.order_no]).join(' / ')));
    head.appendChild(el('span', 'badge badge--' + task.status, task.status_label || task.status));
    card.appendChild(head);
    const items = el('ul', 'card__items');
    (task.items || []).forEach(function (item) {
      const row = el('li', 'item');
      // the catalog's name, as the desktop shows it; the platform's long title beneath, to match the order
      const title = el('span', 'item__title', item.name || item.title);
      if (item.name) {
        title.appendChild(el('span', 'item__platform', [item.title, item.spec].filter(Boolean).join(' · ')));
      } else if (item.spec) {
        title.appendChild(el('span', 'item__spec', item.spec));
      }
      row.appendChild(title);
      row.appendChild(el('span', 'item__qty', '× ' + item.qty));
      items.appendChild(row);
    });
    card.appendChild(items);
    (task.missing || []).forEach(function (gap) { card.appendChild(line('card__note', '注意', gap)); });
    if (task.note) card.appendChild(line('card__note', '买家备注', task.note));
    if (task.problem_reason && task.status === 'problem') {
      card.appendChild(line('card__note', '异常原因', task.problem_reason));
    }
    card.appendChild(line('card__line', '收件人', [task.buyer, task.city].filter(Boolean).join(' · ') || '—'));
    if (task.address) card.appendChild(line('card__line', '地址', task.address));
    card.appendChild(line('card__line', '负责人', task.assignee || '未分配'));
    if (task.tracking_no || task.courier) {
      const courier = task.courier_name || courierName(task.courier) || '';
      card.appendChild(line('card__line', '快递', (courier + ' ' + (task.tracking_no || '')).trim()));
    }
    const actions = el('div', 'card__actions');
    (ACTIONS[task.status] || []).forEach(function (action) {
      const button = el('button', 'btn btn--big btn--' + action[2], action[0]);
      button.type = 'button';
      button.dataset.to = action[1];
      button.addEventListener('click', function () { act(task, action[1], button); });
      actions.appendChild(button);
    });
    if (actions.firstChild) card.appendChild(actions);
    return card;
  }

  function renderCounts(counts) {
    document.querySelectorAll('[data-count]').forEach(function (node) {
      node.textContent = String((counts && counts[node.dataset.count]) || 0);
    });
  }

  /* The queue comes in pages (the API's offset/next_offset): PAGE_SIZE cards first, PAGE_SIZE more whenever
   * the helper scrolls to the end of the list (or taps 加载更多), and the line under the list says how many of
   * the tab's tasks are shown. A refresh fetches again as many as were shown. */
  const PAGE_SIZE = 100;
  const MAX_LIMIT = 1000;  // the API's largest page

  function tasksPath(offset, limit) {
    return '/api/v1/tasks?status=' + encodeURIComponent(page.view) + '&offset=' + offset + '&limit=' + limit;
  }

  function renderMore() {
    const shown = $('task-list').childElementCount;
    const total = page.total;
    $('queue-more-text').textContent = '显示 ' + shown + ' / ' + total;
    show($('queue-more'), total > 0);
    show($('queue-more-button'), page.nextOffset !== null);
  }

  async function loadQueue() {
    const ticket = ++page.request;
    const wanted = Math.max(PAGE_SIZE, page.wanted || 0);
    let tasks = [];
    let data = null;
    for (let offset = 0; offset !== null && offset < wanted;) {
      const answer = await LH.api('GET', tasksPath(offset, Math.min(MAX_LIMIT, wanted - offset)));
      if (ticket !== page.request) return;  // a newer refresh is on its way
      if (!answer.ok) { notice(LH.detailText(answer.data, '读取任务失败（' + answer.status + '）')); return; }
      data = answer.data;
      tasks = tasks.concat(data.tasks || []);
      offset = typeof data.next_offset === 'number' ? data.next_offset : null;
    }
    show($('queue-loading'), false);  // the first answer is in: counts and cards, no more "…"
    if (unchanged({ tasks: tasks, counts: data.counts })) return;
    renderCounts(data.counts);
    const list = $('task-list');
    LH.clear(list);
    const seen = new Set();
    tasks.forEach(function (task) {
      if (!seen.has(task.id)) { seen.add(task.id); list.appendChild(taskCard(task, false)); }
    });
    page.total = typeof data.total === 'number' ? data.total : tasks.length;
    page.nextOffset = tasks.length < page.total ? tasks.length : null;
    show($('queue-empty'), !list.firstChild);
    renderMore();
  }

  async function loadMore() {
    if (page.loadingMore || page.nextOffset === null || STATES.indexOf(page.view) < 0) return;
    page.loadingMore = true;
    const ticket = page.request;
    try {
      const answer = await LH.api('GET', tasksPath(page.nextOffset, PAGE_SIZE));
      if (ticket !== page.request || !answer.ok) return;
      const list = $('task-list');
      const seen = new Set(Array.prototype.map.call(list.children, function (node) { return node.dataset.taskId; }));
      (answer.data.tasks || []).forEach(function (task) {
        if (!seen.has(String(task.id))) list.appendChild(taskCard(task, false));
      });
      page.total = answer.data.total;
      page.nextOffset = typeof answer.data.next_offset === 'number' ? list.childElementCount : null;
      page.wanted = list.childElementCount;
      page.shown = '';  // the next refresh draws the whole list again
      renderMore();
    } catch (error) {
      if (!(error instanceof LH.RevokedError)) setLink(false);
    } finally {
      page.loadingMore = false;
    }
    if (nearTheEnd()) loadMore();  // a tall screen may show the end of the new page at once
  }

  function nearTheEnd() {
    const more = $('queue-more');
    return !more.hidden && more.getBoundingClientRect().top < window.innerHeight + 400;
  }

  async function loadPicklist() {
    const ticket = ++page.request;
    const answer = await LH.api('GET', '/api/v1/picklist?status=pending');
    if (ticket !== page.request) return;
    if (!answer.ok) { notice(LH.detailText(answer.data, '读取拣货单失败（' + answer.status + '）')); return; }
    if (unchanged(answer.data)) return;
    const body = $('pick-lines');
    LH.clear(body);
    (answer.data.lines || []).forEach(function (pick) {
      const row = el('tr');
      row.appendChild(el('td', null, pick.name));
      row.appendChild(el('td', null, pick.spec || ''));
      row.appendChild(el('td', 'num', pick.qty));
      body.appendChild(row);
    });
    show($('pick-empty'), !body.firstChild);
  }

  async function refresh() {
    try {
      if (page.view === 'picklist') await loadPicklist();
      else if (page.view === 'live') await window.LHLive.load(++page.request, function (ticket, data) {
        return ticket === page.request && !unchanged(data);
      });
      else await loadQueue();
    } catch (error) {
      if (!(error instanceof LH.RevokedError)) setLink(false);  // polling goes on and tries again
    }
  }

  function scheduleRefresh() {
    clearTimeout(page.refreshTimer);
    page.refreshTimer = setTimeout(refresh, 150);
  }

  function selectView(view) {
    page.view = view;
    page.shown = '';
    page.wanted = 0;
    try { sessionStorage.setItem(VIEW_KEY, view); } catch (error) { /* not kept */ }
    document.querySelectorAll('.tab').forEach(function (tab) {
      const current = tab.dataset.view === view;
      tab.classList.toggle('tab--current', current);
      tab.setAttribute('aria-pressed', current ? 'true' : 'false');
    });
    show($('queue'), STATES.indexOf(view) >= 0);
    show($('picklist'), view === 'picklist');
    show($('live'), view === 'live');
    hideNotice();
    refresh();
  }

  // ---- changing a task ------------------------------------------------------------------------------
  /* POST the transition. Answers 'done', 'conflict' or 'failed' (all shown already), or 'invalid' with the
   * server's reason in `message`, so that a dialog can stay open and show it beside the field. */
  async function transition(task, body) {
    body.version = task.version;
    let answer;
    try {
      answer = await LH.api('POST', '/api/v1/tasks/' + task.id + '/transition', body);
    } catch (error) {
      if (!(error instanceof LH.RevokedError)) notice(OFFLINE);
      return { outcome: 'failed' };
    }
    if (answer.ok) {
      const fresh = answer.data.task;
      const warnings = answer.data.warnings || [];
      if (warnings.length) notice('已改为「' + fresh.status_label + '」，但请核对：', 'warn', warnings);
      else { hideNotice(); toast('已改为「' + fresh.status_label + '」'); }
      refresh();
      return { outcome: 'done' };
    }
    if (answer.status === 409) {
      const fresh = answer.data && answer.data.task;
      notice(CONFLICT, 'conflict', [], fresh && fresh.id ? fresh : null);
      refresh();
      return { outcome: 'conflict' };
    }
    if (answer.status === 422) return { outcome: 'invalid', message: LH.detailText(answer.data, '这一步做不了') };
    notice(LH.detailText(answer.data, '出错了，请再试一次（' + answer.status + '）'));
    return { outcome: 'failed' };
  }

  async function act(task, to, button) {
    if (to === 'shipped') { window.LHDialogs.openShip(task, page.couriers); return; }
    if (to === 'problem') { window.LHDialogs.openProblem(task); return; }
    button.disabled = true;
    const result = await transition(task, { to: to });
    button.disabled = false;
    if (result.outcome === 'invalid') notice(result.message);
  }

  // ---- start ------------------------------------------------------------------------------------------
  function wire() {
    document.querySelectorAll('.tab').forEach(function (tab) {
      tab.addEventListener('click', function () { selectView(tab.dataset.view); });
    });
    $('notice-close').addEventListener('click', hideNotice);
    $('queue-more-button').addEventListener('click', loadMore);
    window.addEventListener('scroll', function () { if (nearTheEnd()) loadMore(); }, { passive: true });
    window.LHDialogs.wire(transition);
    window.LHLive.wire({ toast: toast, notice: notice, refresh: refresh });
  }

  function setLink(online) {
    const link = $('link');
    link.textContent = online ? '实时' : '重连中…';
    link.className = 'link ' + (online ? 'link--on' : 'link--off');
  }

  /* Shows `text` on the pairing screen and tries `again` once `seconds` have passed, counting down when the
   * server said how long to wait: a phone told to wait (429) or offline comes back by itself, no reload. */
  let retryTimer = null;
  function retryLater(again, seconds, text) {
    clearTimeout(retryTimer);
    let left = Math.max(1, seconds);
    function tick() {
      if (left <= 0) { retryTimer = null; again(); return; }
      showPairing(typeof text === 'function' ? text(left) : text);
      left -= 1;
      retryTimer = setTimeout(tick, 1000);
    }
    tick();
  }

  async function start() {
    LH.setRevokedHandler(function () {
      clearTimeout(retryTimer);
      showPairing('这个手机的配对已被取消。请在电脑上重新添加帮手，再扫描新的配对二维码。');
    });
    if (!LH.takeToken('hash')) { showPairing('请用手机扫描电脑上的配对二维码'); return; }
    wire();
    await enter();
  }

  async function enter() {
    let me;
    try {
      me = await LH.api('GET', '/api/v1/me');
    } catch (error) {
      if (!(error instanceof LH.RevokedError)) retryLater(enter, 5, OFFLINE);
      return;
    }
    if (me.status === 429 || me.status === 503) {
      retryLater(enter, me.retryAfter || 5, function (left) { return '请 ' + left + ' 秒后再试，到时会自动重试'; });
      return;
    }
    if (!me.ok) { showPairing(LH.detailText(me.data, '暂时打不开（' + me.status + '），请稍后再试')); return; }
    page.me = me.data;
    const assistant = me.data.role === 'assistant';
    $('who').textContent = LH.shown(me.data.name) + (assistant ? ' · 助播' : ' · 打包');
    show(document.querySelector('[data-view="live"]'), assistant);
    show($('pairing'), false);
    show($('app'), true);
    const couriers = await LH.api('GET', '/api/v1/couriers');
    if (couriers.ok && Array.isArray(couriers.data)) page.couriers = couriers.data;
    let view = 'pending';
    try { view = sessionStorage.getItem(VIEW_KEY) || 'pending'; } catch (error) { view = 'pending'; }
    if (view === 'live' && !assistant) view = 'pending';
    selectView(view);
    page.feed = LH.liveFeed({
      kinds: ['task', 'order', 'live'],
      poll: refresh,
      onStatus: setLink,
      onChange: function (kind) {
        if (kind === 'live' ? page.view === 'live' : page.view !== 'live') scheduleRefresh();
      },
    });
  }

  document.addEventListener('DOMContentLoaded', start);
})();
