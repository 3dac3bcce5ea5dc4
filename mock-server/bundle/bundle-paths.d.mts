// Types for bundle-paths.mjs, which stays plain JS so a start never loads the type stripper.
export declare const REPO_ROOT: string;
export declare const BUNDLE_DIR: string;
export declare const CLI_NAMES: readonly string[];
export declare const SOURCE_DIRS: readonly string[];
export declare const BUILD_INPUT_FILES: readonly string[];
export declare function bundlePath(name: string): string;
