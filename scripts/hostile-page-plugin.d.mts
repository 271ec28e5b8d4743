import type { Plugin } from 'vite';
export function hostilePagePlugin(): Plugin;
