export const MARKER_PREFIX: string;
export function sourceHash(root: string): string;
