// Defaults shared by the library API and the command line. Kept apart from the pipeline modules so
// that importing them does not load the extractors (the CLI's main thread never needs those).

/** Inputs larger than this are refused (a stray video or database dump named .txt). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
