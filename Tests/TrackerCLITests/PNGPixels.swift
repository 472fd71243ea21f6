import Foundation
import TestSupport
import XCTest

/// What a PNG screenshot holds, read by python3's zlib (the toolchain has
/// no image decoder on Linux, and no package is needed for this): its size,
/// how many distinct colours it uses, and how much of it differs from the
/// most common colour (the background). A blank page is one colour.
struct PNGPixels {
    let width: Int
    let height: Int
    let colours: Int
    /// Pixels not of the background colour, per mille.
    let inkPermille: Int

    /// Decodes 8-bit RGB and RGBA PNGs (what Chromium writes), undoing the
    /// five row filters of the PNG specification; rows filtered "none" or
    /// "up" (most of a page) take the quick path.
    static let script = """
        import struct, sys, zlib
        from collections import Counter
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR':
                width, height, depth, colour_type = struct.unpack('>IIBB', body[:10])
            elif kind == b'IDAT':
                idat += body
            pos += 12 + length
        assert depth == 8 and colour_type in (2, 6), (depth, colour_type)
        n = 3 if colour_type == 2 else 4
        raw = zlib.decompress(idat)
        stride = width * n
        previous = bytes(stride)
        counts = Counter()
        for y in range(height):
            start = y * (stride + 1)
            kind, line = raw[start], raw[start + 1:start + 1 + stride]
            if kind == 0:
                row = line
            elif kind == 2:
                row = bytes([(x + p) & 255 for x, p in zip(line, previous)])
            else:
                row = bytearray(line)
                for i in range(stride):
                    a = row[i - n] if i >= n else 0
                    if kind == 1:
                        row[i] = (row[i] + a) & 255
                    elif kind == 3:
                        row[i] = (row[i] + ((a + previous[i]) >> 1)) & 255
                    else:
                        b = previous[i]
                        c = previous[i - n] if i >= n else 0
                        p = a + b - c
                        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                row = bytes(row)
            counts.update(zip(row[0::n], row[1::n], row[2::n]))
            previous = row
        background = max(counts.values())
        print(width, height, len(counts), (width * height - background) * 1000 // (width * height))
        """

    init(path: String) throws {
        guard let python = Executables.python3?.path else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("python3 is missing; .ci/run installs it") }
            throw XCTSkip("python3 is needed to read the screenshot")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", Self.script, path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = printed.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard process.terminationStatus == 0, fields.count == 4 else {
            throw NSError(domain: "PNGPixels", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(path): \(complaint)"])
        }
        (width, height, colours, inkPermille) = (fields[0], fields[1], fields[2], fields[3])
    }
}
