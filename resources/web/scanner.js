/* The 扫码 button of the ship dialog: the phone camera and the browser's own BarcodeDetector, offered only
 * where the browser has both (Chrome on Android over https or localhost); hidden everywhere else. */
'use strict';

(function () {
  let stream = null;
  let timer = null;

  function available() {
    return 'BarcodeDetector' in window && Boolean(navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
  }

  function stop() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
    stream = null;
    const video = document.getElementById('ship-video');
    if (video) { video.srcObject = null; video.hidden = true; }
  }

  async function scan(video, input) {
    stop();
    try {
      const detector = new window.BarcodeDetector();
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
      const look = async function () {
        if (!stream) return;
        let codes = [];
        try { codes = await detector.detect(video); } catch (error) { codes = []; }
        if (codes.length && codes[0].rawValue) {
          input.value = codes[0].rawValue.replace(/\s+/g, '').toUpperCase();
          stop();
          input.focus();
          return;
        }
        timer = setTimeout(look, 250);
      };
      look();
    } catch (error) {
      stop();
      input.focus();  // no camera permission or no camera: typing still works
    }
  }

  function prepare(button, video, input) {
    stop();
    button.hidden = !available();
    button.onclick = function () { scan(video, input); };
  }

  window.LHScanner = { prepare: prepare, stop: stop };
})();
