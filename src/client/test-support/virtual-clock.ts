import type { Clock } from '../clock';

interface PendingTimer {
  dueAt: number;
  order: number;
  callback: () => void;
}

/**
 * A clock whose time only moves when every pending promise has settled: then the earliest timer fires
 * and `now()` jumps to its due time. Waits of seconds take microseconds, in a fixed order.
 * Works as long as the fakes it runs with settle through promises, not real timers.
 */
export function createVirtualClock(start = 0): Clock & { readonly pendingTimers: number } {
  let now = start;
  let order = 0;
  let pumpScheduled = false;
  const timers: PendingTimer[] = [];

  const pump = (): void => {
    pumpScheduled = false;
    timers.sort((a, b) => a.dueAt - b.dueAt || a.order - b.order);
    const next = timers.shift();
    if (!next) return;
    now = Math.max(now, next.dueAt);
    next.callback();
    schedulePump();
  };
  const schedulePump = (): void => {
    if (pumpScheduled || timers.length === 0) return;
    pumpScheduled = true;
    // setImmediate runs after all queued promise callbacks, i.e. once the code under test is idle.
    setImmediate(pump);
  };

  return {
    now: () => now,
    setTimeout(callback, ms) {
      const timer: PendingTimer = { dueAt: now + Math.max(0, ms), order: order++, callback };
      timers.push(timer);
      schedulePump();
      return () => {
        const index = timers.indexOf(timer);
        if (index !== -1) timers.splice(index, 1);
      };
    },
    get pendingTimers() {
      return timers.length;
    },
  };
}
