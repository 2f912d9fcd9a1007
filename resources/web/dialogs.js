/* The helper page's two dialogs: 已发货 (courier and tracking number, scanned when the phone can) and 异常 (a
 * reason). `transition(task, body)` from app.js posts the change and shows its outcome; a dialog stays open
 * with the server's reason beside the field when the change was refused as invalid. */
'use strict';

(function () {
  const LH = window.LH;
  const el = LH.el;
  const COURIER_KEY = 'livehelper.courier';
  let transition = null;

  function $(id) { return document.getElementById(id); }
  function show(node, visible) { node.hidden = !visible; }

  function fieldError(id, text) {
    $(id).textContent = LH.shown(text || '');
    show($(id), Boolean(text));
  }

  // ---- 已发货: courier and tracking number ------------------------------------------------------------
  let shipTask = null;
  function openShip(task, couriers) {
    shipTask = task;
    $('ship-order').textContent = LH.shown('订单 ' + (task.order_nos || [task.order_no]).join(' / '));
    const select = $('ship-courier');
    LH.clear(select);
    const placeholder = el('option', null, '请选择快递公司');
    placeholder.value = '';
    select.appendChild(placeholder);
    couriers.forEach(function (courier) {
      const option = el('option', null, courier.name);
      option.value = courier.code;
      select.appendChild(option);
    });
    let last = '';
    try { last = localStorage.getItem(COURIER_KEY) || ''; } catch (error) { last = ''; }
    select.value = task.courier || last;
    if (select.value !== (task.courier || last)) select.value = '';
    $('ship-tracking').value = task.tracking_no || '';
    fieldError('ship-error', '');
    window.LHScanner.prepare($('ship-scan'), $('ship-video'), $('ship-tracking'));
    $('ship-dialog').showModal();
    (select.value ? $('ship-tracking') : select).focus();
  }

  async function submitShip(event) {
    event.preventDefault();
    const courier = $('ship-courier').value;
    const tracking = $('ship-tracking').value.replace(/\s+/g, '').toUpperCase();
    if (!courier) { fieldError('ship-error', '请选择快递公司'); return; }
    if (!tracking) { fieldError('ship-error', '请填写运单号'); return; }
    try { localStorage.setItem(COURIER_KEY, courier); } catch (error) { /* not kept */ }
    $('ship-ok').disabled = true;
    const result = await transition(shipTask, { to: 'shipped', courier: courier, tracking_no: tracking });
    $('ship-ok').disabled = false;
    if (result.outcome === 'invalid') fieldError('ship-error', result.message);
    else if (result.outcome !== 'failed') $('ship-dialog').close();
  }

  // ---- 异常: a reason ----------------------------------------------------------------------------------
  let problemTask = null;
  function openProblem(task) {
    problemTask = task;
    $('problem-order').textContent = LH.shown('订单 ' + (task.order_nos || [task.order_no]).join(' / '));
    $('problem-reason').value = '';
    fieldError('problem-error', '');
    $('problem-dialog').showModal();
    $('problem-reason').focus();
  }

  async function submitProblem(event) {
    event.preventDefault();
    const reason = $('problem-reason').value.trim();
    if (!reason) { fieldError('problem-error', '请写下出了什么问题'); return; }
    $('problem-ok').disabled = true;
    const result = await transition(problemTask, { to: 'problem', reason: reason });
    $('problem-ok').disabled = false;
    if (result.outcome === 'invalid') fieldError('problem-error', result.message);
    else if (result.outcome !== 'failed') $('problem-dialog').close();
  }

  function wire(post) {
    transition = post;
    $('ship-form').addEventListener('submit', submitShip);
    $('problem-form').addEventListener('submit', submitProblem);
    $('ship-cancel').addEventListener('click', function () { $('ship-dialog').close(); });
    $('problem-cancel').addEventListener('click', function () { $('problem-dialog').close(); });
    $('ship-dialog').addEventListener('close', function () { window.LHScanner.stop(); });
    $('ship-courier').addEventListener('change', function () { fieldError('ship-error', ''); });
    $('ship-tracking').addEventListener('input', function () { fieldError('ship-error', ''); });
    $('problem-reason').addEventListener('input', function () { fieldError('problem-error', ''); });
  }

  window.LHDialogs = { wire: wire, openShip: openShip, openProblem: openProblem };
})();
