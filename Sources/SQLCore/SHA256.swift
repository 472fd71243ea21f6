internal import CLibCrypto
import Synchronization

/// SHA-256 (FIPS 180-4), used to fingerprint migration text so an edited
/// migration is recognised, and to chain the audit trail. Small and
/// dependency-free; not for secrets (no constant-time guarantees). Work that
/// hashes millions of entries can ask for the system's (`preferSystemLibrary`).
///
/// The compression works on unsafe buffers with no allocation per block:
/// `tracker check` hashes every audit entry of a county (millions of them)
/// and must finish in seconds.
public enum SHA256 {
    static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hexDigest<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hex(digest(bytes))
    }

    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        let message = Array(bytes)
        return message.withUnsafeBytes { digest($0) }
    }

    public static let byteCount = 32

    /// The 32-byte digest of the bytes in `buffer`.
    public static func digest(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: byteCount)
        out.withUnsafeMutableBytes { digest(buffer, into: $0) }
        return out
    }

    /// Writes the digest of `buffer` into the first 32 bytes of `out`: no
    /// allocation, for the check that hashes every entry of the trail.
    public static func digest(_ buffer: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) {
        precondition(out.count >= byteCount)
        if systemLibraryPreferred.load(ordering: .relaxed),
           clibcrypto_sha256(buffer.baseAddress, buffer.count, out.baseAddress!.assumingMemoryBound(to: UInt8.self)) == 1 {
            return
        }
        portableDigest(buffer, into: out)
    }

    /// Set once a caller that hashes in bulk asked for the system library and it loaded.
    private static let systemLibraryPreferred = Atomic<Bool>(false)

    /// From now on, digests come from the system's SHA-256 (OpenSSL's
    /// libcrypto, which uses the CPU's SHA instructions where there are any:
    /// about five times the speed of the Swift code below on this project's
    /// machines). For the work that hashes a whole audit trail; a command
    /// that hashes a few entries does not load the library. False, and the
    /// Swift code goes on, when libcrypto is not installed.
    @discardableResult
    public static func preferSystemLibrary() -> Bool {
        // Asked for by every batch of a county build: probe the library once.
        if systemLibraryPreferred.load(ordering: .relaxed) { return true }
        var probe = [UInt8](repeating: 0, count: byteCount)
        let loaded = probe.withUnsafeMutableBufferPointer { clibcrypto_sha256(nil, 0, $0.baseAddress) } == 1
        // The library's answer must be the standard's before it is trusted with the chain.
        guard loaded, probe == emptyDigest else { return false }
        systemLibraryPreferred.store(true, ordering: .relaxed)
        return true
    }

    /// SHA-256 of no bytes (FIPS 180-4's example).
    static let emptyDigest: [UInt8] = [
        0xe3, 0xb0, 0xc4, 0x42, 0x98, 0xfc, 0x1c, 0x14, 0x9a, 0xfb, 0xf4, 0xc8, 0x99, 0x6f, 0xb9, 0x24,
        0x27, 0xae, 0x41, 0xe4, 0x64, 0x9b, 0x93, 0x4c, 0xa4, 0x95, 0x99, 0x1b, 0x78, 0x52, 0xb8, 0x55,
    ]

    /// The Swift implementation, whatever `preferSystemLibrary` chose: the
    /// fallback, and the reference the system library is tested against.
    package static func portableDigest(_ buffer: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) {
        precondition(out.count >= byteCount)
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                let whole = buffer.count / 64 * 64
                var offset = 0
                while offset < whole {
                    compress(&h, UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + 64]), w, k)
                    offset += 64
                }
                // The tail, the 0x80 marker and the bit length: one or two more blocks.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                    tail.initialize(repeating: 0)
                    let rest = buffer.count - whole
                    for i in 0..<rest { tail[i] = buffer[whole + i] }
                    tail[rest] = 0x80
                    let blocks = rest < 56 ? 1 : 2
                    let bitLength = UInt64(buffer.count) &* 8
                    for i in 0..<8 { tail[blocks * 64 - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8)) }
                    let raw = UnsafeRawBufferPointer(tail)
                    for block in 0..<blocks {
                        compress(&h, UnsafeRawBufferPointer(rebasing: raw[block * 64..<block * 64 + 64]), w, k)
                    }
                }
            }
        }
        let words = (h.0.bigEndian, h.1.bigEndian, h.2.bigEndian, h.3.bigEndian,
                     h.4.bigEndian, h.5.bigEndian, h.6.bigEndian, h.7.bigEndian)
        withUnsafeBytes(of: words) { out.copyMemory(from: $0) }
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

    @inline(__always)
    private static func compress(_ h: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
                                 _ block: UnsafeRawBufferPointer, _ w: UnsafeMutableBufferPointer<UInt32>,
                                 _ k: UnsafeBufferPointer<UInt32>) {
        for i in 0..<16 {
            let b = i * 4
            w[i] = UInt32(block[b]) << 24 | UInt32(block[b + 1]) << 16 | UInt32(block[b + 2]) << 8 | UInt32(block[b + 3])
        }
        for i in 16..<64 {
            let s0 = w[i - 15].rotatedRight(7) ^ w[i - 15].rotatedRight(18) ^ (w[i - 15] >> 3)
            let s1 = w[i - 2].rotatedRight(17) ^ w[i - 2].rotatedRight(19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = h
        for i in 0..<64 {
            let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
            let choice = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
            let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
    }
}

extension UInt32 {
    @inline(__always)
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 { (self >> count) | (self << (32 - count)) }
}
