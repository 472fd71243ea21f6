import TrackerDomain
import TrackerStore

/// A failure whose stdout is still the answer: `check --json` on an unsound
/// database prints the problems as a document for programs, and the command
/// still fails (one `Error:` line on stderr, its exit code). Other failures
/// drop what was printed; this one keeps it.
struct FailureWithOutput: Error {
    let error: TrackerError
}
