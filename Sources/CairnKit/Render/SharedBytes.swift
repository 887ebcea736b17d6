#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Bytes a writer made (an encoded analysis, a Markdown page with its long texts spliced in), in
/// the `malloc` allocation it grew them in, handed over without a copy and freed when the last
/// page that shows them has been written. Never changed once made, so pages rendered on several
/// threads may share it.
final class SharedBytes: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer
    let count: Int

    /// Takes over `base`, which must come from `malloc` or `realloc` and hold `count` bytes.
    init(adopting base: UnsafeMutableRawPointer, count: Int) {
        (self.base, self.count) = (base, count)
    }

    /// A copy of `bytes`.
    convenience init(copying bytes: [UInt8]) {
        let base = malloc(max(bytes.count, 1))!
        bytes.withUnsafeBytes { if let start = $0.baseAddress { base.copyMemory(from: start, byteCount: $0.count) } }
        self.init(adopting: base, count: bytes.count)
    }

    deinit { free(base) }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }
}
