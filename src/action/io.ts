// What a run needs from the runner, injected so that tests can drive runAction in process.

export interface ActionIo {
  info: (line: string) => void;
  warning: (line: string) => void;
  setOutput: (name: string, value: string) => void;
  setSecret: (value: string) => void;
  setFailed: (message: string) => void;
  writeSummary: (markdown: string) => Promise<void>;
  getIdToken: (audience: string) => Promise<string>;
  workspace: string;
  /** The clock (the rotation's token ages, a new token's date); tests inject one. Default: the system clock. */
  now?: () => Date;
}
