import CLIKit

/// Pairs `--due` and `--owner` with the `--followup` they follow.
///
/// `--followup A --due D1 --followup B --owner O` gives A the deadline D1
/// and B the owner O. A `--due`/`--owner` before any `--followup` is the
/// visit's default, for the items its failed checks open and for follow-ups
/// without their own (see `VisitDraft`). Values stay text: the command
/// resolves dates and officials.
struct FollowUpPairing {
    struct Entry: Equatable {
        var text: String
        var due: String?
        var owner: String?
    }

    private(set) var followUps: [Entry] = []
    /// The visit's defaults; `text` is unused.
    private var defaults = Entry(text: "")
    var defaultDue: String? { defaults.due }
    var defaultOwner: String? { defaults.owner }

    /// Giving one slot two values (`--followup A --due X --due Y`) is a
    /// usage error: which one was meant cannot be told.
    init(_ occurrences: [OptionOccurrence]) throws(PairingError) {
        for occurrence in occurrences {
            switch occurrence.name {
            case "followup": followUps.append(Entry(text: occurrence.value))
            case "due": try fill(\.due, option: "due", with: occurrence.value)
            case "owner": try fill(\.owner, option: "owner", with: occurrence.value)
            default: continue
            }
        }
    }

    private mutating func fill(_ slot: WritableKeyPath<Entry, String?>, option: String,
                               with value: String) throws(PairingError) {
        if followUps.isEmpty {
            guard defaults[keyPath: slot] == nil else { throw PairingError(option: option, followUp: nil) }
            defaults[keyPath: slot] = value
        } else {
            let last = followUps.count - 1
            guard followUps[last][keyPath: slot] == nil else {
                throw PairingError(option: option, followUp: followUps[last].text)
            }
            followUps[last][keyPath: slot] = value
        }
    }

    struct PairingError: Error {
        let option: String
        /// The follow-up given the option twice; nil: the visit's default.
        let followUp: String?
    }
}
