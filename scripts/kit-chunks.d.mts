export type ChunkLists = Record<string, string[]>;
export function chunkLists(dist?: URL): ChunkLists;
export function chunksFor(lists: ChunkLists, tags: readonly string[]): string[];
export function preloadHints(lists: ChunkLists, tags: readonly string[], scriptUrl: string, indent?: string): string;
export function snippetChunks(dist?: URL): ChunkLists;
