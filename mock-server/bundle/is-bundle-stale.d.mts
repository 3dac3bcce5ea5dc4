// Types for is-bundle-stale.mjs, which stays plain JS so a start never loads the type stripper.

/** Where to look for sources newer than the bundle; the repository's own by default. */
export interface BundleInputs {
  sourceDirs?: readonly string[];
  inputFiles?: readonly string[];
}

export declare function isBundleStale(bundle: string, inputs?: BundleInputs): boolean;
