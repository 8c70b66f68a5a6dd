// What the session and the reminders use from the device: a sound, a vibration, the screen kept awake.

let audio = null;

/**
 * A short tone through Web Audio: high for "go", low for "rest". Browsers allow sound only after
 * the person has interacted with the page; before that this stays silent rather than failing.
 */
export function chime(kind = 'go') {
  try {
    audio ||= new (window.AudioContext || window.webkitAudioContext)();
    if (audio.state === 'suspended') audio.resume();
    const now = audio.currentTime;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = kind === 'rest' ? 440 : kind === 'due' ? 660 : 880;
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.2, now + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.35);
    tone.connect(gain).connect(audio.destination);
    tone.start(now);
    tone.stop(now + 0.4);
    document.body.dataset.lastCue = kind; // what was last sounded, for people (and tests) checking the cue
  } catch { /* no Web Audio: the visible cue stands alone */ }
  if (navigator.vibrate) try { navigator.vibrate(kind === 'rest' ? 80 : 150); } catch { /* not supported */ }
}

let wakeLock = null;

/** Keeps the screen on during a session where the browser supports it; true when it does. */
export async function keepAwake() {
  try {
    if (!('wakeLock' in navigator)) return false;
    wakeLock = await navigator.wakeLock.request('screen');
    return true;
  } catch {
    return false; // refused (battery saver, hidden tab): the session works without it
  }
}

export function letSleep() {
  try { wakeLock?.release(); } catch { /* already released */ }
  wakeLock = null;
}
