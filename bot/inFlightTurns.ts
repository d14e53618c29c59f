/**
 * Counts the turns being processed so a shutdown can wait for them: a user whose question arrived just before
 * SIGTERM still gets the answer.
 */
export class InFlightTurns {
  private active = 0;
  private waiters: Array<() => void> = [];

  get count(): number {
    return this.active;
  }

  async track<T>(turn: () => Promise<T>): Promise<T> {
    this.active += 1;
    try {
      return await turn();
    } finally {
      this.active -= 1;
      if (this.active === 0) this.releaseWaiters();
    }
  }

  /** Resolves once no turn is in flight (at once if none is). */
  drained(): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private releaseWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
