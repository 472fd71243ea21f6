#if canImport(Glibc)
import Bilingual
import Glibc
#endif

/// The command line as the kernel passed it: bytes, checked to be UTF-8.
///
/// `CommandLine.arguments` repairs invalid bytes to U+FFFD, so a name typed
/// in a GBK terminal would be stored as "��" without a word. Reading the
/// bytes first lets tracker refuse it instead (exit 65).
enum RawArguments {
    /// An argument that is not UTF-8: its position (1 = the first after
    /// `tracker`) and the offset of the first bad byte.
    struct NotUTF8: Error, Equatable {
        let position: Int
        let offset: Int
        let byte: UInt8
    }

    /// The arguments after the program name.
    static func current() -> Result<[String], NotUTF8> {
        var words: [[UInt8]] = []
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            words.append(Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) })
        }
        return decode(words)
    }

    static func decode(_ words: [[UInt8]]) -> Result<[String], NotUTF8> {
        var arguments: [String] = []
        for (index, bytes) in words.enumerated() {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                let offset = firstInvalidOffset(bytes)
                return .failure(NotUTF8(position: index + 1, offset: offset, byte: bytes[offset]))
            }
            arguments.append(text)
        }
        return .success(arguments)
    }

    /// Where decoding first fails: the start of the first ill-formed sequence.
    private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return min(offset, max(bytes.count - 1, 0))
            }
        }
    }
}

extension RawArguments.NotUTF8 {
    /// The one-line refusal, in both languages.
    var words: LocalizedText {
        let hex = String(byte, radix: 16, uppercase: true)
        return LocalizedText(en: "argument \(position) is not UTF-8 text (byte 0x\(hex) at offset \(offset)); set the terminal or script to UTF-8 and type it again",
                     zh: "第 \(position) 个参数不是 UTF-8 文本（偏移 \(offset) 处的字节 0x\(hex)）；请把终端或脚本设为 UTF-8 后重新输入")
    }
}
