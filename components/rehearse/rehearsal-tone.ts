/**
 * A short, soft tone for a passed checkpoint, made with Web Audio so no sound
 * file ships. Only played when the user has turned sound on.
 */
export function playSoftTone(): void {
  try {
    const context = new AudioContext();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const start = context.currentTime;
    oscillator.frequency.value = 660;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.06, start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.5);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.55);
    oscillator.onended = () => void context.close();
  } catch {
    // No audio device or API: the visual cue is still there.
  }
}
