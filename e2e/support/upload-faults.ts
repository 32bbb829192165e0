// Faults on document uploads (POST /v1/files), set up the same way by every document test.
import type { EmulatorAdmin, Fault } from './emulator-admin';

export interface UploadFaults {
  /** The next `times` uploads (one unless told) meet `fault` before the emulator handles them: none stores a file. */
  inject(fault: Fault, options?: { times?: number }): Promise<void>;
  /** Clears every queued fault: uploads from now on are answered normally. */
  reset(): Promise<void>;
}

export function uploadFaults(emulator: EmulatorAdmin): UploadFaults {
  return {
    inject: (fault, { times = 1 } = {}) =>
      emulator.injectFault({ path: '/v1/files', method: 'POST', count: times, when: 'before', fault }),
    reset: () => emulator.clearFaults(),
  };
}
