import Foundation

/// Little-endian bytes for `LearnedModel`: counts and scalars, arrays as they lie in memory,
/// strings as length-prefixed UTF-8.
struct BinaryWriter {
    static let magic: UInt32 = 0x4D4A_4343 // "CCJM"

    private(set) var data = Data()

    mutating func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    mutating func append(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }

    mutating func append(_ text: String) {
        append(UInt32(text.utf8.count))
        data.append(contentsOf: text.utf8)
    }

    mutating func append<T: FixedWidthInteger>(_ values: [T]) {
        append(UInt32(values.count))
        values.map(\.littleEndian).withUnsafeBytes { data.append(contentsOf: $0) }
    }

    mutating func append(_ values: [Float]) {
        append(values.map(\.bitPattern))
    }
}

/// Reads what `BinaryWriter` wrote; every read is bounds-checked and returns nil past the end.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) {
        // Copied through the raw bytes: `Data`'s generic iteration took a third of a restore.
        bytes = data.withUnsafeBytes { Array($0) }
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func readUInt32() -> UInt32? { readInteger() }
    mutating func readUInt64() -> UInt64? { readInteger() }

    mutating func readString() -> String? {
        guard let count = readUInt32(), let slice = take(Int(count)) else { return nil }
        return String(validating: slice, as: UTF8.self)
    }

    mutating func readArray<T: FixedWidthInteger>() -> [T]? {
        guard let count = readUInt32(), let slice = take(Int(count) * MemoryLayout<T>.size) else { return nil }
        return slice.withUnsafeBytes { raw in (0..<Int(count)).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self)) } }
    }

    mutating func readArray() -> [Float]? {
        guard let count = readUInt32(), let slice = take(Int(count) * 4) else { return nil }
        return slice.withUnsafeBytes { raw in (0..<Int(count)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) } }
    }

    private mutating func readInteger<T: FixedWidthInteger>() -> T? {
        guard let slice = take(MemoryLayout<T>.size) else { return nil }
        return slice.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(as: T.self)) }
    }

    private mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }
}
