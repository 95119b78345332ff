/**
 * A progress bar on stderr for long runs: only on a terminal, never on a pipe or a file, never when CI
 * is set, and only once a run has taken about a second, so that quick runs stay silent.
 */
export interface ProgressSink {
  readonly isTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly write: (s: string) => void;
  readonly columns?: number;
}

export interface Progress {
  /** `done` of `total` files, with a label such as "gelezen" / "read". */
  update(label: string, done: number, total: number): void;
  /** Clear the bar (call before anything else is written to stderr). */
  done(): void;
}

const SILENT: Progress = { update: () => {}, done: () => {} };

export function progressWanted(sink: Pick<ProgressSink, 'isTTY' | 'env'>): boolean {
  return sink.isTTY && !sink.env.CI && sink.env.TERM !== 'dumb';
}

export function makeProgress(sink: ProgressSink, delayMs = 1000, now: () => number = () => performance.now()): Progress {
  if (!progressWanted(sink)) return SILENT;
  const start = now();
  let shown = false;
  let last = 0;
  return {
    update(label, done, total) {
      const t = now();
      if (t - start < delayMs || (shown && t - last < 100 && done < total)) return;
      last = t;
      shown = true;
      const width = Math.max(10, Math.min(40, (sink.columns ?? 80) - 40));
      const filled = total ? Math.round((done / total) * width) : width;
      sink.write(`\r${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${done}/${total} ${label}\x1b[K`);
    },
    done() {
      if (shown) sink.write('\r\x1b[K');
      shown = false;
    },
  };
}
