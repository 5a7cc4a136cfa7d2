// One fixed seed for every fast-check property here: a failure is the same failure on every machine,
// and fast-check prints the counterexample and the path to replay it.
export const SEED = 20240902;
