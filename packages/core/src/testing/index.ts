/** Test helpers for Quiver: fast-check arbitraries for Arrow data. */
export {};
