/// A validated resident ID number (居民身份证号码, GB 11643-1999).
///
/// Household heads and members are matched across imports by this number,
/// so a typo must be caught on entry, with a reason precise enough to find
/// it. The old 15-digit form (no century, no check character) is still on
/// some records and is accepted as it is.
///
/// `description` is masked: interpolating an ID into a message or a log
/// never leaks the whole number; `value` is there when it is really needed.
public struct ResidentID: Hashable, Sendable, CustomStringConvertible {
    /// The number as stored: 18 characters with an uppercase X, or 15 digits.
    public let value: String
    /// The birth date embedded in the number.
    public let birthDate: CalendarDate
    /// The sex the sequence number encodes (odd: male).
    public let sex: Sex

    /// Weights Wᵢ of the first 17 digits in the check sum.
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// The check character for each value of S mod 11.
    private static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// Validates `text` (surrounding whitespace ignored, a final x read as X).
    ///
    /// Checks, in order: length; digits; the check character; the area
    /// code's first digit (1–8); the birth date being real, from 1900, and
    /// not after `today`.
    public init(_ text: String, today: CalendarDate = .today()) throws(DomainError) {
        let trimmed = text.trimmingWhitespace()
        func fail(_ problem: ResidentIDProblem) -> DomainError {
            .invalidResidentID(value: text, problem: problem)
        }
        // A valid number is ASCII, and rosters hold 100,000 of them: work on
        // bytes. Anything else is refused, named by the Character at fault.
        guard trimmed.utf8.allSatisfy({ $0 < 0x80 }) else {
            let characters = Array(trimmed)
            guard characters.count == 18 || characters.count == 15 else { throw fail(.length(characters.count)) }
            let (index, character) = characters.enumerated().first { !ASCIIDigits.isDigit($0.element) }!
            throw fail(.nonDigit(position: index + 1, character: character))
        }
        var bytes = Array(trimmed.utf8)
        guard bytes.count == 18 || bytes.count == 15 else {
            throw fail(.length(bytes.count))
        }
        let isLegacy = bytes.count == 15
        if !isLegacy, bytes[17] == UInt8(ascii: "x") { bytes[17] = UInt8(ascii: "X") }
        for (index, byte) in bytes.enumerated() where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            if index == 17, byte == UInt8(ascii: "X") { continue }
            throw fail(.nonDigit(position: index + 1, character: Character(Unicode.Scalar(byte))))
        }
        if !isLegacy {
            let expected = Self.checkCharacter(first17: bytes[0..<17])
            let found = Character(Unicode.Scalar(bytes[17]))
            guard found == expected else {
                throw fail(.checkCharacter(expected: expected, found: found))
            }
        }
        guard bytes[0] != UInt8(ascii: "0"), bytes[0] != UInt8(ascii: "9") else {
            throw fail(.areaCode(String(decoding: bytes[0..<6], as: UTF8.self)))
        }
        let birthBytes = isLegacy ? Array("19".utf8) + bytes[6..<12] : Array(bytes[6..<14])
        guard
            let birth = CalendarDate(
                year: ASCIIDigits.value(birthBytes[0..<4])!, month: ASCIIDigits.value(birthBytes[4..<6])!,
                day: ASCIIDigits.value(birthBytes[6..<8])!)
        else {
            throw fail(.impossibleBirthDate(String(decoding: birthBytes, as: UTF8.self)))
        }
        guard birth.year >= 1900 else { throw fail(.birthBefore1900(birth)) }
        guard birth <= today else { throw fail(.birthInFuture(birth)) }

        let sequenceDigit = Int(bytes[isLegacy ? 14 : 16] - UInt8(ascii: "0"))
        self.value = String(decoding: bytes, as: UTF8.self)
        self.birthDate = birth
        self.sex = sequenceDigit % 2 == 1 ? .male : .female
    }

    /// The check character for the first 17 digits of an 18-character
    /// number, or nil unless `digits` is exactly 17 ASCII digits. Tests and
    /// data generators build valid numbers with it.
    public static func checkCharacter(forFirst17 digits: String) -> Character? {
        let bytes = Array(digits.utf8)
        guard bytes.count == 17, ASCIIDigits.value(bytes) != nil else { return nil }
        return checkCharacter(first17: bytes[...])
    }

    /// The MOD 11-2 check character of 17 ASCII digits (the caller checked them).
    static func checkCharacter(first17 bytes: ArraySlice<UInt8>) -> Character {
        var sum = 0
        for (byte, weight) in zip(bytes, weights) {
            sum += Int(byte - UInt8(ascii: "0")) * weight
        }
        return checkCharacters[sum % 11]
    }

    /// Whether this is an old 15-digit number.
    public var isLegacy: Bool { value.utf8.count == 15 }

    /// The 6-digit administrative area code of the place of first registration.
    public var areaCode: String { String(value.prefix(6)) }

    /// The number in the 18-character form: an old 15-digit number gains
    /// the century 19 and a check character, so both forms of one person's
    /// number can be compared.
    public var eighteenCharacterForm: String {
        guard isLegacy else { return value }
        let first17 = String(value.prefix(6)) + "19" + String(value.dropFirst(6))
        return first17 + String(Self.checkCharacter(forFirst17: first17)!)
    }

    /// The age in whole years on `date`.
    public func age(on date: CalendarDate) -> Int {
        birthDate.age(on: date)
    }

    /// The masked number (`3729**********1234`).
    public var description: String { Masking.idNumber(value) }
}
