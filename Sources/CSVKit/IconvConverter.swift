import Glibc

/// A strict, owned iconv conversion between UTF-8 and GB18030.
///
/// We rely on glibc's iconv rather than shipping GB18030 tables. The
/// converter is strict on purpose: no `//TRANSLIT`, no `//IGNORE`, so a bad
/// byte or an unrepresentable character is an error with its byte offset and
/// never a silent `?` or U+FFFD in someone's name. It is non-copyable so the
/// iconv handle has exactly one owner and is closed exactly once.
struct IconvConverter: ~Copyable {
    /// Why a conversion stopped.
    enum Failure: Error, Equatable {
        /// iconv does not know the pair of encodings.
        case unavailable
        /// EILSEQ: invalid input, or input not representable in the target.
        case invalidSequence(byteOffset: Int)
        /// EINVAL: the input ends in the middle of a multi-byte sequence.
        case incompleteSequence(byteOffset: Int)
    }

    private let handle: iconv_t

    /// Opens a conversion from `source` to `target` (iconv charset names).
    init(from source: String, to target: String) throws(Failure) {
        let opened = iconv_open(target, source)
        guard let opened, opened != iconv_t(bitPattern: -1) else { throw .unavailable }
        handle = opened
    }

    deinit {
        iconv_close(handle)
    }

    /// Converts `input` in one pass, growing the output buffer on E2BIG.
    func convert(_ input: UnsafeBufferPointer<UInt8>) throws(Failure) -> [UInt8] {
        // Reset shift state so a converter could be reused safely.
        _ = iconv(handle, nil, nil, nil, nil)
        guard let inputBase = input.baseAddress, !input.isEmpty else { return [] }
        var output = [UInt8](repeating: 0, count: input.count + input.count / 2 + 16)
        var produced = 0
        var consumed = 0
        var flushing = false
        while true {
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inputBase + consumed)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = input.count - consumed
            var outLeft = output.count - produced
            let (result, code) = output.withUnsafeMutableBufferPointer { buffer in
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buffer.baseAddress! + produced)
                    .assumingMemoryBound(to: CChar.self)
                let result = flushing
                    ? iconv(handle, nil, nil, &outPointer, &outLeft)
                    : iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                return (result, result == -1 ? errno : 0)
            }
            let chunkStart = consumed
            if !flushing { consumed = input.count - inLeft }
            produced = output.count - outLeft
            if result != -1 {
                // A positive result counts "irreversible" conversions; strict
                // mode treats them as errors even though glibc only produces
                // them with transliteration, which we never request.
                if result > 0 { throw .invalidSequence(byteOffset: chunkStart) }
                if flushing { break }
                flushing = true
                continue
            }
            switch code {
            case E2BIG:
                output.append(contentsOf: repeatElement(0, count: max(output.count, 64)))
            case EINVAL:
                throw .incompleteSequence(byteOffset: consumed)
            default:
                throw .invalidSequence(byteOffset: consumed)
            }
        }
        output.removeSubrange(produced...)
        return output
    }

    /// Converts a whole byte array; opens and closes a handle for the call.
    static func convert(_ input: [UInt8], from source: String, to target: String) throws(Failure) -> [UInt8] {
        let converter = try IconvConverter(from: source, to: target)
        return try input.withUnsafeBufferPointer { (buffer) throws(Failure) -> [UInt8] in
            try converter.convert(buffer)
        }
    }
}
