// Exit codes, in one place (the README's "Limits and failure behaviour" lists the same).
export const EXIT = {
  /** done; nothing to report (extract wrote its tables, diff found no conflict, check found no drift) */
  OK: 0,
  /** findings: diff found conflicts, check found drift */
  FINDINGS: 1,
  /** usage or input errors, after finishing what could be finished */
  ERROR: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
