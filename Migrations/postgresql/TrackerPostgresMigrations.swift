// Anchor source for the TrackerPostgresMigrations target: SwiftPM drops a
// target with no Swift file, and the build-tool plugin generates
// `embeddedMigrations` from the .sql files beside this one.
