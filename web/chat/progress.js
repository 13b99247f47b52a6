// One progress bar for the whole chat, fed by the prompt metadata's `progress` (CONVERSATION.md): percent and minutes
// left when the bot sends them, else step k of n; "paused" in the crisis branch; a finished state after submission.
export function createProgress(strings) {
  const bar = document.getElementById('progress');
  const label = document.getElementById('progress-label');
  const set = (value, text, state) => {
    bar.value = Math.max(0, Math.min(100, value));
    label.textContent = text;
    bar.dataset.state = state;
  };

  function minutesText(minutes) {
    const rounded = Math.max(1, Math.round(minutes));
    return rounded === 1 ? strings.minuteLeft : strings.minutesLeft.replace('{count}', String(rounded));
  }

  return {
    /** From one prompt's metadata; `inCrisis` guesses the crisis branch for bots that send no `paused` yet. */
    update(progress, inCrisis) {
      if (!progress) return;
      const { index, total, percent, minutesLeft, paused } = progress;
      const hasSteps = Number.isInteger(index) && Number.isInteger(total) && total > 0;
      const value = Number.isFinite(percent)
        ? percent
        : hasSteps
          ? Math.round((100 * index) / total)
          : Number(bar.value);
      if (typeof paused === 'boolean' ? paused : inCrisis) {
        set(Number(bar.value), strings.paused, 'paused');
        return;
      }
      let text = '';
      if (Number.isFinite(minutesLeft) && minutesLeft > 0) text = minutesText(minutesLeft);
      else if (Number.isFinite(percent))
        text = strings.progressPercent.replace('{percent}', String(Math.round(percent)));
      else if (hasSteps)
        text = strings.progressStep.replace('{index}', String(index)).replace('{total}', String(total));
      set(value, text, 'active');
    },
    paused() {
      set(Number(bar.value), strings.paused, 'paused');
    },
    finished() {
      set(100, strings.done, 'done');
    },
  };
}
