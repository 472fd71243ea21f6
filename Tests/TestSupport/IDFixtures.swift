import TrackerDomain

/// Resident ID numbers that pass the GB 11643 check, made up for tests.
public enum IDFixtures {
    /// A valid 18-character number from its first 17 digits.
    public static func valid(_ first17: String) -> String {
        guard let check = ResidentID.checkCharacter(forFirst17: first17) else {
            preconditionFailure("\(first17) is not 17 digits")
        }
        return first17 + String(check)
    }

    /// A valid number for a person of `area` born on `birth` (YYYYMMDD);
    /// `sequence` (mod 1000) is odd for a man, even for a woman.
    public static func id(area: String = "371702", birth: String, sequence: Int) -> String {
        valid(area + birth + String(1000 + sequence % 1000).dropFirst())
    }
}
