/**
 * This tab's sessionStorage, for what a patient typed. Storage can be unavailable (privacy
 * settings, sandboxed frames, a full quota) and then throws: the widgets work without it, so every
 * call here swallows that and reads as nothing stored.
 */
export const sessionEntry = {
  get(key: string): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      sessionStorage.setItem(key, value);
    } catch {
      // Not kept: the widget still works.
    }
  },
  remove(key: string): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Nothing to remove where storage is unavailable.
    }
  },
};
