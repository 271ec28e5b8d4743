import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this file runs in, and what it was launched with (scripts/browsers.mjs). */
export interface Launch {
  engine: Engine;
  /** `preferences`: launched as a patient who asked for reduced motion (and forced colours where possible). */
  profile: 'default' | 'preferences';
  reducedMotion: boolean;
  forcedColors: boolean;
  /** The time zone the browser was started in, when it cannot switch zones in a running page. */
  timeZone: string | null;
}

export const launch = await executeServerCommand<Launch, undefined>('cit-browser');
export const engine = launch.engine;

/**
 * Registers a test only in the engines that can really run it; elsewhere it does not exist (it is
 * not skipped). Every use is listed, with its reason, in the README ("Tests in only some engines").
 */
export function itIn(engines: readonly Engine[], title: string, fn: Mocha.AsyncFunc): void {
  if (engines.includes(engine)) it(title, fn);
}

/** Registers a test only where `runs` holds (a launch setting, say); listed in the README like `itIn`. */
export function itWhen(runs: boolean, title: string, fn: Mocha.AsyncFunc): void {
  if (runs) it(title, fn);
}

/**
 * The calendar files (.ics text) the kit saves while `act` runs: it makes each as a Blob behind an
 * object URL, once its file writer (loaded on the first click) is there. Waits for `count` files.
 */
export async function calendarFiles(act: () => void | Promise<void>, count = 1): Promise<string[]> {
  const files: Promise<string>[] = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    files.push((blob as Blob).text());
    return create(blob);
  };
  try {
    await act();
    const deadline = Date.now() + 5000;
    while (files.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  } finally {
    URL.createObjectURL = create;
  }
  return Promise.all(files);
}

/** A message with its placeholders filled in, as the widgets fill them (numbers here are already text or plain). */
export function fill(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
