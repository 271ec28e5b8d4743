import type { Plugin } from 'vite';
export function hostilePagePlugin(): Plugin;
export function nullPrototypeLiteralsPlugin(): Plugin;
