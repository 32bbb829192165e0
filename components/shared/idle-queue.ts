// One queue of idle work for the whole page: twenty forms ask for their idle work (preloads, long
// option lists) through one idle callback at a time, one piece per idle period, so what they do after
// first render never adds up to a long task while a person types.

const queue: (() => void)[] = [];
let scheduled = false;

function runNext(): void {
  scheduled = false;
  queue.shift()?.();
  schedule();
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(runNext, { timeout: 3000 });
  else setTimeout(runNext, 200);
}

/** Runs `work` once the browser is idle, after the work asked for before it. */
export function whenIdle(work: () => void): void {
  queue.push(work);
  schedule();
}
