export const CLASSIC_SCRIPT: string;
export const SRI_JSON: string;
export function integrity(path: string): string;
export function sriFiles(root?: string): string[];
export function cdnUrl(version: string, file: string): string;
