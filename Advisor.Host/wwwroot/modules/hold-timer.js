// The single-hold countdown beside each movement of the routine.

import { clock } from './format.js';

const timers = new Set();

export function stopAllTimers() {
  for (const timer of timers) timer.stop(false);
  timers.clear();
}

export function makeTimer(total, output, button, status, startLabel, name) {
  const timer = {
    running: false,
    handle: 0,
    endAt: 0,
    start() {
      // One countdown at a time keeps the page (and the screen reader) calm.
      for (const other of [...timers]) if (other !== timer) other.stop(true);
      timer.running = true;
      timer.endAt = performance.now() + total * 1000;
      button.textContent = 'Stop';
      button.setAttribute('aria-label', `Stop the timer for ${name}`);
      button.classList.add('is-running');
      output.classList.remove('is-done');
      status.textContent = 'counting down';
      timers.add(timer);
      timer.tick();
      timer.handle = setInterval(timer.tick, 200);
    },
    tick() {
      const left = Math.max(0, Math.ceil((timer.endAt - performance.now()) / 1000));
      if (output.dataset.remaining !== String(left)) {
        output.dataset.remaining = String(left);
        output.textContent = clock(left);
      }
      if (left <= 0) timer.finish();
    },
    finish() {
      timer.stop(false);
      output.classList.add('is-done');
      output.dataset.remaining = '0';
      output.textContent = clock(0);
      status.textContent = 'done, nicely';
      button.textContent = 'Start again';
      button.setAttribute('aria-label', `Start again: ${startLabel} for ${name}`);
      if (navigator.vibrate) try { navigator.vibrate(150); } catch { /* not supported */ }
    },
    stop(reset) {
      clearInterval(timer.handle);
      timer.running = false;
      timers.delete(timer);
      button.classList.remove('is-running');
      if (reset) {
        output.dataset.remaining = String(total);
        output.textContent = clock(total);
        status.textContent = 'stopped';
        button.textContent = startLabel;
        button.setAttribute('aria-label', `${startLabel} for ${name}`);
      }
    },
  };
  return timer;
}
