/** A stand-in for `console.warn` that records every call instead of printing it. */
export interface WarnSpy {
  /** The arguments of each call, in order. */
  readonly calls: unknown[][];
  /** The first argument of each call, as text. */
  readonly messages: string[];
  /** Puts the real `console.warn` back. */
  restore(): void;
}

export function spyOnWarn(): WarnSpy {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  return {
    calls,
    get messages() {
      return calls.map((args) => String(args[0]));
    },
    restore() {
      console.warn = original;
    },
  };
}
