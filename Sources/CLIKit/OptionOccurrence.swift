/// One value-taking option as it appeared on the command line.
///
/// `ParsedCommand.options` groups values by name, which loses how different
/// options were interleaved; commands where a later option refines an
/// earlier one (`--followup A --due D1 --followup B`) need the order.
public struct OptionOccurrence: Sendable, Hashable {
    /// The long name without dashes.
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
