/** Time comes from here, so tests can move it (SLA timers, daily caps, token expiry). */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

export class FakeClock extends Clock {
  private current: number;
  constructor(start: Date | string = '2026-01-05T09:00:00Z') {
    super();
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }
  advance(seconds: number): Date {
    this.current += seconds * 1000;
    return this.now();
  }
}
