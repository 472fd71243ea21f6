import CZlib

/// Raw DEFLATE (RFC 1951), the form ZIP's method 8 stores, through the system zlib.
enum Deflate {
    /// `bytes` compressed at zlib's default level.
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard czlib_deflate_init_raw(&stream, Z_DEFAULT_COMPRESSION) == Z_OK else {
            // Only an out-of-memory or a broken zlib gets here.
            fatalError("zlib deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        // deflateBound promises room for everything, so one call finishes.
        precondition(status == Z_STREAM_END, "zlib deflate did not finish in its bound")
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// Inflates `bytes` to exactly `expectedSize` bytes.
    ///
    /// Never produces more than `expectedSize`: a stream that would inflate
    /// further is refused, so a lying size in the header cannot make a zip
    /// bomb allocate more than was checked against the limits.
    static func decompress(_ bytes: ArraySlice<UInt8>, expectedSize: Int, entry: String) throws(ZipError) -> [UInt8] {
        var stream = z_stream()
        guard czlib_inflate_init_raw(&stream) == Z_OK else { fatalError("zlib inflateInit2 failed") }
        defer { inflateEnd(&stream) }
        // One spare byte tells "exactly the size" from "more than declared".
        var output = [UInt8](repeating: 0, count: expectedSize + 1)
        var input = Array(bytes)
        let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                var status = Z_OK
                // inflate returns early on a full buffer or an end of input; loop until it stops moving.
                while status == Z_OK {
                    status = inflate(&stream, Z_NO_FLUSH)
                    if stream.avail_out == 0 || stream.avail_in == 0 { break }
                }
                return status
            }
        }
        let produced = Int(stream.total_out)
        if produced > expectedSize {
            throw .corrupt("\(entry) inflates to more than the \(expectedSize) bytes it declares")
        }
        switch status {
        case Z_STREAM_END:
            break
        case Z_OK, Z_BUF_ERROR:
            throw stream.avail_in == 0 ? .truncated : .corrupt("\(entry): the compressed data does not end")
        default:
            throw .corrupt("\(entry): invalid compressed data")
        }
        if produced != expectedSize {
            throw .corrupt("\(entry) inflates to \(produced) bytes, not the \(expectedSize) it declares")
        }
        output.removeLast()
        return output
    }
}
