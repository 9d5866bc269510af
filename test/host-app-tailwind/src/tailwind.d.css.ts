// The host's own stylesheet has no exports: import it for its rules.
export {};
