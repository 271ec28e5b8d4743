/** A custom-elements.json (schema 2.x), as far as the kit reads it. */
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Record<string, unknown>[] }[];
  [key: string]: unknown;
}
export function publicDeclaration<D extends Record<string, unknown>>(declaration: D): D;
export function publicApi<M extends Manifest>(manifest: M): M;
