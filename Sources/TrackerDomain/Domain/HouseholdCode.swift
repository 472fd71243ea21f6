/// How household codes (户编号) are compared.
///
/// Codes are typed by hand from paper and spreadsheets, where h001 and H001
/// are the same household; matching ignores the case of Latin letters (and
/// only theirs, like SQLite's NOCASE and `upper()`), while the code is stored
/// as first written.
public enum HouseholdCode {
    /// The form two codes share when they name the same household.
    public static func matchKey(_ code: String) -> String {
        String(String.UnicodeScalarView(code.unicodeScalars.map { scalar in
            (0x61...0x7A).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x20)! : scalar
        }))
    }
}
