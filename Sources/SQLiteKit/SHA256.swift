import CCrypto

/// SHA-256 (FIPS 180-4), used to fingerprint migration text so an edited
/// migration is recognised, and to chain the audit trail.
///
/// Computed by the system's libcrypto: `tracker check` hashes every audit
/// entry of a county (millions of them, about 2 GB), and OpenSSL's code,
/// which uses the processor's SHA extensions where it has them, is five
/// times faster than the portable Swift loop this replaced.
public enum SHA256 {
    public static let byteCount = 32

    /// Fetched once: `EVP_Digest` with the bare `EVP_sha256()` would look the
    /// implementation up again on every call. An EVP_MD is immutable and
    /// safe to share between threads.
    nonisolated(unsafe) private static let algorithm: OpaquePointer = EVP_MD_fetch(nil, "SHA256", nil) ?? EVP_sha256()

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hexDigest<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hex(digest(bytes))
    }

    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        let message = Array(bytes)
        return message.withUnsafeBytes { digest($0) }
    }

    /// The 32-byte digest of the bytes in `buffer`.
    public static func digest(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: byteCount)
        out.withUnsafeMutableBytes { digest(buffer, into: $0) }
        return out
    }

    /// Writes the digest of `buffer` into the first 32 bytes of `out`, without allocating.
    public static func digest(_ buffer: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) {
        precondition(out.count >= byteCount)
        // Never a null data pointer, even for an empty message.
        var empty: UInt8 = 0
        let succeeded = withUnsafeMutablePointer(to: &empty) { fallback in
            EVP_Digest(buffer.baseAddress ?? UnsafeRawPointer(fallback), buffer.count,
                       out.baseAddress!.assumingMemoryBound(to: UInt8.self), nil, algorithm, nil)
        }
        // Fails only without memory or without a SHA-256 in the library.
        precondition(succeeded == 1, "libcrypto could not compute a SHA-256")
    }

    /// Lowercase hex digits of `bytes`.
    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
